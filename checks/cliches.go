package checks

import (
	"fmt"

	"strings"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// quotedTitle is a document title, whose wording is not the writer's.
var quotedTitle = match.MustCompile(`《[^》]*》`)

// Cliches notes parts thick with 套话.
var Cliches = &lint.Check{
	ID:       "cliches",
	Title:    "套话密度偏高",
	Source:   "大通区述职评议审核要求：“力戒空话套话”；篇七：“切忌‘虚、空、飘’”",
	Severity: lint.SeverityInfo,
	Doc: `按部分统计套话（高度重视、扎实推进、取得明显成效、营造浓厚氛围、落到实处、常抓不懈……）
每千字出现的次数。只计强调和动词性的套话，不计“第一议题”“两个维护”等必须使用的政策提法，
书名号《》内的文件标题也不计。只是提示，不影响结论：把套话换成具体的做法和结果。`,
	Params: []lint.Param{
		{Key: "per_1000", Kind: lint.ParamNumber, Default: 12.0, Doc: "某一部分每千字套话超过此数即提示"},
		{Key: "min_words", Kind: lint.ParamCount, Default: 150, Doc: "某一部分不足此字数时不判断"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("某一部分每千字套话超过%g处（该部分不少于%d字时判断）", s.Float("per_1000"), s.Int("min_words"))
	},
	Examples: []lint.Example{
		{Bad: true, Override: "rules: {cliches: error}", Text: "一、主要工作\n一年来，我高度重视党建工作，扎实推进支部建设，狠抓落实各项制度，取得明显成效，营造浓厚氛围，推动党建工作迈上新台阶、开创新局面、再上新水平，各项任务落到实处，做到常抓不懈、齐抓共管、凝心聚力，为发展提供坚强保证，党建工作走深走实、见行见效、入脑入心，全面提升、稳步推进、持续深化、积极探索、有力推动，抓细抓实、做实做细、落细落实，全面加强、切实加强、有效提升、显著提升、不断提高。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Override: "rules: {cliches: error}", Text: "一、主要工作\n一年来，我主持召开支委会24次，讲党课4次，认真学习《关于进一步加强和改进基层党组织建设的意见》。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		lex := pass.Lexicon("cliches")
		perMax, minWords := pass.Float("per_1000"), pass.Int("min_words")
		for _, sec := range pass.Outline.Sections {
			if sec.Role == lint.RoleOther {
				continue
			}
			words, hits := 0, 0
			var found []string
			for _, k := range sec.Spans {
				words += pass.SpanWords(k)
				for _, m := range pass.Find(lex, lint.Extent{pass.SpanLoc(k)}) {
					if inTitle(pass, m) {
						continue
					}
					hits++
					if len(found) < 4 && !contains(found, m.Text) {
						found = append(found, m.Text)
					}
				}
			}
			if words == 0 || words < minWords {
				continue
			}
			per1000 := float64(hits) * 1000 / float64(words)
			if per1000 <= perMax {
				continue
			}
			pass.Report(lint.Finding{
				Para:       sec.First,
				Message:    fmt.Sprintf("“%s”部分%d字有套话%d处（%s等），每千字%.0f处", sec.Heading, words, hits, strings.Join(found, "、"), per1000),
				Suggestion: "把套话换成本人具体做了什么、结果如何",
			})
		}
	},
}

// inTitle reports whether a match lies inside a quoted title 《…》 of its
// paragraph: a document's name is not the writer's wording.
func inTitle(pass *lint.Pass, m lint.Match) bool {
	text := pass.Doc.Paragraphs[m.Para].Text
	for _, b := range quotedTitle.FindAllStringIndex(text, -1) {
		start := utf8.RuneCountInString(text[:b[0]])
		end := start + utf8.RuneCountInString(text[b[0]:b[1]])
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}
