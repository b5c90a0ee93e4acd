package render

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/fatih/color"

	"shuzhi/lint"
	"shuzhi/lint/count"
)

// TextOptions tune the text output.
type TextOptions struct {
	// Color turns on ANSI colours.
	Color bool
	// Quiet prints only files that did not pass, without parts and without
	// info findings.
	Quiet bool
	// Skipped are the files found in folders and not reviewed; they are
	// listed after the summary (quiet ones only counted).
	Skipped []Skipped
	// CSVRows chooses the rows of the CSV format: "files" or "findings".
	CSVRows string
}

// palette holds the colour functions of one text rendering.
type palette struct {
	pass, revise, rewrite, info, dim, bold func(a ...interface{}) string
}

func newPalette(on bool) palette {
	mk := func(attrs ...color.Attribute) func(a ...interface{}) string {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c.SprintFunc()
	}
	return palette{
		pass: mk(color.FgGreen, color.Bold), revise: mk(color.FgYellow, color.Bold), rewrite: mk(color.FgRed, color.Bold),
		info: mk(color.FgCyan), dim: mk(color.Faint), bold: mk(color.Bold),
	}
}

func (p palette) verdict(v lint.Verdict) string {
	switch v {
	case lint.VerdictPass:
		return p.pass(string(v))
	case lint.VerdictRevise:
		return p.revise(string(v))
	}
	return p.rewrite(string(v))
}

func (p palette) severity(s lint.Severity) string {
	switch s {
	case lint.SeverityCritical:
		return p.rewrite(s.Label())
	case lint.SeverityError:
		return p.revise(s.Label())
	}
	return p.info(s.Label())
}

