// Package similar finds passages that Chinese reports share with each
// other or with reference documents (照抄照搬), in time near-linear in the
// number of documents.
//
// Every document is reduced to a normalised character sequence (letters and
// digits only), its character n-grams are hashed, and winnowing (Schleimer,
// Wilkerson and Aiken, "Winnowing: local algorithms for document
// fingerprinting", SIGMOD 2003) keeps the minimum hash of every window of
// consecutive n-grams as the document's fingerprints. An inverted index from
// fingerprint to documents then yields, for one document, only the
// documents it shares fingerprints with; no pair of texts is compared
// unless they share one. Shared fingerprints are grown back into maximal
// shared runs of the normalised text; runs that follow each other within K
// characters on both sides (a changed word) are merged into one passage;
// passages shorter than MinPassage are dropped, and the rest are mapped
// back to paragraph and rune offsets of the original texts on both sides.
// Containment is directional: the share of the asked document that lies
// in passages shared with the other.
//
// Cost: Add is linear in the document's length. Matches is linear in the
// number of fingerprint occurrences the document shares with others, and
// in the length of the shared passages; it never looks at a document with
// which it shares nothing. 300 reports of 2500 characters built from the
// same paragraphs, so that each shares passages with a hundred others, are
// indexed and matched in about 0.12 s on one core (BenchmarkRun300).
//
// Normalisation is for matching only: white space and punctuation are
// dropped, full-width ASCII is folded to half-width and ASCII letters to
// lower case. Characters inside quoted titles 《…》 and characters of the
// mandatory policy formulations (Options.Formulations, or the document's
// own; shuzhi passes the profile's lexicon formulations) are left out of the fingerprints and of the
// containment denominator, so reports may share them freely. Traditional
// characters are not converted here: callers that want them matched pass
// text converted rune for rune (package lint/hans).
//
// Digits are kept in the fingerprints: the same figures are part of the
// same text, and two reports that merely fill a common sentence pattern
// with their own figures ("召开党员大会6次、支委会14次") share no
// fingerprint unless K identical characters stand between the figures.
// But once two texts share an n-gram, growing the shared run passes over
// any two numbers together, whatever their lengths: a copied paragraph
// whose figures were replaced by the copier's own is still one passage.
// The price is that honest reports which share a clause also share the
// statistics sentence around it ("坚持“第一议题”制度，全年主持党委会
// “第一议题”学习21次"); such passages are short and add little to the
// containment (at most 0.04 for any pair of the honest test corpus).
package similar

import (
	"cmp"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"sync"
)

// Defaults of Options, chosen on the honest reports of testdata/reports
// and on copies made from them (see similar_test.go).
//
// K = 8 (RULES-RESEARCH I1 suggests character 8-grams): Chinese words are
// one to four characters long, so an 8-gram spans three to five words.
// Independent writers share one only inside set phrases of policy
// language, which seldom add up to a passage: on the 80 honest reports of
// the test corpus at the time of writing, 6-grams made 188 pairs share a
// passage and 8-grams 103, with the highest containment 0.041 and 0.039;
// 10-grams found only a fifth of a copy with one character in 12 changed.
//
// Window = 4 keeps about 2/(4+1) = 40% of the n-gram hashes (some 630
// fingerprints for a report of 2500 characters) and guarantees that every
// shared run of K+Window-1 = 11 characters yields a shared fingerprint: a
// copy with one character in 15 changed is found whole, one with a
// character in 12 changed for about two thirds (with a window of 6, two
// fifths).
//
// MinPassage = 20 is about one clause: shorter shared stretches are the
// stock phrases every report has.
const (
	DefaultK          = 8
	DefaultWindow     = 4
	DefaultMinPassage = 20
)

// Options tune an Index. A zero K, Window or MinPassage takes its default.
type Options struct {
	// K is the n-gram length, in normalised characters.
	K int
	// Window is the winnowing window, in n-grams: every shared run of at
	// least K+Window-1 normalised characters is found.
	Window int
	// MinPassage is the least number of countable characters (normalised,
	// outside titles and formulations) a reported passage holds.
	MinPassage int
	// MaxPostings bounds the documents remembered per fingerprint.
	MaxPostings int
	// Formulations are phrases any document may share: their characters
	// are neither fingerprinted nor counted. They are matched after
	// normalisation; "…" in a phrase stands for up to 40 characters of
	// other text, which stays countable ("现将……报告如下").
	Formulations []string
}

// Formulations are mandatory formulations compiled for matching, to be
// shared by the documents of one profile (see Doc.Formulations).
type Formulations struct{ f formulas }

// CompileFormulations compiles phrases as Options.Formulations describes.
func CompileFormulations(phrases []string) *Formulations {
	return &Formulations{compileFormulas(phrases)}
}

