package lint

import (
	"sort"
	"strings"

	"shuzhi/lint/count"
)

// facts are what every check of a document shares, computed once per
// document (as an Analyzer's Requires are): the 字数 of every span, each
// paragraph's rune offsets and words (each paragraph is cut by the
// segmenter once, and the words of any stretch are taken from that cut),
// and the items and paragraphs of every role.
type facts struct {
	doc       *Document
	outline   *Outline
	seg       Segmenter
	total     count.Counts
	spanWords []int
	body      int
	paras     []*paraFacts
	items     map[Role][]Item
	parts     map[Role][]Loc
}

// paraFacts are one paragraph's offsets and words, made when first asked.
type paraFacts struct {
	// offs[i] is the byte offset of rune i; offs[len] = len(text).
	offs Offsets
	// tokens are the paragraph's words, nil until cut.
	tokens []Token
	// bounds marks the byte offsets where a word starts or ends.
	bounds []bool
}

func newFacts(doc *Document, ol *Outline, seg Segmenter) *facts {
	f := &facts{doc: doc, outline: ol, seg: seg, spanWords: make([]int, len(ol.Spans)),
		paras: make([]*paraFacts, len(doc.Paragraphs)), items: map[Role][]Item{}, parts: map[Role][]Loc{}}
	for _, p := range doc.Paragraphs {
		f.total.Add(count.Text(p.Text))
	}
	for i, s := range ol.Spans {
		w := count.Text(f.text(Loc{s.Para, s.Start, s.End})).Words
		f.spanWords[i] = w
		if s.Role != RoleOther {
			f.body += w
		}
	}
	return f
}

// para returns the facts of paragraph i, computing its offsets.
func (f *facts) para(i int) *paraFacts {
	if pf := f.paras[i]; pf != nil {
		return pf
	}
	pf := &paraFacts{offs: NewOffsets(f.doc.Paragraphs[i].Text)}
	f.paras[i] = pf
	return pf
}

// cut returns paragraph i's facts with its words, cutting it once.
func (f *facts) cut(i int) *paraFacts {
	pf := f.para(i)
	if pf.bounds != nil {
		return pf
	}
	text := f.doc.Paragraphs[i].Text
	pf.tokens = f.seg.Cut(text)
	pf.bounds = make([]bool, len(text)+1)
	pf.bounds[0], pf.bounds[len(text)] = true, true
	for _, t := range pf.tokens {
		if t.Start < len(pf.offs) {
			pf.bounds[pf.offs[t.Start]] = true
		}
		if t.End < len(pf.offs) {
			pf.bounds[pf.offs[t.End]] = true
		}
	}
	return pf
}

// bytes returns the byte range of a location, clamped to its paragraph.
func (f *facts) bytes(l Loc) (int, int) {
	pf := f.para(l.Para)
	n := len(pf.offs) - 1
	start, end := min(max(l.Start, 0), n), min(max(l.End, 0), n)
	if start > end {
		start = end
	}
	return pf.offs[start], pf.offs[end]
}

// rune converts a byte offset of paragraph i to a rune offset.
func (f *facts) rune(i, b int) int {
	return sort.SearchInts(f.para(i).offs, b)
}

func (f *facts) text(l Loc) string {
	bs, be := f.bytes(l)
	return f.doc.Paragraphs[l.Para].Text[bs:be]
}

// Extent is a stretch of a document's text: runs of paragraphs, in order.
// An item that runs over two paragraphs, or a title and the text under
// it, is one Extent.
type Extent []Loc

// Text returns the text of a location.
func (p *Pass) Text(l Loc) string { return p.facts.text(l) }

// ExtentText returns the text of an extent, its runs joined.
func (p *Pass) ExtentText(e Extent) string {
	var b strings.Builder
	for _, l := range e {
		b.WriteString(p.facts.text(l))
	}
	return b.String()
}

// Find returns the non-overlapping occurrences of a lexicon's phrases in
// an extent that start and end on word boundaries, in order. Words come
// from each paragraph's one cut; the ends of each run count as
// boundaries. A phrase never spans two runs.
func (p *Pass) Find(l *Lexicon, e Extent) []Match { return p.find(l, e, true) }

