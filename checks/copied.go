package checks

import (
	"fmt"
	"path/filepath"
	"strings"

	"shuzhi/lint"
)

// Copied flags passages shared with other reports of the run or with
// reference documents.
var Copied = &lint.Check{
	ID:       "copied",
	Title:    "照抄照搬",
	Source:   "篇一：“防止……以照抄照搬代替对联系实际的思考，确保述职报告质量”",
	Severity: lint.SeverityError,
	Doc: `把同一批审核的报告两两比较，并与 --reference 给出的模板、往年报告、范文比较（按字符片段的
指纹，不逐篇全文比对，几百份报告也很快）。必须使用的政策表述（指导思想、“两个维护”等固定提法、
开头结尾套语）和书名号《》中的文件标题不计。与另一份文档相同的文字占本报告的比例达到阈值，
或有一整段以上完全相同，或分散在各处的几句相同文字（改了人名、地名、数字也算）合计达到一定字数，
就是照抄照搬；大部分相同为严重问题，应重写。相同的文字两份报告都会
被指出：谁抄谁要由审核人员判断。应结合本单位、本人的实际重写相同的段落。`,
	Params: []lint.Param{
		{Key: "share", Kind: lint.ParamShare, Default: 0.3, Doc: "与另一份文档相同的部分占本报告的比例达到此值即为照抄照搬"},
		{Key: "critical", Kind: lint.ParamShare, Default: 0.5, Doc: "达到此比例为严重（大部分是抄的，重写）"},
		{Key: "passage", Kind: lint.ParamCount, Default: 100, Doc: "一段相同文字达到此字符数，不论比例即为照抄"},
		{Key: "total", Kind: lint.ParamCount, Default: 200, Doc: "几处相同文字（每处不必很长，人名、数字改过也算）合计达到此字符数……"},
		{Key: "min_passages", Kind: lint.ParamCount, Default: 3, Doc: "……且不少于此处数时，也是照抄照搬（0 表示不按合计判断）"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("与另一份文档相同的部分达到%s，或有一段相同文字达到%d字，或不少于%d处相同文字合计达到%d字；达到%s为严重", pct(s.Float("share")), s.Int("passage"), s.Int("min_passages"), s.Int("total"), pct(s.Float("critical")))
	},
	Examples: []lint.Example{
		{Bad: true, Reference: copiedExample, Text: "一、主要工作\n" + copiedExample + "\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Reference: copiedExample, Text: "一、主要工作\n我主持召开支委会24次，讲党课4次，推行“红色代办”为群众办事312件。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		share, critical, passage := pass.Float("share"), pass.Float("critical"), pass.Int("passage")
		total, minPassages := pass.Int("total"), pass.Int("min_passages")
		for _, sh := range pass.Context.Shared {
			longest, shared := 0, 0
			for _, p := range sh.Passages {
				n := p.End - p.Start
				shared += n
				longest = max(longest, n)
			}
			scattered := minPassages > 0 && len(sh.Passages) >= minPassages && shared >= total
			if len(sh.Passages) == 0 || (sh.Containment < share && (passage == 0 || longest < passage) && !scattered) {
				continue
			}
			severity := lint.SeverityOff // the configured level
			if sh.Containment >= critical {
				severity = lint.SeverityCritical
			}
			other := withFolder(sh.Other)
			kind := "同批报告"
			if sh.Reference {
				kind = "参考文档"
			}
			first := sh.Passages[0]
			pass.Report(lint.Finding{
				Para: first.Para, Start: first.Start, End: first.End, Severity: severity,
				Message: fmt.Sprintf("与%s %s 有%d处相同文字共%d字，占本报告的%s（%s）",
					kind, other, len(sh.Passages), shared, pct(sh.Containment), passageList(sh.Passages)),
				Suggestion: "结合本单位、本人的实际重写相同的段落；必须使用的政策表述可以保留",
			})
		}
	},
}

// copiedExample is a paragraph a template might hold.
const copiedExample = "一年来，我始终坚持把抓好党建作为最大的政绩，认真履行第一责任人职责，带头落实三会一课制度，全年主持召开支委会12次，讲党课4次，走访党员群众86户，推动解决群众急难愁盼问题23件，支部凝聚力和战斗力明显增强。"

// passageList names where the shared passages are: 第3段、第5段 … (at most
// five).
func passageList(ps []lint.Loc) string {
	var names []string
	for i, p := range ps {
		if i == 5 {
			names = append(names, "…")
			break
		}
		names = append(names, fmt.Sprintf("第%d段", p.Para+1))
	}
	return strings.Join(names, "、")
}

// withFolder names a file by its folder and name (一支部/张三.docx), so
// that reports of the same name in different folders are told apart.
func withFolder(path string) string {
	dir := filepath.Base(filepath.Dir(path))
	if dir == "." || dir == string(filepath.Separator) {
		return filepath.Base(path)
	}
	return filepath.ToSlash(filepath.Join(dir, filepath.Base(path)))
}