// Doc is one document to compare: a report of the run or a reference.
type Doc struct {
	// ID names the document (its path); IDs in one Index are distinct.
	ID string
	// Paragraphs are its texts; Passage.Para indexes them. Passages never
	// cross a paragraph boundary.
	Paragraphs []string
	// Formulations, when not nil, replace the index's for this document:
	// each document leaves out of its fingerprints the formulations of
	// the profile it is reviewed under.
	Formulations *Formulations
}

// Match is a document that shares passages with the one asked about.
type Match struct {
	// Other is the other document's ID.
	Other string
	// Containment is the share of the asked document's countable
	// characters that lie in the passages, 0..1.
	Containment float64
	// Passages are the shared passages, in the asked document's order.
	Passages []Passage
}

// Passage is a stretch of text shared by two documents, in runes of their
// paragraphs: [Start, End) of paragraph Para in the asked document and
// [OtherStart, OtherEnd) of paragraph OtherPara in the other. Both ends are
// letters or digits. Inside a passage the two texts may differ by a few
// characters (a changed word, other figures).
type Passage struct {
	Para, Start, End                int
	OtherPara, OtherStart, OtherEnd int
	// Text is the asked document's text of the passage.
	Text string
}

// Index holds the fingerprints of many documents. It is safe for
// concurrent use; Matches sees the documents added before it was called,
// so callers add every document first and then ask.
//
// The fingerprints are kept in one table of 12-byte entries, bucketed by
// the top bits of their hash and sorted within a bucket, built when
// documents are first asked about after an Add: no map entry per
// fingerprint, and no more than MaxPostings entries per fingerprint.
type Index struct {
	opts  Options
	forms formulas

	mu   sync.RWMutex
	docs []*prepared
	ids  map[string]int32
	// pending are the entries added since the table was built, in
	// chunks of chunkSize, so that a large run never holds a doubled
	// slice.
	pending [][]entry
	// table holds the entries by bucket: bucket j is
	// table[buckets[j]:buckets[j+1]], sorted by key, in the order the
	// documents were added for one key.
	table   []entry
	buckets []int32
	shift   uint // a key's bucket is key >> shift
}

// entry is one occurrence of a fingerprint: the top 32 bits of its hash,
// the document and the normalised offset of the n-gram. Keys that agree
// by chance only cost a comparison of the n-grams' text.
type entry struct {
	key      uint32
	doc, pos int32
}

// keyOf is the key a fingerprint hash is indexed by.
func keyOf(hash uint64) uint32 { return uint32(hash >> 32) }

// NewIndex returns an empty index. Zero K, Window and MinPassage take
// their defaults; nil Formulations means none.
func NewIndex(opts Options) *Index {
	if opts.K <= 0 {
		opts.K = DefaultK
	}
	if opts.Window <= 0 {
		opts.Window = DefaultWindow
	}
	if opts.MinPassage <= 0 {
		opts.MinPassage = DefaultMinPassage
	}
	if opts.MaxPostings <= 0 {
		opts.MaxPostings = DefaultMaxPostings
	}
	return &Index{
		opts:  opts,
		forms: compileFormulas(opts.Formulations),
		ids:   make(map[string]int32),
	}
}

// ErrDuplicate is returned by Add for an ID already in the index.
var ErrDuplicate = errors.New("similar: document already in the index")

// Add fingerprints d and adds it to the index. Adding an ID twice fails
// with ErrDuplicate.
func (ix *Index) Add(d Doc) error {
	forms := &ix.forms
	if d.Formulations != nil {
		forms = &d.Formulations.f
	}
	p := prepare(d, forms)
	fps := winnow(p, ix.opts.K, ix.opts.Window)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if _, ok := ix.ids[d.ID]; ok {
		return fmt.Errorf("%w: %s", ErrDuplicate, d.ID)
	}
	n := int32(len(ix.docs))
	ix.ids[d.ID] = n
	ix.docs = append(ix.docs, p)
	for _, f := range fps {
		last := len(ix.pending) - 1
		if last < 0 || len(ix.pending[last]) == chunkSize {
			ix.pending = append(ix.pending, make([]entry, 0, chunkSize))
			last++
		}
		ix.pending[last] = append(ix.pending[last], entry{keyOf(f.hash), n, f.pos})
	}
	return nil
}

// chunkSize is how many pending entries are allocated at a time.
const chunkSize = 1 << 14

// DefaultMaxPostings bounds the documents an index remembers per
// fingerprint (Options.MaxPostings).
// A fingerprint in more documents is a stock phrase of the genre, or a
// text copied again and again: each document still finds the first
// of them that hold it (the template among them when it was added
// first, as references are), and the work per document stays flat however
// many documents the run has. With 16, generated batches whose stock
// sentences recur in about one report in a hundred cost 1.24 times more
// CPU per report at 10k reports than at 1k (the postings fill up as the
// run grows); with 8 the cost is flat (1.03 times), and the corpus's
// copies are found the same.
const DefaultMaxPostings = 8

