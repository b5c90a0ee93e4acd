package similar

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// run is a stretch shared by two normalised texts: norm[a:ae] of the asked
// document and norm[b:be] of the other. The two differ in length where
// they hold numbers of different lengths, or after merge joined runs
// across gaps of different lengths.
type run struct {
	a, ae, b, be int32
}

// scratch holds the buffers of one Matches call, reused from one other
// document to the next.
type scratch struct {
	runs, kept []run
}

// match grows the anchors shared by d and o (sorted by a) into
// passages and measures d's containment in o.
func (ix *Index) match(d, o *prepared, anchors []anchor, sc *scratch) (Match, bool) {
	k := int32(ix.opts.K)
	runs := sc.runs[:0]
	active := 0 // runs[active:] may still hold the anchors to come
	for _, an := range anchors {
		for active < len(runs) && runs[active].ae <= an.a {
			active++
		}
		if slices.ContainsFunc(runs[active:], func(r run) bool {
			return r.a <= an.a && an.a < r.ae && r.b <= an.b && an.b < r.be
		}) {
			continue // grown already
		}
		if !slices.Equal(d.norm[an.a:an.a+k], o.norm[an.b:an.b+k]) {
			continue // hash collision
		}
		r := grow(d, o, an.a, an.b, k)
		i, _ := slices.BinarySearchFunc(runs[active:], r.ae, func(t run, ae int32) int { return cmp.Compare(t.ae, ae) })
		runs = slices.Insert(runs, active+i, r)
	}
	sc.runs = runs
	sc.kept = merge(d, o, disjoint(d, o, runs, sc.kept[:0]), k)
	n, shared := 0, 0
	for _, r := range sc.kept {
		if c := d.countIn(r.a, r.ae); c >= ix.opts.MinPassage {
			n++
			shared += c
		}
	}
	if n == 0 {
		return Match{}, false
	}
	m := Match{Other: o.id, Containment: float64(shared) / float64(d.countable()), Passages: make([]Passage, 0, n)}
	for _, r := range sc.kept {
		if d.countIn(r.a, r.ae) >= ix.opts.MinPassage {
			m.Passages = append(m.Passages, passage(d, o, r))
		}
	}
	return m, true
}

// grow extends the n-gram shared at a and b to the longest run of the same
// runes within one paragraph on each side (sep matches nothing). Any two
// numbers are the same: runs of digits are passed over together, whatever
// their lengths.
func grow(d, o *prepared, a, b, k int32) run {
	return run{a, a + k, b, b + k}.forward(d, o).backward(d, o)
}

// forward extends r to the right over the same runes.
func (r run) forward(d, o *prepared) run {
	for int(r.ae) < len(d.norm) && int(r.be) < len(o.norm) && same(d.norm[r.ae], o.norm[r.be]) {
		r.ae, r.be = step(d, o, r.ae, r.be)
	}
	return r
}

// backward extends r to the left over the same runes.
func (r run) backward(d, o *prepared) run {
	for r.a > 0 && r.b > 0 && same(d.norm[r.a-1], o.norm[r.b-1]) {
		if isDigit(d.norm[r.a-1]) {
			r.a, r.b = d.digitsBefore(r.a), o.digitsBefore(r.b)
		} else {
			r.a, r.b = r.a-1, r.b-1
		}
	}
	return r
}

// same reports whether two runes are the same for a run: equal, or both
// digits; sep is the same as nothing.
func same(x, y rune) bool { return x != sep && (x == y || isDigit(x) && isDigit(y)) }

// step moves a and b, where a run has the same runes, past one rune, or
// past the numbers that start there.
func step(d, o *prepared, a, b int32) (int32, int32) {
	if isDigit(d.norm[a]) && isDigit(o.norm[b]) {
		return d.digitsAfter(a), o.digitsAfter(b)
	}
	return a + 1, b + 1
}

// cut returns the part of r that covers norm[s:e] of the asked document
// (widened to whole numbers), walking r as grow did to find the other
// side's offsets.
func (r run) cut(d, o *prepared, s, e int32) run {
	c := r
	for c.a < s && c.b < r.be {
		c.a, c.b = step(d, o, c.a, c.b)
	}
	for c.ae, c.be = c.a, c.b; c.ae < e && c.be < r.be; {
		c.ae, c.be = step(d, o, c.ae, c.be)
	}
	c.ae, c.be = min(c.ae, r.ae), min(c.be, r.be)
	return c
}

// digitsBefore returns the start of the run of digits that ends at i (a
// run never crosses sep).
func (p *prepared) digitsBefore(i int32) int32 {
	for i > 0 && isDigit(p.norm[i-1]) {
		i--
	}
	return i
}

// digitsAfter returns the end of the run of digits that starts at i.
func (p *prepared) digitsAfter(i int32) int32 {
	for int(i) < len(p.norm) && isDigit(p.norm[i]) {
		i++
	}
	return i
}

// disjoint keeps the longest runs and trims the others to the parts of
// the asked document the longer ones leave uncovered; it appends them to
// out in document order.
func disjoint(d, o *prepared, runs, out []run) []run {
	slices.SortStableFunc(runs, func(x, y run) int { return cmp.Compare(y.ae-y.a, x.ae-x.a) })
	for _, r := range runs {
		s, e := r.a, r.ae
		for _, t := range out {
			if t.ae <= s || t.a >= e {
				continue
			}
			if t.a <= s {
				s = t.ae
			} else {
				e = t.a
				break
			}
		}
		if s > r.a || e < r.ae {
			r = r.cut(d, o, s, e)
		}
		if r.a >= r.ae || r.b >= r.be {
			continue
		}
		i, _ := slices.BinarySearchFunc(out, r.a, func(t run, a int32) int { return cmp.Compare(t.a, a) })
		out = slices.Insert(out, i, r)
	}
	return out
}

// merge joins runs (in document order) that follow each other within gap
// runes on both sides, in the same paragraphs: the runes between them are a
// changed word, or figures of different length. It merges in place.
func merge(d, o *prepared, runs []run, gap int32) []run {
	out := runs[:0]
	for _, r := range runs {
		if len(out) > 0 {
			c := &out[len(out)-1]
			if r.a-c.ae <= gap && r.b > c.b && r.b-c.be <= gap &&
				d.paraOf(r.a) == d.paraOf(c.a) && o.paraOf(r.b) == o.paraOf(c.b) {
				c.ae = r.ae
				c.be = max(c.be, r.be)
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// passage maps a run back to paragraphs and rune offsets on both sides.
func passage(d, o *prepared, r run) Passage {
	pa, start, bstart := d.locate(r.a)
	_, last, blast := d.locate(r.ae - 1)
	text := d.paras[pa]
	_, size := utf8.DecodeRuneInString(text[blast:])
	op, ostart, _ := o.locate(r.b)
	_, olast, _ := o.locate(r.be - 1)
	return Passage{
		Para: pa, Start: start, End: last + 1,
		OtherPara: op, OtherStart: ostart, OtherEnd: olast + 1,
		Text: text[bstart : blast+size],
	}
}
