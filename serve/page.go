package serve

import (
	"fmt"
	"math"
	"unicode/utf8"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/lint/render"
)

// The JSON the page reads: one run, its files, and for each file what the
// page shows (the text by paragraph with the findings' ranges).

type pageRunJSON struct {
	Batch    string         `json:"batch"`
	Profile  string         `json:"profile"`
	Files    []pageFileJSON `json:"files"`
	Summary  render.Summary `json:"summary"`
	Workbook string         `json:"workbook"`
}

type pageFileJSON struct {
	Name       string            `json:"name"`
	Error      string            `json:"error,omitempty"`
	Verdict    string            `json:"verdict,omitempty"`
	Reason     string            `json:"reason,omitempty"`
	Words      string            `json:"words,omitempty"`
	Profile    string            `json:"profile,omitempty"`
	Parts      string            `json:"parts,omitempty"`
	Bars       []pageBarJSON     `json:"bars,omitempty"`
	Paragraphs []pageParaJSON    `json:"paragraphs,omitempty"`
	Findings   []pageFindingJSON `json:"findings,omitempty"`
	Annotated  string            `json:"annotated,omitempty"`
	// Since, when the page gave an earlier draft: its name and the
	// findings it had that this draft no longer has.
	SinceOld string            `json:"since_old,omitempty"`
	Fixed    []pageFindingJSON `json:"fixed,omitempty"`
}

type pageBarJSON struct {
	Label   string `json:"label"`
	Percent int    `json:"percent"`
}

type pageParaJSON struct {
	Text    string `json:"text"`
	Label   string `json:"label,omitempty"`
	Heading bool   `json:"heading,omitempty"`
}

type pageFindingJSON struct {
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Level      string `json:"level"`
	Title      string `json:"title"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion,omitempty"`
	Explain    string `json:"explain,omitempty"`
	Unsure     bool   `json:"unsure,omitempty"`
	Para       int    `json:"para"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Place      string `json:"place"`
	Since      string `json:"since,omitempty"`
	Waived     string `json:"waived,omitempty"`
}

// pageRun converts a run for the page; refused are the files not
// reviewed at all (too large, not a report).
func pageRun(id, profile string, files, refused []render.File) pageRunJSON {
	all := append(append([]render.File{}, files...), refused...)
	out := pageRunJSON{Batch: id, Profile: profile, Summary: render.Summarize(all), Workbook: "/api/batch/" + id + "/汇总.xlsx"}
	for i, f := range all {
		pf := pageFileJSON{Name: f.Path}
		if f.Err != nil || f.Result == nil {
			pf.Error = fmt.Sprint(f.Err)
			out.Files = append(out.Files, pf)
			continue
		}
		r := f.Result
		o := render.OverviewOf(r)
		pf.Verdict, pf.Reason, pf.Words, pf.Profile, pf.Parts = string(o.Verdict), o.Reason, o.Words, o.Profile, o.Parts
		if r.Outline.Doubt == "" && r.Outline.Structure != lint.StructureNone {
			for _, role := range lint.BodyRoles {
				if share := r.Shares[role]; share > 0 || role != lint.RoleFollowup {
					pf.Bars = append(pf.Bars, pageBarJSON{Label: role.Label(), Percent: int(math.Round(share * 100))})
				}
			}
		}
		for k, p := range r.Doc.Paragraphs {
			heading := k < len(r.Outline.HeadingLevel) && r.Outline.HeadingLevel[k] > 0
			pf.Paragraphs = append(pf.Paragraphs, pageParaJSON{Text: p.Text, Label: p.Label, Heading: heading})
		}
		for k, fd := range r.Findings {
			pfd := pageFinding(r.Doc, fd)
			if f.Since != nil {
				pfd.Since = f.Since.Status[k]
			}
			pf.Findings = append(pf.Findings, pfd)
		}
		if s := f.Since; s != nil {
			pf.SinceOld = s.Old
			for _, fd := range s.Fixed {
				pf.Fixed = append(pf.Fixed, pageFinding(s.OldDoc, fd))
			}
		}
		pf.Annotated = fmt.Sprintf("/api/batch/%s/%d.docx", id, i)
		out.Files = append(out.Files, pf)
	}
	return out
}

// pageFinding is a finding as the page shows it, located in its document.
func pageFinding(doc *lint.Document, fd lint.Finding) pageFindingJSON {
	start, end := fd.Start, fd.End
	if start == 0 && end == 0 && fd.Para < len(doc.Paragraphs) {
		end = utf8.RuneCountInString(doc.Paragraphs[fd.Para].Text)
	}
	pos := render.Locate(doc, fd)
	explain := ""
	if c := checks.ByID(fd.Rule); c != nil {
		explain = c.Doc
	}
	return pageFindingJSON{
		Rule: fd.Rule, Severity: fd.Severity.String(), Level: fd.Severity.Label(), Title: fd.Title, Message: fd.Message,
		Suggestion: fd.Suggestion, Explain: explain, Unsure: fd.Unsure, Para: fd.Para, Start: start, End: end,
		Place: fmt.Sprintf("第%d段 %d:%d", pos.Paragraph, pos.Line, pos.Column), Waived: fd.Waived,
	}
}