// build puts the pending entries into the table: a counting sort by
// bucket (stable, so that each key keeps its documents in the order they
// were added), a sort by key within each bucket, and the cut of every key
// to its first MaxPostings entries. The caller holds the write lock.
func (ix *Index) build() {
	n := len(ix.table)
	for _, c := range ix.pending {
		n += len(c)
	}
	// About four entries per bucket; at least 2^8 buckets.
	b := uint(max(8, min(24, bits.Len(uint(n/4)))))
	shift := 32 - b
	counts := make([]int32, 1<<b+1)
	each := func(f func(entry)) {
		for _, e := range ix.table {
			f(e)
		}
		for _, c := range ix.pending {
			for _, e := range c {
				f(e)
			}
		}
	}
	each(func(e entry) { counts[e.key>>shift+1]++ })
	for j := 1; j < len(counts); j++ {
		counts[j] += counts[j-1]
	}
	sorted := make([]entry, n)
	next := slices.Clone(counts[:len(counts)-1])
	each(func(e entry) {
		j := e.key >> shift
		sorted[next[j]] = e
		next[j]++
	})
	ix.pending = nil
	// Within each bucket: by key, each key cut to MaxPostings.
	out := sorted[:0]
	buckets := make([]int32, len(counts))
	for j := 0; j+1 < len(counts); j++ {
		bucket := sorted[counts[j]:counts[j+1]]
		slices.SortStableFunc(bucket, func(x, y entry) int { return cmp.Compare(x.key, y.key) })
		buckets[j] = int32(len(out))
		for i, e := range bucket {
			if i >= ix.opts.MaxPostings && bucket[i-ix.opts.MaxPostings].key == e.key {
				continue
			}
			out = append(out, e)
		}
	}
	buckets[len(buckets)-1] = int32(len(out))
	ix.table, ix.buckets, ix.shift = out, buckets, shift
}

// postings returns the entries of a fingerprint hash.
func (ix *Index) postings(hash uint64) []entry {
	key := keyOf(hash)
	j := key >> ix.shift
	bucket := ix.table[ix.buckets[j]:ix.buckets[j+1]] // a few entries, sorted by key
	i := 0
	for i < len(bucket) && bucket[i].key < key {
		i++
	}
	e := i
	for e < len(bucket) && bucket[e].key == key {
		e++
	}
	return bucket[i:e]
}

// readLocked takes the read lock with the table built.
func (ix *Index) readLocked() {
	for {
		ix.mu.RLock()
		if len(ix.pending) == 0 && ix.buckets != nil {
			return
		}
		ix.mu.RUnlock()
		ix.mu.Lock()
		if len(ix.pending) > 0 || ix.buckets == nil {
			ix.build()
		}
		ix.mu.Unlock()
	}
}

// anchor is a fingerprint shared with another document: the n-gram at a
// in the asked document and at b in the other.
type anchor struct {
	a, b int32
}

// Matches returns the other documents that share at least one passage
// with document id, the highest containment first (ties by ID), or nil
// when id is not in the index.
func (ix *Index) Matches(id string) []Match {
	ix.readLocked()
	defer ix.mu.RUnlock()
	self, ok := ix.ids[id]
	if !ok {
		return nil
	}
	d := ix.docs[self]
	if d.countable() == 0 {
		return nil
	}
	// Bucket the anchors by the other document. The fingerprints are in
	// document order, so every bucket comes out sorted by a, as match
	// needs.
	fps := winnow(d, ix.opts.K, ix.opts.Window)
	next := map[int32]int32{} // per other document: its count, then where its bucket ends
	var others []int32
	total := int32(0)
	lists := make([][]entry, len(fps))
	for i, f := range fps {
		lists[i] = ix.postings(f.hash)
		for _, p := range lists[i] {
			if p.doc != self {
				if next[p.doc] == 0 {
					others = append(others, p.doc)
				}
				next[p.doc]++
				total++
			}
		}
	}
	sum := int32(0)
	for _, o := range others {
		sum, next[o] = sum+next[o], sum
	}
	anchors := make([]anchor, total)
	for i, f := range fps {
		for _, p := range lists[i] {
			if p.doc != self {
				anchors[next[p.doc]] = anchor{f.pos, p.pos}
				next[p.doc]++
			}
		}
	}
	var out []Match
	var sc scratch
	start := int32(0)
	for _, o := range others {
		if m, ok := ix.match(d, ix.docs[o], anchors[start:next[o]], &sc); ok {
			out = append(out, m)
		}
		start = next[o]
	}
	slices.SortFunc(out, func(x, y Match) int {
		return cmp.Or(cmp.Compare(y.Containment, x.Containment), cmp.Compare(x.Other, y.Other))
	})
	return out
}
