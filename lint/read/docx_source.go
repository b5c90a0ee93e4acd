package read

import (
	"bytes"

	"shuzhi/lint"
)

// Source maps the body paragraphs of a .docx back to the bytes of its main
// part, so that a writer can anchor Word comments on the very characters a
// finding names (see package annotate). Offsets are byte offsets into the
// decompressed main part.
type Source struct {
	// Part is the main part's name in the package ("word/document.xml").
	Part string
	// Paragraphs holds one entry per Document.Paragraphs, in order.
	Paragraphs []ParagraphSource
}

// ParagraphSource locates one body paragraph (a w:p) in the main part.
type ParagraphSource struct {
	// Content is where the paragraph's content begins: after its start
	// tag and its w:pPr. End is where its end tag </w:p> begins.
	Content, End int64
	// Runs are the w:r elements that hold the paragraph's text.
	Runs []RunSource
	// Pieces are the stretches of the paragraph's Text, in order, each
	// from one element of a run.
	Pieces []Piece
}

// RunSource locates a w:r element and its run properties.
type RunSource struct {
	Start, End int64
	// PropsStart and PropsEnd locate its w:rPr; both are 0 when it has none.
	PropsStart, PropsEnd int64
}

// Piece is a stretch of a paragraph's Text that one element gives: the
// text of a w:t, or the single character of a w:tab, w:br or w:sym.
type Piece struct {
	// Rune and Runes are the stretch, in runes of the paragraph's Text.
	Rune, Runes int
	// Start and End locate the element in the main part.
	Start, End int64
	// Text is true for a w:t, whose text may be cut in two; other pieces
	// are one character that cannot be.
	Text bool
	// Run is the index, in ParagraphSource.Runs, of the run holding it.
	Run int
}

// DOCXSource reads a .docx like Bytes and also returns where each body
// paragraph's text lies in the main part. Paragraphs in text boxes, in
// mc:AlternateContent and in notes have no pieces of their own.
func DOCXSource(path string, data []byte, opt Options) (*lint.Document, *Source, error) {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil, nil, newError(path, ReasonNotDOCX, "不是 zip 压缩包")
	}
	src := &Source{}
	doc, err := readDOCXSource(path, data, opt.Limits.withDefaults(), src)
	if err != nil {
		return nil, nil, err
	}
	return doc, src, nil
}

// sourcing reports whether the walker records the source of what it is
// reading now: the main document's body story, outside alternate content.
func (w *walker) sourcing(st *story) bool {
	return w.src != nil && st.kind == "" && st.para != nil && w.alternates == 0
}

// piece records the element of the current run that gave text, which was
// written from runes [from, para.runes).
func (w *walker) piece(st *story, from int, start int64, text bool) {
	p := st.para
	if !w.sourcing(st) || st.run < 0 || p.runes == from {
		return
	}
	p.source.Pieces = append(p.source.Pieces, Piece{
		Rune: from, Runes: p.runes - from, Start: start, End: w.s.dec.InputOffset(), Text: text, Run: st.run,
	})
}
