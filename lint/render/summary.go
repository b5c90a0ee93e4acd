package render

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"shuzhi/lint"
)

const (
	// unreadableLabel stands in for the verdict of a file that could not be read.
	unreadableLabel = "无法读取"
	// skippedLabel marks a file found in a folder and not reviewed.
	skippedLabel = "未审核"
	// waivedLabel stands in for the level of a finding a reviewer accepted.
	waivedLabel = "已豁免"
)

// maxMainFindings is how many rule titles the summary table shows per file.
const maxMainFindings = 3

// summaryRow is one file in the summary table, before padding and colour.
type summaryRow struct {
	path, verdict, words, findings string
	rank                           int // 0 重写, 1 修改, 2 通过, 3 无法读取
}

// writeSummary ends a text run over several files: a table of the files,
// worst verdict first (重写, 修改, 通过, 无法读取; input order within a
// group), then the line counting the verdicts. In quiet mode the table
// leaves out files that passed and info findings.
func writeSummary(b *strings.Builder, files []File, pal palette, opt TextOptions) {
	minSeverity := lint.SeverityInfo
	if opt.Quiet {
		minSeverity = lint.SeverityError
	}
	var rows []summaryRow
	for _, f := range files {
		if f.Err != nil || f.Result == nil {
			rows = append(rows, summaryRow{path: SafeText(f.Path), verdict: unreadableLabel, findings: SafeText(oneLine(errorText(f))), rank: 3})
			continue
		}
		r := f.Result
		if opt.Quiet && r.Verdict == lint.VerdictPass {
			continue
		}
		rows = append(rows, summaryRow{path: SafeText(f.Path), verdict: string(r.Verdict), words: strconv.Itoa(r.Counts.Words),
			findings: mainFindings(r.Findings, minSeverity), rank: 2 - r.Verdict.Rank()})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].rank < rows[j].rank })
	if len(rows) > 0 {
		head := summaryRow{path: "文件", verdict: "结论", words: "字数", findings: "主要问题"}
		wPath, wVerdict, wWords := displayWidth(head.path), displayWidth(head.verdict), displayWidth(head.words)
		for _, r := range rows {
			wPath, wVerdict, wWords = max(wPath, displayWidth(r.path)), max(wVerdict, displayWidth(r.verdict)), max(wWords, len(r.words))
		}
		line := func(r summaryRow, verdict string) string {
			pad := strings.Repeat(" ", wVerdict-displayWidth(r.verdict))
			return strings.TrimRight(padRight(r.path, wPath)+"  "+verdict+pad+"  "+padLeft(r.words, wWords)+"  "+r.findings, " ")
		}
		b.WriteString(pal.bold(line(head, head.verdict)) + "\n")
		for _, r := range rows {
			b.WriteString(line(r, pal.verdictLabel(r.verdict)) + "\n")
		}
	}
	b.WriteString(summaryLine(Summarize(files), pal) + "\n")
}

// writeSkipped lists the files not reviewed, and counts the quiet ones.
func writeSkipped(b *strings.Builder, skipped []Skipped, pal palette) {
	loud, quiet := skippedSplit(skipped)
	if len(loud) > 0 {
		fmt.Fprintf(b, "未审核 %d 个文件：\n", len(loud))
		for _, s := range loud {
			fmt.Fprintf(b, "  %s  %s\n", SafeText(s.Path), pal.dim(s.Reason))
		}
	}
	if quiet > 0 {
		b.WriteString(pal.dim(fmt.Sprintf("另有 %d 个 Office 临时文件（~$…）未审核\n", quiet)))
	}
}

// skippedSplit separates the skipped files to list from the number of
// quiet ones.
func skippedSplit(skipped []Skipped) ([]Skipped, int) {
	var loud []Skipped
	quiet := 0
	for _, s := range skipped {
		if s.Quiet {
			quiet++
		} else {
			loud = append(loud, s)
		}
	}
	return loud, quiet
}

// verdictLabel colours a verdict, or the 无法读取 label, as Text does.
func (p palette) verdictLabel(label string) string {
	if label == unreadableLabel {
		return p.rewrite(label)
	}
	return p.verdict(lint.Verdict(label))
}

// summaryLine counts the verdicts of a run: 共 N 个文件：通过 a，修改 b，重写 c，无法读取 d.
func summaryLine(s Summary, pal palette) string {
	return fmt.Sprintf("共 %d 个文件：%s %d，%s %d，%s %d，%s %d", s.Files,
		pal.pass(string(lint.VerdictPass)), s.Pass, pal.revise(string(lint.VerdictRevise)), s.Revise,
		pal.rewrite(string(lint.VerdictRewrite)), s.Rewrite, unreadableLabel, s.Unreadable)
}

// mainFindings names the main findings of a file for the summary table:
// the titles of its rules, most severe first, at most maxMainFindings of
// them, and how many rules there are when more.
func mainFindings(findings []lint.Finding, least lint.Severity) string {
	rules := rulesBySeverity(findings, least)
	var titles []string
	for _, fd := range rules[:min(len(rules), maxMainFindings)] {
		titles = append(titles, fd.Title)
	}
	s := strings.Join(titles, "；")
	if len(rules) > maxMainFindings {
		s += fmt.Sprintf(" 等%d项", len(rules))
	}
	return s
}

// rulesBySeverity returns the first finding of each rule that fired at
// least at the given severity, most severe first and in order of appearance
// within a severity.
func rulesBySeverity(findings []lint.Finding, least lint.Severity) []lint.Finding {
	var out []lint.Finding
	seen := map[string]bool{}
	for _, fd := range findings {
		if fd.Severity >= least && !seen[fd.Rule] && fd.Waived == "" {
			seen[fd.Rule] = true
			out = append(out, fd)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity > out[j].Severity })
	return out
}
