package checks_test

import (
	"path/filepath"
	"testing"
	"unicode/utf8"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/lint/hans"
	"shuzhi/lint/outline"
	"shuzhi/lint/read"
	"shuzhi/review"
)

// countingSegmenter counts what it is asked to cut.
type countingSegmenter struct {
	lint.Segmenter
	calls map[string]int
	runes int
}

func (c *countingSegmenter) Cut(text string) []lint.Token {
	c.calls[text]++
	c.runes += utf8.RuneCountInString(text)
	return c.Segmenter.Cut(text)
}

// TestEachParagraphIsCutOnce runs every rule over every corpus report and
// checks that the segmenter cut no text but whole paragraphs, each at most
// once.
func TestEachParagraphIsCutOnce(t *testing.T) {
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/reports/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus reports")
	}
	for _, f := range files {
		doc, err := read.File(f, read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc = hans.Simplify(doc)
		prof, _ := rev.Catalog().Profile("default")
		ol, err := outline.Build(doc, prof.Lexicons)
		if err != nil {
			t.Fatal(err)
		}
		seg := &countingSegmenter{Segmenter: rev.Segmenter(), calls: map[string]int{}}
		lint.Run(doc, ol, prof, lint.Context{}, checks.All, seg)
		paras := map[string]bool{}
		total := 0
		for _, p := range doc.Paragraphs {
			paras[p.Text] = true
			total += utf8.RuneCountInString(p.Text)
		}
		for text, n := range seg.calls {
			if !paras[text] {
				t.Errorf("%s: cut a text that is not a paragraph: %.30q", f, text)
			}
			if n > 1 && !duplicateParagraph(doc, text) {
				t.Errorf("%s: cut a paragraph %d times: %.30q", f, n, text)
			}
		}
		if seg.runes > total {
			t.Errorf("%s: cut %d runes of a %d-rune document", f, seg.runes, total)
		}
	}
}

// duplicateParagraph reports whether text is the text of two paragraphs.
func duplicateParagraph(doc *lint.Document, text string) bool {
	n := 0
	for _, p := range doc.Paragraphs {
		if p.Text == text {
			n++
		}
	}
	return n > 1
}
