package similar

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"shuzhi/lint"
)

// maxTitle bounds, in runes, the text between 《 and its 》: a 《 left open
// longer than that is a typo, not a title.
const maxTitle = 100

// maxGap is how many normalised runes "…" in a formulation stands for.
const maxGap = 40

// prepared is a document ready for matching: its normalised text and the
// way back to the original. It keeps about four bytes per rune: the
// offsets of a rune in its paragraph are found again from the text when a
// passage is reported, and the fingerprints are winnowed again when the
// document is asked about.
type prepared struct {
	id    string
	paras []string
	// norm holds the letters and digits of the text, folded (see fold),
	// each paragraph's followed by sep.
	norm []rune
	// starts[p] is where paragraph p begins in norm.
	starts []int32
	// countBits has bit i set when norm[i] is countable (outside titles
	// and formulations); countRank[j] is the number of countable runes in
	// norm[:64*j].
	countBits []uint64
	countRank []int32
	// marks[j] are the rune and byte offsets, in its paragraph, of the
	// rune norm[64*j] was folded from (the paragraph's end for sep), so
	// that locate walks at most one block of text.
	marks []mark
}

// mark is a rune and a byte offset in a paragraph.
type mark struct{ off, boff int32 }

// sep ends every paragraph in norm: no rune matches it, so that runs and
// n-grams never cross a paragraph boundary.
const sep rune = 0

// fingerprint is a selected n-gram hash and the n-gram's offset in norm.
type fingerprint struct {
	hash uint64
	pos  int32
}

// countable is the number of countable runes of the document.
func (p *prepared) countable() int { return p.rank(int32(len(p.norm))) }

// countIn is the number of countable runes in norm[a:b].
func (p *prepared) countIn(a, b int32) int { return p.rank(b) - p.rank(a) }

// rank is the number of countable runes in norm[:i].
func (p *prepared) rank(i int32) int {
	r := int(p.countRank[i>>6])
	if rest := i & 63; rest != 0 {
		r += bits.OnesCount64(p.countBits[i>>6] & (1<<rest - 1))
	}
	return r
}

// paraOf returns the paragraph norm[i] belongs to.
func (p *prepared) paraOf(i int32) int {
	k, found := slices.BinarySearch(p.starts, i)
	if !found {
		k--
	}
	return k
}

// locate returns the paragraph of norm[i] and the rune and byte offsets,
// in that paragraph's text, of the rune norm[i] was folded from.
func (p *prepared) locate(i int32) (para, off, boff int) {
	para = p.paraOf(i)
	from := i &^ 63 // the block's start, or the paragraph's
	m := p.marks[i>>6]
	if from < p.starts[para] {
		from, m = p.starts[para], mark{}
	}
	want := i - from
	off = int(m.off)
	n := int32(0)
	text := p.paras[para]
	for b, r := range text[m.boff:] {
		if _, ok := fold(r); ok {
			if n == want {
				return para, off, int(m.boff) + b
			}
			n++
		}
		off++
	}
	return para, off, len(text)
}

// fold maps r to the rune it is matched as, and reports whether it is
// matched at all: full-width ASCII is folded to half-width and ASCII
// letters to lower case; only letters and digits are kept.
func fold(r rune) (rune, bool) {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A', true
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return r, true
		}
		return r, false
	}
	if 0x4E00 <= r && r <= 0x9FFF { // CJK Unified Ideographs: most of any report
		return r, true
	}
	return r, unicode.IsLetter(r) || unicode.IsDigit(r)
}

// normalize returns the matched runes of s.
func normalize(s string) []rune {
	var out []rune
	for _, r := range s {
		if f, ok := fold(r); ok {
			out = append(out, f)
		}
	}
	return out
}

// isDigit reports whether a normalised rune is an ASCII digit.
func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// prepare normalises d and marks its titles and formulations.
func prepare(d Doc, forms *formulas) *prepared {
	size := len(d.Paragraphs)
	for _, text := range d.Paragraphs {
		size += utf8.RuneCountInString(text)
	}
	p := &prepared{id: d.ID, paras: d.Paragraphs, norm: make([]rune, 0, size), starts: make([]int32, len(d.Paragraphs))}
	excl := make([]bool, 0, size)  // per rune of norm: inside a title or a formulation, or sep
	sent := make([]int32, 0, size) // per rune of norm: the sentence it is in
	s := int32(0)
	for pi, text := range d.Paragraphs {
		p.starts[pi] = int32(len(p.norm))
		title := titleMask(text)
		i := 0
		s++
		for b, r := range text {
			if f, ok := fold(r); ok {
				if len(p.norm)&63 == 0 {
					p.marks = append(p.marks, mark{int32(i), int32(b)})
				}
				p.norm = append(p.norm, f)
				excl = append(excl, title != nil && title[i])
				sent = append(sent, s)
			} else if lint.IsSentenceEnd(r) {
				s++
			}
			i++
		}
		s++
		if len(p.norm)&63 == 0 {
			p.marks = append(p.marks, mark{int32(i), int32(len(text))})
		}
		p.norm = append(p.norm, sep)
		excl = append(excl, true)
		sent = append(sent, s)
	}
	forms.mark(p.norm, sent, excl)
	blocks := len(p.norm)/64 + 1
	p.countBits = make([]uint64, blocks)
	p.countRank = make([]int32, blocks)
	for i, x := range excl {
		if !x {
			p.countBits[i>>6] |= 1 << (i & 63)
		}
	}
	for j := 1; j < blocks; j++ {
		p.countRank[j] = p.countRank[j-1] + int32(bits.OnesCount64(p.countBits[j-1]))
	}
	return p
}

