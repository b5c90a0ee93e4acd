package render

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"path/filepath"
	"strings"

	"shuzhi/lint"
)

// Sheet writes the 审核意见单 of one reviewed file: a page of HTML that
// prints on one A4 sheet, with the report's title and folder, the verdict
// and why, 字数, the parts' shares as bars, and every finding with its
// place and suggestion: what a reviewer staples to a returned draft. It
// uses no script, font or file from outside, and the same review always
// gives the same bytes.
func Sheet(w io.Writer, f File) error {
	r := f.Result
	if r == nil {
		return fmt.Errorf("%s: 没有审核结果", f.Path)
	}
	o := OverviewOf(r)
	data := sheetData{
		Title:    reportTitle(r.Doc),
		File:     filepath.Base(f.Path),
		Folder:   filepath.Dir(f.Path),
		Overview: o,
		Class:    verdictClass(r.Verdict),
	}
	if partsUnknown(r) == "" {
		for _, role := range lint.BodyRoles {
			share := r.Shares[role]
			if share == 0 && role == lint.RoleFollowup {
				continue
			}
			data.Bars = append(data.Bars, sheetBar{Label: role.Label(), Percent: int(math.Round(share * 100)), Words: roleWords(r, role)})
		}
	}
	data.Findings = groupedFindings(r)
	data.Count = len(r.Findings)
	return sheetTemplate.Execute(w, data)
}

type sheetData struct {
	Title, File, Folder, Class string
	Overview                   Overview
	Count                      int
	Bars                       []sheetBar
	Findings                   []sheetFinding
}

type sheetBar struct {
	Label          string
	Percent, Words int
}

// sheetFinding is one rule's findings on the sheet: the first message,
// the places (with short excerpts, at most maxSheetPlaces), the
// suggestion once.
type sheetFinding struct {
	Severity, Title, Message, Suggestion, Class string
	Places                                      []string
	More                                        int
	Unsure                                      bool
}

// maxSheetPlaces bounds the places listed for one rule, so that the
// sheet stays one page.
const maxSheetPlaces = 2

// sheetExcerpt bounds an excerpt on the sheet, in runes.
const sheetExcerpt = 16

// groupedFindings groups a result's findings by rule, in order of first
// appearance.
func groupedFindings(r *lint.Result) []sheetFinding {
	var out []sheetFinding
	index := map[string]int{}
	for _, fd := range r.Findings {
		pos := Locate(r.Doc, fd)
		place := fmt.Sprintf("第%d段", pos.Paragraph)
		if ex := []rune(oneLine(pos.Excerpt)); len(ex) > 0 {
			if len(ex) > sheetExcerpt {
				ex = append(ex[:sheetExcerpt], '…')
			}
			place += "“" + string(ex) + "”"
		}
		k, seen := index[fd.Rule]
		if !seen {
			k = len(out)
			index[fd.Rule] = k
			out = append(out, sheetFinding{Severity: fd.Severity.Label(), Title: fd.Title, Message: fd.Message,
				Suggestion: fd.Suggestion, Class: severityClass(fd.Severity), Unsure: fd.Unsure})
		}
		if len(out[k].Places) < maxSheetPlaces {
			out[k].Places = append(out[k].Places, place)
		} else {
			out[k].More++
		}
	}
	return out
}

// roleWords is the 字数 of a role's sections.
func roleWords(r *lint.Result, role lint.Role) int {
	n := 0
	for _, s := range r.Sections {
		if s.Role == role {
			n += s.Words
		}
	}
	return n
}

// reportTitle is the document's first paragraph, shortened.
func reportTitle(doc *lint.Document) string {
	if len(doc.Paragraphs) == 0 {
		return ""
	}
	t := strings.TrimSpace(oneLine(doc.Paragraphs[0].Text))
	if r := []rune(t); len(r) > 60 {
		t = string(r[:60]) + "…"
	}
	return t
}

func verdictClass(v lint.Verdict) string {
	switch v {
	case lint.VerdictPass:
		return "pass"
	case lint.VerdictRevise:
		return "revise"
	}
	return "rewrite"
}

func severityClass(s lint.Severity) string {
	switch s {
	case lint.SeverityCritical:
		return "critical"
	case lint.SeverityError:
		return "error"
	}
	return "info"
}