// Text writes the review of each file for a person, then, when there is
// more than one file, a summary table and a line counting the verdicts.
func Text(w io.Writer, files []File, opt TextOptions) error {
	pal := newPalette(opt.Color)
	var b strings.Builder
	for _, f := range files {
		if opt.Quiet && f.Err == nil && f.Result != nil && f.Result.Verdict == lint.VerdictPass {
			continue
		}
		writeFile(&b, f, pal, opt)
	}
	if len(files) > 1 {
		writeSummary(&b, files, pal, opt)
	}
	writeSkipped(&b, opt.Skipped, pal)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeFile(b *strings.Builder, f File, pal palette, opt TextOptions) {
	if f.Err != nil || f.Result == nil {
		fmt.Fprintf(b, "%s  %s  %s\n\n", pal.bold(SafeText(f.Path)), pal.rewrite(unreadableLabel), SafeText(errorText(f)))
		return
	}
	r := f.Result
	fmt.Fprintf(b, "%s  %s  字数 %d%s  方案 %s（%s）\n", pal.bold(SafeText(f.Path)), pal.verdict(r.Verdict),
		r.Counts.Words, limitText(lengthRange(r.Profile)), r.Profile.Name, r.Profile.Title)
	if r.Verdict != lint.VerdictPass {
		fmt.Fprintf(b, "  结论依据：%s\n", r.Reason)
	}
	for _, n := range r.Doc.Notes {
		fmt.Fprintf(b, "  %s\n", pal.dim("读取说明："+n))
	}
	if !opt.Quiet {
		writeParts(b, r, pal)
	}
	for k, fd := range r.Findings {
		if opt.Quiet && fd.Severity < lint.SeverityError {
			continue
		}
		pos := Locate(r.Doc, fd)
		status := ""
		if f.Since != nil {
			status = "〔" + f.Since.Status[k] + "〕"
		}
		level := pal.severity(fd.Severity)
		if fd.Waived != "" {
			level = pal.dim(waivedLabel)
		}
		fmt.Fprintf(b, "  %s第%d段 %d:%d  %s  %s  %s\n", status, pos.Paragraph, pos.Line, pos.Column,
			level, fd.Title, pal.dim(fd.Rule))
		if pos.Excerpt != "" {
			fmt.Fprintf(b, "      %s\n", pal.dim("“"+oneLine(pos.Excerpt)+"”"))
		}
		fmt.Fprintf(b, "      %s\n", fd.Message)
		if fd.Suggestion != "" {
			fmt.Fprintf(b, "      建议：%s\n", fd.Suggestion)
		}
		if fd.Waived != "" {
			fmt.Fprintf(b, "      %s\n", pal.dim("豁免理由："+fd.Waived))
		}
	}
	if s := f.Since; s != nil {
		fmt.Fprintf(b, "  与旧稿 %s 相比：%s\n", SafeText(s.Old), sinceCounts(s))
		for _, fd := range s.Fixed {
			pos := Locate(s.OldDoc, fd)
			fmt.Fprintf(b, "  〔%s〕旧稿第%d段  %s  %s\n", StatusFixed, pos.Paragraph, fd.Title, pal.dim(fd.Rule))
		}
	}
	b.WriteString("\n")
}

// sinceCounts says how many findings are new, unchanged and fixed.
func sinceCounts(s *Since) string {
	n := map[string]int{}
	for _, st := range s.Status {
		n[st]++
	}
	return fmt.Sprintf("新增 %d 条，未改 %d 条，已改 %d 条", n[StatusNew], n[StatusUnchanged], len(s.Fixed))
}

// lengthRange is the range of 字数 the profile's length-total rule allows.
// Render shows it beside the count; it reads the rule's parameters by
// name, as the config does (see checks/length.go).
func lengthRange(p *lint.Profile) lint.Range {
	s := p.Settings("length-total")
	return lint.Range{Min: s.Int("min"), Max: s.Int("max")}
}

// themed reports whether the profile splits a report by theme (三合一):
// its length-section rule has a budget for some theme.
func themed(p *lint.Profile) bool {
	s := p.Settings("length-section")
	return s.Int("party_building")+s.Int("integrity")+s.Int("ideology") > 0
}

func limitText(r lint.Range) string {
	if r.Min == 0 && r.Max == 0 {
		return ""
	}
	return "（要求" + r.Text() + "）"
}

// barWidth is the number of cells of a full share bar.
const barWidth = 20

// writeParts prints each body role's share as a small bar, then the
// sections it was found in.
func writeParts(b *strings.Builder, r *lint.Result, pal palette) {
	if why := partsUnknown(r); why != "" {
		fmt.Fprintf(b, "  %s\n", pal.dim("（"+why+"）"))
		return
	}
	for _, role := range lint.BodyRoles {
		share := r.Shares[role]
		if share == 0 && role == lint.RoleFollowup {
			continue
		}
		cells := int(math.Round(share * barWidth))
		fmt.Fprintf(b, "  %s %s%s %3.0f%%  %s\n", role.Label(), strings.Repeat("█", cells),
			pal.dim(strings.Repeat("░", barWidth-cells)), share*100, pal.dim(sectionNames(r, role)))
	}
}

func sectionNames(r *lint.Result, role lint.Role) string {
	var names []string
	for _, s := range r.Sections {
		if s.Role == role && s.Heading != "" {
			name := s.Heading
			if t := s.Theme.Label(); t != "" && themed(r.Profile) {
				name = t + "·" + name
			}
			names = append(names, fmt.Sprintf("%s %d字", oneLine(name), s.Words))
		}
	}
	if len(names) > 3 {
		names = append(names[:3], fmt.Sprintf("等%d处", len(names)))
	}
	return strings.Join(names, "；")
}

func oneLine(s string) string {
	return strings.NewReplacer("\n", " ", "\t", " ").Replace(s)
}

// StatsRow is one line of the 字数统计 table.
type StatsRow struct {
	Name       string
	Role       lint.Role
	Theme      lint.Theme
	Counts     count.Counts
	Paragraphs int
}

// Stats writes Word's 字数统计 figures for each file and each of its parts,
// as tables aligned for a terminal (East Asian characters take two columns).
func Stats(w io.Writer, tables []StatsTable) error {
	var b strings.Builder
	heads := []string{"字数", "中文字符", "非中文单词", "字符数(不计空格)", "字符数(计空格)", "段落数"}
	for k, t := range tables {
		if k > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s\n", SafeText(t.Path))
		b.WriteString(padRight("部分", nameWidth))
		for _, h := range heads {
			b.WriteString("  " + padLeft(h, displayWidth(h)))
		}
		b.WriteString("\n")
		for _, r := range t.Rows {
			name := "全文"
			if r.Role != "" {
				name = r.Role.Label() + " " + oneLine(r.Name)
			}
			b.WriteString(padRight(truncateWidth(name, nameWidth), nameWidth))
			for i, v := range []int{r.Counts.Words, r.Counts.Chinese, r.Counts.NonChineseWords, r.Counts.CharsNoSpaces, r.Counts.Chars, r.Paragraphs} {
				b.WriteString("  " + padLeft(fmt.Sprint(v), displayWidth(heads[i])))
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// nameWidth is the width of the part-name column of the stats table.
const nameWidth = 30

// displayWidth is the number of terminal columns s takes.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if count.IsEastAsian(r) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-displayWidth(s)))
}

func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-displayWidth(s))) + s
}

// truncateWidth cuts s to at most width columns, marking the cut with …
func truncateWidth(s string, width int) string {
	if displayWidth(s) <= width {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := 1
		if count.IsEastAsian(r) {
			rw = 2
		}
		if w+rw > width-2 {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return b.String() + "…"
}

// StatsOf returns the 字数统计 rows of a result: the whole document, then
// each section.
func StatsOf(r *lint.Result) []StatsRow {
	rows := []StatsRow{{Name: "全文", Counts: r.Counts, Paragraphs: len(r.Doc.Paragraphs)}}
	for _, s := range r.Sections {
		row := StatsRow{Name: s.Heading, Role: s.Role, Theme: s.Theme, Paragraphs: s.Last - s.First + 1}
		for _, k := range s.Spans {
			sp := r.Outline.Spans[k]
			row.Counts.Add(count.Text(lint.RuneSlice(r.Doc.Paragraphs[sp.Para].Text, sp.Start, sp.End)))
		}
		rows = append(rows, row)
	}
	return rows
}