// titleMask marks the runes of a paragraph that lie inside a balanced
// 《…》 of at most maxTitle runes; it is nil when there are none.
func titleMask(text string) []bool {
	if !strings.ContainsRune(text, '《') {
		return nil
	}
	rs := []rune(text)
	mask := make([]bool, len(rs))
	for i := 0; i < len(rs); i++ {
		if rs[i] != '《' {
			continue
		}
		depth := 0
		for j := i; j < len(rs) && j-i <= maxTitle+1; j++ {
			switch rs[j] {
			case '《':
				depth++
			case '》':
				depth--
			}
			if depth == 0 {
				for k := i; k <= j; k++ {
					mask[k] = true
				}
				i = j
				break
			}
		}
	}
	return mask
}

// winnow hashes every n-gram of k countable runes within one paragraph and
// keeps the rightmost minimum of every window of w consecutive n-grams.
func winnow(p *prepared, k, w int) []fingerprint {
	n := len(p.norm) - k + 1
	if n <= 0 {
		return nil
	}
	hashes := make([]uint64, n)
	for i := range n {
		if p.countIn(int32(i), int32(i+k)) != k { // sep is not countable
			hashes[i] = noGram
		} else {
			hashes[i] = min(hashGram(p.norm[i:i+k]), noGram-1)
		}
	}
	w = min(w, n)
	fps := make([]fingerprint, 0, 2*n/(w+1)+1)
	last := -1
	for s := 0; s+w <= n; s++ {
		m := s
		for j := s + 1; j < s+w; j++ {
			if hashes[j] <= hashes[m] {
				m = j
			}
		}
		if hashes[m] != noGram && m != last {
			fps = append(fps, fingerprint{hashes[m], int32(m)})
			last = m
		}
	}
	return capRepeats(fps)
}

// maxRepeat is how many times one fingerprint is kept in a document. Text
// that repeats itself ("党建工作党建工作…") would otherwise pair every
// occurrence with every occurrence in another document; a few anchors grow
// into the same passages.
const maxRepeat = 4

// capRepeats drops the occurrences of a fingerprint after the first
// maxRepeat.
func capRepeats(fps []fingerprint) []fingerprint {
	seen := make(map[uint64]int, len(fps))
	out := fps[:0]
	for _, f := range fps {
		if seen[f.hash] < maxRepeat {
			seen[f.hash]++
			out = append(out, f)
		}
	}
	return out
}

// noGram stands in the hashes for an n-gram that is not fingerprinted.
const noGram = ^uint64(0)

// hashGram hashes an n-gram: FNV-1a over its runes, then the splitmix64
// finaliser so that the minimum of a window is a fair sample.
func hashGram(g []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range g {
		h ^= uint64(r)
		h *= 1099511628211
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// formulas finds the mandatory formulations in normalised text.
type formulas struct {
	// byFirst lists the formulations by their first rune.
	byFirst map[rune][]formula
}

// formula is a formulation as its literal parts, normalised; parts after
// the first follow within maxGap runes of the part before.
type formula [][]rune

// compileFormulas normalises the phrases; phrases with fewer than two
// matched runes are dropped.
func compileFormulas(phrases []string) formulas {
	fs := formulas{byFirst: make(map[rune][]formula)}
	for _, ph := range phrases {
		var f formula
		size := 0
		for part := range strings.SplitSeq(ph, "…") {
			if rs := normalize(part); len(rs) > 0 {
				f = append(f, rs)
				size += len(rs)
			}
		}
		if size >= 2 {
			fs.byFirst[f[0][0]] = append(fs.byFirst[f[0][0]], f)
		}
	}
	return fs
}

// mark sets excl for the literal runes of every formulation found in
// norm, whose runes lie in the sentences sent.
func (fs *formulas) mark(norm []rune, sent []int32, excl []bool) {
	if len(fs.byFirst) == 0 {
		return
	}
	for i, r := range norm {
		for _, f := range fs.byFirst[r] {
			if spans, ok := find(norm, sent, f, i); ok {
				for _, s := range spans {
					for k := s[0]; k < s[1]; k++ {
						excl[k] = true
					}
				}
			}
		}
	}
}

// find matches f at norm[i:], all of it in one sentence, and returns the
// spans of its literal parts.
func find(norm []rune, sent []int32, f formula, i int) ([][2]int, bool) {
	var spans [][2]int
	at := i
	for n, part := range f {
		last := at
		if n > 0 {
			last = at + maxGap
		}
		found := false
		for s := at; s <= last && s+len(part) <= len(norm) && sent[s+len(part)-1] == sent[i]; s++ {
			if slices.Equal(norm[s:s+len(part)], part) {
				spans = append(spans, [2]int{s, s + len(part)})
				at = s + len(part)
				found = true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	return spans, true
}
