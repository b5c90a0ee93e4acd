package render

import (
	"encoding/json"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"shuzhi/lint"
)

// JSONVersion is the version of the JSON schema written by JSON.
const JSONVersion = 1

type jsonRun struct {
	Version int            `json:"version"`
	Files   []jsonFile     `json:"files"`
	Skipped []jsonSkipped  `json:"skipped"`
	Summary map[string]int `json:"summary"`
}

type jsonSkipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

type jsonFile struct {
	Path string `json:"path"`
	// PathBytes is the path's bytes %-escaped, when the path is not
	// UTF-8 (Path then shows the bad bytes as \xNN).
	PathBytes string             `json:"path_bytes,omitempty"`
	Format    string             `json:"format"`
	Profile   string             `json:"profile"`
	Verdict   string             `json:"verdict"`
	WordCount int                `json:"word_count"`
	Counts    jsonCounts         `json:"counts"`
	Sections  []jsonSection      `json:"sections"`
	Shares    map[string]float64 `json:"shares"`
	Findings  []jsonFinding      `json:"findings"`
	// Structure says how the parts were found (headed, cued, none) and
	// Doubt why they cannot be trusted ("" when nothing contradicts them).
	Structure string `json:"structure"`
	Doubt     string `json:"doubt"`
	// Since, with check --since, names the earlier draft and its findings
	// that this one no longer has.
	Since *jsonSince `json:"since,omitempty"`
	Error string     `json:"error"`
}

type jsonCounts struct {
	Chinese         int `json:"chinese"`
	NonChineseWords int `json:"non_chinese_words"`
	CharsNoSpaces   int `json:"chars_no_spaces"`
	Chars           int `json:"chars"`
	Paragraphs      int `json:"paragraphs"`
}

type jsonSection struct {
	Heading        string  `json:"heading"`
	Role           string  `json:"role"`
	Theme          string  `json:"theme"`
	WordCount      int     `json:"word_count"`
	Share          float64 `json:"share"`
	FirstParagraph int     `json:"first_paragraph"`
	LastParagraph  int     `json:"last_paragraph"`
}

type jsonFinding struct {
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Title      string `json:"title"`
	Message    string `json:"message"`
	Paragraph  int    `json:"paragraph"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	EndColumn  int    `json:"end_column"`
	Excerpt    string `json:"excerpt"`
	Suggestion string `json:"suggestion"`
	// Unsure marks a finding resting on a structure not found with
	// confidence: never critical, never counted towards 重写.
	Unsure bool `json:"unsure"`
	// Since is 新增 or 未改 against an earlier draft (check --since).
	Since string `json:"since,omitempty"`
	// Waived is the reason a waiver accepted the finding.
	Waived string `json:"waived,omitempty"`
}

// jsonSince lists what an earlier draft had that this one fixed.
type jsonSince struct {
	Old   string        `json:"old"`
	Fixed []jsonFinding `json:"fixed"`
}

// JSON writes exactly one JSON document for the run: its files, and
// those found in folders but not reviewed.
func JSON(w io.Writer, files []File, skipped ...Skipped) error {
	run := jsonRun{Version: JSONVersion, Files: make([]jsonFile, 0, len(files)), Skipped: []jsonSkipped{}}
	for _, f := range files {
		run.Files = append(run.Files, toJSON(f))
	}
	for _, s := range skipped {
		run.Skipped = append(run.Skipped, jsonSkipped{Path: SafeText(s.Path), Reason: s.Reason})
	}
	s := Summarize(files)
	run.Summary = map[string]int{
		"files": s.Files, string(lint.VerdictPass): s.Pass, string(lint.VerdictRevise): s.Revise,
		string(lint.VerdictRewrite): s.Rewrite, "unreadable": s.Unreadable, "skipped": len(skipped),
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(run)
}

func toJSON(f File) jsonFile {
	jf := jsonFile{Path: f.Path, Sections: []jsonSection{}, Findings: []jsonFinding{}, Shares: map[string]float64{}}
	if !utf8.ValidString(f.Path) {
		jf.Path, jf.PathBytes = SafeText(f.Path), percentBytes(f.Path)
	}
	if f.Err != nil || f.Result == nil {
		if f.Err != nil {
			jf.Error = strings.ToValidUTF8(f.Err.Error(), "\ufffd")
		}
		return jf
	}
	r := f.Result
	jf.Format = r.Doc.Format
	jf.Profile = r.Profile.Name
	jf.Verdict = string(r.Verdict)
	jf.WordCount = r.Counts.Words
	jf.Structure, jf.Doubt = string(r.Outline.Structure), r.Outline.Doubt
	jf.Counts = jsonCounts{
		Chinese: r.Counts.Chinese, NonChineseWords: r.Counts.NonChineseWords,
		CharsNoSpaces: r.Counts.CharsNoSpaces, Chars: r.Counts.Chars, Paragraphs: len(r.Doc.Paragraphs),
	}
	for _, s := range r.Sections {
		jf.Sections = append(jf.Sections, jsonSection{
			Heading: s.Heading, Role: string(s.Role), Theme: string(s.Theme), WordCount: s.Words,
			Share: round(s.Share), FirstParagraph: s.First + 1, LastParagraph: s.Last + 1,
		})
	}
	for role, share := range r.Shares {
		jf.Shares[string(role)] = round(share)
	}
	for k, fd := range r.Findings {
		jfd := findingJSON(r.Doc, fd)
		if f.Since != nil {
			jfd.Since = f.Since.Status[k]
		}
		jf.Findings = append(jf.Findings, jfd)
	}
	if s := f.Since; s != nil {
		jf.Since = &jsonSince{Old: SafeText(s.Old), Fixed: []jsonFinding{}}
		for _, fd := range s.Fixed {
			jf.Since.Fixed = append(jf.Since.Fixed, findingJSON(s.OldDoc, fd))
		}
	}
	return jf
}

// round keeps shares to four decimals, so output is stable and readable.
func round(f float64) float64 { return math.Round(f*10000) / 10000 }

// findingJSON is a finding as JSON, located in its document.
func findingJSON(doc *lint.Document, fd lint.Finding) jsonFinding {
	pos := Locate(doc, fd)
	return jsonFinding{
		Rule: fd.Rule, Severity: fd.Severity.String(), Title: fd.Title, Message: fd.Message,
		Paragraph: pos.Paragraph, Line: pos.Line, Column: pos.Column, EndColumn: pos.EndColumn,
		Excerpt: pos.Excerpt, Suggestion: fd.Suggestion, Unsure: fd.Unsure, Waived: fd.Waived,
	}
}