var sheetTemplate = template.Must(template.New("sheet").Parse(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>审核意见单 · {{.File}}</title>
<style>
@page { size: A4; margin: 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif; font-size: 9pt; line-height: 1.3; color: #111; margin: 0 auto; max-width: 182mm; }
h1 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 15pt; text-align: center; margin: 0 0 2mm; letter-spacing: 0.3em; }
.meta { width: 100%; border-collapse: collapse; margin-bottom: 3mm; }
.meta th, .meta td { border: 1px solid #444; padding: 0.8mm 2mm; text-align: left; vertical-align: top; }
.meta th { width: 22mm; background: #f1f1f1; font-weight: normal; white-space: nowrap; }
.verdict { font-size: 14pt; font-weight: bold; }
.pass { color: #1b6e20; } .revise { color: #9a6100; } .rewrite { color: #b00020; }
.bars { margin: 0; display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; }
.bar { display: flex; align-items: center; margin: 0.3mm 0; }
.bar .label { width: 12mm; }
.bar .track { flex: 1; height: 3.2mm; border: 1px solid #888; background: #fff; }
.bar .fill { height: 100%; background: #666; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar .value { width: 22mm; text-align: right; font-variant-numeric: tabular-nums; }
h2 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 11pt; margin: 2mm 0 1mm; }
.findings { width: 100%; border-collapse: collapse; }
.findings th, .findings td { border: 1px solid #444; padding: 0.6mm 1.5mm; vertical-align: top; }
.findings th { background: #f1f1f1; font-weight: normal; }
.findings tr { break-inside: avoid; }
.sev { white-space: nowrap; width: 10mm; }
.critical { color: #b00020; font-weight: bold; } .error { color: #9a6100; } .info { color: #555; }
.excerpt { color: #555; }
.suggestion { margin-top: 0.3mm; }
.unsure { color: #555; font-size: 9pt; }
.sign { margin-top: 4mm; display: flex; justify-content: space-between; }
.foot { margin-top: 3mm; font-size: 8.5pt; color: #666; text-align: center; }
</style>
</head>
<body>
<h1>述职报告审核意见单</h1>
<table class="meta">
<tr><th>报告</th><td>{{.Title}}</td></tr>
<tr><th>文件</th><td>{{.File}}（{{.Folder}}）</td></tr>
<tr><th>审核结论</th><td><span class="verdict {{.Class}}">{{.Overview.Verdict}}</span>{{if .Overview.Reason}}　{{.Overview.Reason}}{{end}}</td></tr>
<tr><th>字数与方案</th><td>{{.Overview.Words}}　方案 {{.Overview.Profile}}</td></tr>
<tr><th>各部分篇幅</th><td>{{if .Bars}}<div class="bars">{{range .Bars}}<div class="bar"><span class="label">{{.Label}}</span><span class="track"><span class="fill" style="display:block;width:{{.Percent}}%"></span></span><span class="value">{{.Percent}}%　{{.Words}}字</span></div>{{end}}</div>{{else}}{{.Overview.Parts}}{{end}}</td></tr>
</table>
<h2>审核意见（{{.Count}}条）</h2>
{{if .Findings}}<table class="findings">
<tr><th>级别</th><th>问题、位置与修改建议</th></tr>
{{range .Findings}}<tr><td class="sev {{.Class}}">{{.Severity}}</td><td><strong>{{.Title}}</strong>：{{.Message}}<span class="excerpt">（{{range $i, $p := .Places}}{{if $i}}；{{end}}{{$p}}{{end}}{{if .More}}；另有{{.More}}处{{end}}）</span>{{if .Suggestion}}<div class="suggestion">建议：{{.Suggestion}}</div>{{end}}{{if .Unsure}}<div class="unsure">（报告的结构未能确认，此条仅供参考）</div>{{end}}</td></tr>
{{end}}</table>{{else}}<p>没有需要修改的地方。</p>{{end}}
<div class="sign"><span>审核人：＿＿＿＿＿＿</span><span>日期：＿＿＿＿年＿＿月＿＿日</span></div>
<div class="foot">本意见单由 shuzhi 依据述职评议考核工作方案自动生成，供审核参考</div>
</body>
</html>
`))
