package read

import "testing"

// TestEmphasis: a paragraph all bold or centred is emphasised (the
// headings of a document without heading styles); one partly bold is not.
func TestEmphasis(t *testing.T) {
	doc := readBody(t, `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>红色引擎</w:t></w:r></w:p>`+
		`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>工作回顾</w:t></w:r></w:p>`+
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>我主持</w:t></w:r><w:r><w:t>召开支委会24次。</w:t></w:r></w:p>`+
		`<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>不加粗</w:t></w:r></w:p>`)
	want := []bool{true, true, false, false}
	if len(doc.Paragraphs) != len(want) {
		t.Fatalf("paragraphs: %+v", doc.Paragraphs)
	}
	for i, p := range doc.Paragraphs {
		if p.Emphasis != want[i] {
			t.Errorf("%q: emphasis %v, want %v", p.Text, p.Emphasis, want[i])
		}
	}
}
