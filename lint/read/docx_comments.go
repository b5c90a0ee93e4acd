package read

import (
	"encoding/xml"
	"strings"
)

// readComments reads the text of the comments whose ranges the body marks
// (a missing part is no error) into Document.Comments, in the order of the
// comments part. The comments' text is never counted in 字数.
func (w *walker) readComments(pkg *docxPackage, name string) error {
	if name == "" {
		return nil
	}
	return pkg.eachStart(name, func(s *xmlStream, se *xml.StartElement) error {
		if !isW(se.Name, "comment") {
			return nil
		}
		mark := w.marks[attr(se, "id")]
		var text strings.Builder
		err := commentText(s, &text)
		if mark != nil && mark.Para >= 0 && len(w.doc.Comments) < maxComments {
			c := *mark
			if c.EndPara < 0 {
				c.EndPara, c.End = c.Para, c.Start
			}
			c.Text = strings.TrimSpace(text.String())
			w.doc.Comments = append(w.doc.Comments, c)
		}
		return err
	})
}

// commentText appends the text of the element being read (a w:comment):
// its w:t, with a line break between paragraphs.
func commentText(s *xmlStream, b *strings.Builder) error {
	return s.children(func(c xml.StartElement) error {
		switch {
		case isW(c.Name, "t"):
			t, err := s.text()
			b.WriteString(t)
			return err
		case isW(c.Name, "p"):
			if b.Len() > 0 {
				b.WriteString("\n")
			}
		}
		return commentText(s, b)
	})
}
