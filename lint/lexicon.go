package lint

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"shuzhi/dict"
	"shuzhi/lint/seg"
)

// Lexicon is a list of phrases from dict/ (plus the profile's additions),
// matched on word boundaries. A phrase may hold "…", which stands for up to
// gapRunes runes of any text ("把…摆在…位置").
type Lexicon struct {
	Name   string
	plain  []string
	gapped []*regexp.Regexp
}

// gapRunes is how much text "…" in a lexicon phrase may stand for.
const gapRunes = 12

// Phrases returns the phrases without a gap, longest first.
func (l *Lexicon) Phrases() []string {
	out := append([]string(nil), l.plain...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func newLexicon(name string, phrases []string) (*Lexicon, error) {
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
		re, err := regexp.Compile(strings.Join(parts, fmt.Sprintf("[^。！？；]{0,%d}?", gapRunes)))
		if err != nil {
			return nil, fmt.Errorf("dict/%s.txt: %q: %v", name, ph, err)
		}
		l.gapped = append(l.gapped, re)
	}
	return l, nil
}

var lexiconCache sync.Map // name + additions → *Lexicon

// LoadLexicon returns the lexicon dict/NAME.txt with extra phrases added.
func LoadLexicon(name string, extra []string) (*Lexicon, error) {
	key := name + "\x00" + strings.Join(extra, "\x00")
	if l, ok := lexiconCache.Load(key); ok {
		return l.(*Lexicon), nil
	}
	lines, err := dict.Lines(name + ".txt")
	if err != nil {
		return nil, fmt.Errorf("未知的词表 %q", name)
	}
	l, err := newLexicon(name, append(lines, extra...))
	if err != nil {
		return nil, err
	}
	lexiconCache.Store(key, l)
	return l, nil
}

// Match is a lexicon phrase found in a text, in rune offsets.
type Match struct {
	Start, End int
	Text       string
}

// Lexicon returns a lexicon with the profile's additions. A missing lexicon
// is a programming error in a check, caught by the tests: it panics.
func (p *Pass) Lexicon(name string) *Lexicon {
	l, err := LoadLexicon(name, p.Profile.Lexicon[name])
	if err != nil {
		panic("lint: " + err.Error())
	}
	return l
}

// FindAnywhere returns the occurrences of a lexicon's phrases in text
// wherever they stand, word boundaries or not: for set phrases (slogans)
// that segmentation may have joined with their neighbours.
func (p *Pass) FindAnywhere(l *Lexicon, text string) []Match {
	return findIn(l, text, nil)
}

// Find returns the non-overlapping occurrences of a lexicon's phrases in
// text that start and end on word boundaries, in text order.
func (p *Pass) Find(l *Lexicon, text string) []Match {
	return findIn(l, text, p.boundaries(text))
}

// findIn finds a lexicon's phrases in text; when bounds is not nil, a
// match must start and end where bounds is true.
func findIn(l *Lexicon, text string, bounds []bool) []Match {
	var out []Match
	taken := make([]bool, len(text)+1)
	add := func(bs, be int) {
		if bounds != nil && (!bounds[bs] || !bounds[be]) {
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
		start := utf8.RuneCountInString(text[:bs])
		out = append(out, Match{Start: start, End: start + utf8.RuneCountInString(text[bs:be]), Text: text[bs:be]})
	}
	for _, ph := range l.plain {
		for from := 0; ; {
			i := strings.Index(text[from:], ph)
			if i < 0 {
				break
			}
			add(from+i, from+i+len(ph))
			from += i + len(ph)
		}
	}
	for _, re := range l.gapped {
		for _, loc := range re.FindAllStringIndex(text, -1) {
			add(loc[0], loc[1])
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// Has reports whether text contains a phrase of the lexicon.
func (p *Pass) Has(l *Lexicon, text string) bool { return len(p.Find(l, text)) > 0 }

// Tokens returns the words of text, cut once per text and document.
func (p *Pass) Tokens(text string) []seg.Token {
	if t, ok := p.facts.tokens[text]; ok {
		return t
	}
	var toks []seg.Token
	if s, err := seg.Default(); err == nil {
		toks = s.Cut(text)
	} else {
		// Without a segmenter every rune is a word: phrases still match,
		// only without the word-boundary test.
		i := 0
		for _, r := range text {
			toks = append(toks, seg.Token{Text: string(r), Start: i, End: i + 1})
			i++
		}
	}
	if p.facts.tokens == nil {
		p.facts.tokens = map[string][]seg.Token{}
	}
	p.facts.tokens[text] = toks
	return toks
}

// boundaries marks the byte offsets of text where a word starts or ends.
func (p *Pass) boundaries(text string) []bool {
	b := make([]bool, len(text)+1)
	b[0], b[len(text)] = true, true
	off := 0
	for _, t := range p.Tokens(text) {
		b[off] = true
		off += len(t.Text)
		if off <= len(text) {
			b[off] = true
		}
	}
	return b
}

// Patterns returns the dict/NAME.txt lines compiled as RE2 regular
// expressions (for pattern lexicons such as the deadlines of measures),
// with the profile's additions, compiled once.
func (p *Pass) Patterns(name string) []*regexp.Regexp {
	key := name + "\x00" + strings.Join(p.Profile.Lexicon[name], "\x00")
	if v, ok := patternCache.Load(key); ok {
		return v.([]*regexp.Regexp)
	}
	lines, err := dict.Lines(name + ".txt")
	if err != nil {
		panic("lint: 未知的词表 " + name)
	}
	var res []*regexp.Regexp
	for _, l := range append(lines, p.Profile.Lexicon[name]...) {
		// Profile.Validate has compiled the additions already.
		res = append(res, regexp.MustCompile(l))
	}
	patternCache.Store(key, res)
	return res
}

var patternCache sync.Map // name + additions → []*regexp.Regexp

// MatchesAny reports whether one of the patterns matches text.
func MatchesAny(res []*regexp.Regexp, text string) bool {
	for _, re := range res {
		if re.MatchString(text) {
			return true
		}
	}
	return false
}

// isPatternLexicon reports whether dict/NAME.txt holds RE2 patterns rather
// than phrases: its header comment says "RE2".
func isPatternLexicon(name string) bool {
	data, err := dict.FS.ReadFile(name + ".txt")
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "#") {
			return false
		}
		if strings.Contains(line, "RE2") {
			return true
		}
	}
	return false
}
