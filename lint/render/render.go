// Package render writes review results for people and machines: text for
// a terminal (with colour when wanted), and JSON in the schema of DESIGN.md
// (version 1). Every format locates findings the same way: paragraph,
// line and column in runes of the text as read.
package render

import (
	"unicode/utf8"

	"shuzhi/lint"
)

// File is the outcome for one input: a result, or the error that kept it
// from being read.
type File struct {
	Path   string
	Result *lint.Result
	Err    error
	// Since, when not nil, compares Result with an earlier draft's.
	Since *Since
}

// Position is where a finding sits, 1-based, in runes.
type Position struct {
	Paragraph, Line, Column, EndColumn int
	Excerpt                            string
}

// maxExcerpt bounds the excerpt shown for a finding, in runes.
const maxExcerpt = 60

// Locate returns the position and excerpt of a finding in its document.
func Locate(doc *lint.Document, f lint.Finding) Position {
	if f.Para < 0 || f.Para >= len(doc.Paragraphs) {
		return Position{Paragraph: 1, Line: 1, Column: 1, EndColumn: 1}
	}
	p := doc.Paragraphs[f.Para]
	n := utf8.RuneCountInString(p.Text)
	start, end := f.Start, f.End
	if start == 0 && end == 0 {
		start, end = leadingBlank(p.Text), n
	}
	excerpt := lint.RuneSlice(p.Text, start, end)
	if utf8.RuneCountInString(excerpt) > maxExcerpt {
		excerpt = lint.RuneSlice(excerpt, 0, maxExcerpt) + "…"
	}
	line, col := p.Line, start+1
	// A docx paragraph may hold line breaks: count lines within it.
	for i, r := range []rune(p.Text) {
		if i >= start {
			break
		}
		if r == '\n' {
			line++
			col = start - i
		}
	}
	return Position{Paragraph: f.Para + 1, Line: line, Column: col, EndColumn: col + (end - start), Excerpt: excerpt}
}

func leadingBlank(s string) int {
	n := 0
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\u3000' {
			break
		}
		n++
	}
	return n
}

// Summary counts verdicts over a run.
type Summary struct {
	Files, Pass, Revise, Rewrite, Unreadable int
}

// Summarize counts the verdicts of files.
func Summarize(files []File) Summary {
	s := Summary{Files: len(files)}
	for _, f := range files {
		switch {
		case f.Err != nil || f.Result == nil:
			s.Unreadable++
		case f.Result.Verdict == lint.VerdictPass:
			s.Pass++
		case f.Result.Verdict == lint.VerdictRevise:
			s.Revise++
		default:
			s.Rewrite++
		}
	}
	return s
}
