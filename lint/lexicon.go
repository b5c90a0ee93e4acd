package lint

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"shuzhi/lint/match"
)

// Lexicons are the named phrase lists and pattern lists a profile matches
// with: the lexicons of dict/ plus the profile's additions. Phrase lists
// are compiled into a Lexicon and pattern lists (RE2) into regular
// expressions on first use, once per set; a set is safe for concurrent use.
type Lexicons struct {
	entries  map[string][]string
	patterns map[string]bool

	mu       sync.Mutex
	phrases  map[string]*Lexicon
	compiled map[string]*match.Set
	derived  map[string]any
}

// NewLexicons returns a set of lexicons: entries by name, and the names
// whose entries are RE2 patterns rather than phrases. Patterns must compile
// (package config checks them).
func NewLexicons(entries map[string][]string, patterns map[string]bool) *Lexicons {
	return &Lexicons{entries: entries, patterns: patterns,
		phrases: map[string]*Lexicon{}, compiled: map[string]*match.Set{}, derived: map[string]any{}}
}

// Entries returns the entries of a lexicon; an unknown name is a
// programming error (a check or the outline naming a lexicon dict/ lacks)
// and panics.
func (s *Lexicons) Entries(name string) []string {
	e, ok := s.entries[name]
	if !ok {
		panic("lint: unknown lexicon " + name)
	}
	return e
}

// Phrases returns a phrase lexicon compiled for matching.
func (s *Lexicons) Phrases(name string) *Lexicon {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l, ok := s.phrases[name]; ok {
		return l
	}
	l := newLexicon(name, s.Entries(name))
	s.phrases[name] = l
	return l
}

// Patterns returns a pattern lexicon's entries compiled as RE2 regular
// expressions, as a set matched in one pass.
func (s *Lexicons) Patterns(name string) *match.Set {
	s.mu.Lock()
	defer s.mu.Unlock()
	if res, ok := s.compiled[name]; ok {
		return res
	}
	var res []*match.Regexp
	for _, e := range s.Entries(name) {
		res = append(res, match.MustCompile(e))
	}
	set := match.NewSet(res)
	s.compiled[name] = set
	return set
}

// Derived returns what build makes of the set, made once per set and key:
// the outline keeps its compiled cues here, so that a profile with
// additions gets cues of its own.
func (s *Lexicons) Derived(key string, build func(*Lexicons) any) any {
	s.mu.Lock()
	v, ok := s.derived[key]
	s.mu.Unlock()
	if ok {
		return v
	}
	v = build(s)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.derived[key]; ok {
		return old
	}
	s.derived[key] = v
	return v
}

// Lexicon is a list of phrases matched on word boundaries. A phrase may
// hold "…", which stands for up to gapRunes runes of any text
// ("把…摆在…位置").
type Lexicon struct {
	Name   string
	plain  []string
	auto   *match.Automaton // finds the plain phrases
	gapped []*match.Regexp
}

// gapRunes is how much text "…" in a lexicon phrase may stand for.
const gapRunes = 12

// Phrases returns the phrases without a gap, longest first.
func (l *Lexicon) Phrases() []string {
	out := append([]string(nil), l.plain...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func newLexicon(name string, phrases []string) *Lexicon {
	l := &Lexicon{Name: name}
	seen := map[string]bool{}
	for _, ph := range phrases {
		ph = strings.TrimSpace(ph)
		if ph == "" || seen[ph] {
			continue
		}
		seen[ph] = true
		if !strings.Contains(ph, "…") {
			l.plain = append(l.plain, ph)
			continue
		}
		parts := strings.Split(ph, "…")
		for i, pt := range parts {
			parts[i] = regexp.QuoteMeta(pt)
		}
		// Quoted literals and a bounded class always compile.
		l.gapped = append(l.gapped, match.MustCompile(strings.Join(parts, fmt.Sprintf("[^。！？；]{0,%d}?", gapRunes))))
	}
	l.auto = match.NewAutomaton(l.plain)
	return l
}

// Match is a lexicon phrase found in a document, in rune offsets of its
// paragraph.
type Match struct {
	Loc
	Text string
}

// findIn finds a lexicon's phrases in text, non-overlapping, in text
// order, as byte offsets; when bounds is not nil, a match must start and
// end where bounds is true or at an end of text (bounds has len(text)+1
// entries). Phrases take precedence in their lexicon's order, and each
// phrase's occurrences are taken from the left, without overlapping each
// other.
func findIn(l *Lexicon, text string, bounds []bool) [][2]int {
	type occurrence struct{ phrase, start, end int }
	var found []occurrence
	l.auto.Each(text, func(phrase, start, end int) bool {
		found = append(found, occurrence{phrase, start, end})
		return true
	})
	var gapped [][]int
	for _, re := range l.gapped {
		gapped = append(gapped, re.FindAllStringIndex(text, -1)...)
	}
	if len(found) == 0 && len(gapped) == 0 {
		return nil
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].phrase != found[j].phrase {
			return found[i].phrase < found[j].phrase
		}
		return found[i].start < found[j].start
	})
	var out [][2]int
	taken := make([]bool, len(text)+1)
	atBound := func(b int) bool { return bounds == nil || b == 0 || b == len(text) || bounds[b] }
	add := func(bs, be int) {
		if !atBound(bs) || !atBound(be) {
			return
		}
		for b := bs; b < be; b++ {
			if taken[b] {
				return
			}
		}
		for b := bs; b < be; b++ {
			taken[b] = true
		}
		out = append(out, [2]int{bs, be})
	}
	lastPhrase, lastEnd := -1, 0
	for _, o := range found {
		if o.phrase == lastPhrase && o.start < lastEnd {
			continue // overlaps the phrase's previous occurrence
		}
		lastPhrase, lastEnd = o.phrase, o.end
		add(o.start, o.end)
	}
	for _, loc := range gapped {
		add(loc[0], loc[1])
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// ContainsAnywhere reports whether text holds one of the phrases, word
// boundaries or not.
func (l *Lexicon) ContainsAnywhere(text string) bool { return len(findIn(l, text, nil)) > 0 }
