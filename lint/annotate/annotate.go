// Package annotate writes a reviewed report back as a Word document whose
// findings are comments (批注), each anchored on the characters it names,
// with a first comment on the title that gives the verdict, 字数 and the
// parts' shares. A .docx keeps everything else it holds: only the main
// part, the comments part, the relationships and the content types
// change. A .txt, .doc or .wps becomes a new, plain .docx of its text.
// The same input always gives the same bytes.
package annotate

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/render"
)

// Author is the author of the comments shuzhi writes; comments by it are
// replaced when a file is annotated again.
const Author = "shuzhi"

// Suffix ends the name of an annotated copy: 张三述职报告.docx gives
// 张三述职报告.审核.docx.
const Suffix = ".审核.docx"

// Comment is one comment to anchor on runes [Start, End) of paragraph
// Para's Text (both 0: the whole paragraph).
type Comment struct {
	Para, Start, End int
	// Lines are the comment's paragraphs.
	Lines []string
	id    int
}

// write writes the comment as a w:comment element.
func (c Comment) write(b *bytes.Buffer) {
	fmt.Fprintf(b, `<w:comment w:id="%d" w:author="%s" w:initials="SZ">`, c.id, Author)
	for _, line := range c.Lines {
		b.WriteString("<w:p><w:r>")
		writeT(b, xmlSafe(line))
		b.WriteString("</w:r></w:p>")
	}
	b.WriteString("</w:comment>")
}

// Comments turns a result into comments: one on the title (the first
// paragraph) with the verdict, then one per finding.
func Comments(r *lint.Result) []Comment {
	o := render.OverviewOf(r)
	head := []string{"shuzhi 审核结论：" + string(o.Verdict)}
	if o.Reason != "" {
		head = append(head, "结论依据："+o.Reason)
	}
	head = append(head, o.Words+"，方案 "+o.Profile, "各部分篇幅："+o.Parts)
	out := []Comment{wholeParagraph(r.Doc, 0, head)}
	for _, fd := range r.Findings {
		lines := []string{fmt.Sprintf("【%s】%s", fd.Severity.Label(), fd.Title), fd.Message}
		if fd.Suggestion != "" {
			lines = append(lines, "建议："+fd.Suggestion)
		}
		if fd.Unsure {
			lines = append(lines, "（报告的结构未能确认，此条仅供参考）")
		}
		if fd.Waived != "" {
			lines = append(lines, "已豁免："+fd.Waived)
		}
		lines = append(lines, "规则："+fd.Rule)
		if fd.Start == 0 && fd.End == 0 {
			out = append(out, wholeParagraph(r.Doc, fd.Para, lines))
			continue
		}
		out = append(out, Comment{Para: fd.Para, Start: fd.Start, End: fd.End, Lines: lines})
	}
	return out
}

// wholeParagraph anchors a comment on the whole of paragraph i.
func wholeParagraph(doc *lint.Document, i int, lines []string) Comment {
	n := 0
	if i >= 0 && i < len(doc.Paragraphs) {
		n = len([]rune(doc.Paragraphs[i].Text))
	}
	return Comment{Para: i, Start: 0, End: n, Lines: lines}
}

// File annotates a reviewed file: data is the file as read, r its review.
// A .docx is annotated in place of a copy; any other format becomes a new
// .docx of its text.
func File(path string, data []byte, r *lint.Result) ([]byte, error) {
	comments := Comments(r)
	if r.Doc.Format == "docx" {
		return DOCX(path, data, comments)
	}
	fresh, err := NewDOCX(r.Doc, r.Outline)
	if err != nil {
		return nil, err
	}
	// The new document writes a list label (from a .doc) as text before
	// the paragraph's own.
	for k, c := range comments {
		if c.Para >= 0 && c.Para < len(r.Doc.Paragraphs) {
			n := utf8.RuneCountInString(r.Doc.Paragraphs[c.Para].Label)
			comments[k].Start, comments[k].End = c.Start+n, c.End+n
		}
	}
	return DOCX(path, fresh, comments)
}

// xmlSafe drops the characters XML 1.0 cannot hold.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return -1
	}, s)
}
