package annotate

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"sort"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/read"
)

// A comment's range is marked in document.xml by a commentRangeStart
// before its first character and, after its last, a commentRangeEnd and
// a run holding the commentReference that Word shows as the comment's
// anchor. Marks sit between runs; where a range starts or ends inside a
// run, the run is closed there and reopened with the same properties, and
// a w:t is cut in two.

// mark is one end of a comment's range.
type mark struct {
	id  int
	end bool
}

func (m mark) xml() string {
	if m.end {
		return fmt.Sprintf(`<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>`, m.id, m.id)
	}
	return fmt.Sprintf(`<w:commentRangeStart w:id="%d"/>`, m.id)
}

// marksXML writes marks, the ends of ranges before the starts.
func marksXML(ms []mark) []byte {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].end && !ms[j].end })
	var b bytes.Buffer
	for _, m := range ms {
		b.WriteString(m.xml())
	}
	return b.Bytes()
}

// placer collects the marks of a main part and turns them into edits.
type placer struct {
	data []byte
	src  *read.Source
	doc  *lint.Document
	// between holds marks to insert at an offset between runs; inRun
	// those at an offset between two children of run runOf[offset]; cuts
	// those inside the text of a piece, by piece and rune within it.
	between map[int64][]mark
	inRun   map[int64][]mark
	runOf   map[int64]read.RunSource
	cuts    map[pieceKey]map[int][]mark
}

type pieceKey struct{ para, piece int }

func newPlacer(data []byte, src *read.Source, doc *lint.Document) *placer {
	return &placer{data: data, src: src, doc: doc, between: map[int64][]mark{}, inRun: map[int64][]mark{},
		runOf: map[int64]read.RunSource{}, cuts: map[pieceKey]map[int][]mark{}}
}

// place marks the range [start, end) of paragraph para (runes of its
// Text) as comment id's.
func (p *placer) place(para, start, end, id int) {
	ps := p.src.Paragraphs[para]
	if len(ps.Pieces) == 0 {
		p.between[ps.Content] = append(p.between[ps.Content], mark{id: id})
		p.between[ps.End] = append(p.between[ps.End], mark{id: id, end: true})
		return
	}
	// An empty range would put its end before its start where runs
	// meet: it covers one character instead.
	n := utf8.RuneCountInString(p.doc.Paragraphs[para].Text)
	start, end = max(0, min(start, n)), max(0, min(end, n))
	if end <= start {
		if start < n {
			end = start + 1
		} else {
			start = max(0, end-1)
		}
	}
	p.at(para, start, mark{id: id})
	p.at(para, end, mark{id: id, end: true})
}

// at places one mark at rune r of a paragraph that has pieces.
func (p *placer) at(para, r int, m mark) {
	ps := p.src.Paragraphs[para]
	pcs := ps.Pieces
	// k is the piece the mark's side of r belongs to: a start belongs to
	// the piece beginning at or holding r, an end to the one ending at or
	// holding it.
	k := sort.Search(len(pcs), func(i int) bool {
		if m.end {
			return pcs[i].Rune+pcs[i].Runes >= r
		}
		return pcs[i].Rune+pcs[i].Runes > r
	})
	switch {
	case k == len(pcs):
		k = len(pcs) - 1
		r = pcs[k].Rune + pcs[k].Runes
	case r < pcs[k].Rune:
		r = pcs[k].Rune
	}
	pc := pcs[k]
	run := ps.Runs[pc.Run]
	switch {
	case !m.end && r == pc.Rune:
		if k == 0 || pcs[k-1].Run != pc.Run {
			p.between[run.Start] = append(p.between[run.Start], m)
		} else {
			p.inRun[pc.Start] = append(p.inRun[pc.Start], m)
			p.runOf[pc.Start] = run
		}
	case m.end && r == pc.Rune+pc.Runes:
		if k == len(pcs)-1 || pcs[k+1].Run != pc.Run {
			p.between[run.End] = append(p.between[run.End], m)
		} else {
			p.inRun[pc.End] = append(p.inRun[pc.End], m)
			p.runOf[pc.End] = run
		}
	default:
		key := pieceKey{para, k}
		if p.cuts[key] == nil {
			p.cuts[key] = map[int][]mark{}
		}
		p.cuts[key][r-pc.Rune] = append(p.cuts[key][r-pc.Rune], m)
	}
}

// edits returns the edits that insert the marks placed.
func (p *placer) edits() ([]edit, error) {
	var out []edit
	for at, ms := range p.between {
		out = append(out, edit{at: at, end: at, insert: marksXML(ms)})
	}
	for at, ms := range p.inRun {
		run := p.runOf[at]
		if err := p.checkTag(run.Start, "<w:r"); err != nil {
			return nil, err
		}
		b := []byte("</w:r>")
		b = append(b, marksXML(ms)...)
		b = append(b, p.reopen(run)...)
		out = append(out, edit{at: at, end: at, insert: b})
	}
	for key, cuts := range p.cuts {
		e, err := p.cutPiece(key, cuts)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	// Map order is random: sort so that marks at one offset come out the
	// same every time (apply keeps the order of equal offsets).
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].at != out[j].at {
			return out[i].at < out[j].at
		}
		return bytes.Compare(out[i].insert, out[j].insert) < 0
	})
	return out, nil
}

// reopen starts a run with the same properties as run.
func (p *placer) reopen(run read.RunSource) []byte {
	b := []byte("<w:r>")
	if run.PropsEnd > run.PropsStart {
		b = append(b, p.data[run.PropsStart:run.PropsEnd]...)
	}
	return b
}

// cutPiece rewrites a w:t cut at the given runes, with the marks between
// the pieces.
func (p *placer) cutPiece(key pieceKey, cuts map[int][]mark) (edit, error) {
	ps := p.src.Paragraphs[key.para]
	pc := ps.Pieces[key.piece]
	run := ps.Runs[pc.Run]
	if err := p.checkTag(pc.Start, "<w:t"); err != nil {
		return edit{}, err
	}
	if err := p.checkTag(run.Start, "<w:r"); err != nil {
		return edit{}, err
	}
	text := []rune(lint.RuneSlice(p.doc.Paragraphs[key.para].Text, pc.Rune, pc.Rune+pc.Runes))
	at := make([]int, 0, len(cuts))
	for r := range cuts {
		at = append(at, r)
	}
	sort.Ints(at)
	var b bytes.Buffer
	prev := 0
	for _, r := range at {
		writeT(&b, string(text[prev:r]))
		b.WriteString("</w:r>")
		b.Write(marksXML(cuts[r]))
		b.Write(p.reopen(run))
		prev = r
	}
	writeT(&b, string(text[prev:]))
	return edit{at: pc.Start, end: pc.End, insert: b.Bytes()}, nil
}

// writeT writes a w:t that keeps its spaces.
func writeT(b *bytes.Buffer, s string) {
	b.WriteString(`<w:t xml:space="preserve">`)
	xml.EscapeText(b, []byte(s))
	b.WriteString("</w:t>")
}

// checkTag makes sure the element at offset is written with the prefix w:,
// which the marks use.
func (p *placer) checkTag(at int64, prefix string) error {
	rest := p.data[at:]
	if !bytes.HasPrefix(rest, []byte(prefix)) || len(rest) == len(prefix) || !isTagEnd(rest[len(prefix)]) {
		return errPrefix
	}
	return nil
}

func isTagEnd(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// errPrefix: the main part writes WordprocessingML with another prefix
// than w:, which the marks would not match.
var errPrefix = errors.New("document.xml 的元素不以 w: 为前缀，无法插入批注")