// FindAnywhere is Find without the word-boundary test: for set phrases
// (slogans) that segmentation may have joined with their neighbours.
func (p *Pass) FindAnywhere(l *Lexicon, e Extent) []Match { return p.find(l, e, false) }

// Has reports whether an extent contains a phrase of the lexicon.
func (p *Pass) Has(l *Lexicon, e Extent) bool { return len(p.Find(l, e)) > 0 }

func (p *Pass) find(l *Lexicon, e Extent, words bool) []Match {
	var out []Match
	for _, loc := range e {
		bs, be := p.facts.bytes(loc)
		if bs == be {
			continue
		}
		text := p.Doc.Paragraphs[loc.Para].Text
		var bounds []bool
		if words {
			bounds = p.facts.cut(loc.Para).bounds[bs : be+1]
		}
		for _, m := range findIn(l, text[bs:be], bounds) {
			out = append(out, Match{
				Loc:  Loc{Para: loc.Para, Start: p.facts.rune(loc.Para, bs+m[0]), End: p.facts.rune(loc.Para, bs+m[1])},
				Text: text[bs+m[0] : bs+m[1]],
			})
		}
	}
	return out
}

// Tokens returns the words of a location, taken from its paragraph's cut:
// offsets are runes of the paragraph, and words that cross an end of the
// location are cut back to it.
func (p *Pass) Tokens(l Loc) []Token {
	pf := p.facts.cut(l.Para)
	text := p.Doc.Paragraphs[l.Para].Text
	var out []Token
	// Tokens are in order: start at the first that ends after l.Start.
	first := sort.Search(len(pf.tokens), func(k int) bool { return pf.tokens[k].End > l.Start })
	for _, t := range pf.tokens[first:] {
		if t.Start >= l.End {
			break
		}
		s, e := max(t.Start, l.Start), min(t.End, l.End)
		if s >= e {
			continue
		}
		out = append(out, Token{Text: text[pf.offs[s]:pf.offs[e]], Start: s, End: e})
	}
	return out
}

// Sentences splits a location into its sentences (see Sentences).
func (p *Pass) Sentences(l Loc) []Loc {
	sub := p.facts.text(l)
	var out []Loc
	for _, s := range Sentences(sub, 0, l.End-l.Start) {
		out = append(out, Loc{Para: l.Para, Start: l.Start + s[0], End: l.Start + s[1]})
	}
	return out
}

// Items returns the items of a role (see ItemsOf), built once per
// document.
func (p *Pass) Items(role Role) []Item {
	if it, ok := p.facts.items[role]; ok {
		return it
	}
	it := ItemsOf(p.Doc, p.Outline, role)
	p.facts.items[role] = it
	return it
}

// Parts returns, paragraph by paragraph, where a role's text lies, its
// headings left out; contiguous spans of the role are joined. Built once
// per document.
func (p *Pass) Parts(role Role) []Loc {
	if ls, ok := p.facts.parts[role]; ok {
		return ls
	}
	var out []Loc
	for _, sp := range p.Outline.Spans {
		if sp.Role != role {
			continue
		}
		start := sp.Start
		if p.Outline.HeadingLevel[sp.Para] > 0 && sp.Start == 0 {
			start = p.Outline.HeadingEnd[sp.Para]
		}
		if start >= sp.End {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Para == sp.Para && out[n-1].End == start {
			out[n-1].End = sp.End
			continue
		}
		out = append(out, Loc{Para: sp.Para, Start: start, End: sp.End})
	}
	p.facts.parts[role] = out
	return out
}

// RuneSlice returns the runes [start, end) of s, clamped to its length.
func RuneSlice(s string, start, end int) string {
	if start < 0 {
		start = 0
	}
	if start >= end {
		return ""
	}
	i, bs := 0, -1
	for b := range s {
		if i == start {
			bs = b
		}
		if i == end {
			return s[bs:b]
		}
		i++
	}
	if bs < 0 {
		return ""
	}
	return s[bs:]
}
