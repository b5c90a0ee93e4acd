package match

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Regexp is a compiled RE2 regular expression with a cheap necessary
// condition: every match contains one of a few literals, found by an
// automaton in one pass. On a text that holds none of them the engine is
// not run at all; results are always those of package regexp. An
// expression from MustCompile is checked at once and compiled on first
// use, so that commands that never use it (rules, explain, profiles) do
// not pay for it.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	lits []string     // one of them is in every match; nil: none is known
	need []*Automaton // each finds one set of literals every match holds one of
}

// Compile parses a regular expression as regexp.Compile does and works
// out the literals its matches need.
func Compile(expr string) (*Regexp, error) {
	if _, err := regexp.Compile(expr); err != nil {
		return nil, err
	}
	out := &Regexp{expr: expr}
	out.compile()
	return out, nil
}

// MustCompile is Compile that panics on a bad expression, for the
// patterns written in the code; the expression is parsed at once and
// compiled when first used.
func MustCompile(expr string) *Regexp {
	if _, err := syntax.Parse(expr, syntax.Perl); err != nil {
		panic("match: " + err.Error())
	}
	return &Regexp{expr: expr}
}

// compile compiles the expression and its literals, once.
func (re *Regexp) compile() {
	re.once.Do(func() {
		re.re = regexp.MustCompile(re.expr)
		if tree, err := syntax.Parse(re.expr, syntax.Perl); err == nil {
			conds := conditions(tree)
			if len(conds) > 0 {
				re.lits = conds[0]
			}
			for _, c := range conds[:min(len(conds), maxConditions)] {
				re.need = append(re.need, NewAutomaton(c))
			}
		}
	})
}

// Engine returns the compiled expression of package regexp.
func (re *Regexp) Engine() *regexp.Regexp {
	re.compile()
	return re.re
}

// String returns the source text of the expression.
func (re *Regexp) String() string { return re.expr }

// Possible reports whether s holds, for each set of literals every match
// needs one of, one of them: false means the expression cannot match s.
func (re *Regexp) Possible(s string) bool {
	re.compile()
	for _, a := range re.need {
		if !a.Contains(s) {
			return false
		}
	}
	return true
}

// MatchString reports whether s contains a match.
func (re *Regexp) MatchString(s string) bool { return re.Possible(s) && re.re.MatchString(s) }

// FindStringIndex returns the byte offsets of the leftmost match, nil for
// none.
func (re *Regexp) FindStringIndex(s string) []int {
	if !re.Possible(s) {
		return nil
	}
	return re.re.FindStringIndex(s)
}

// FindStringSubmatch returns the leftmost match and its groups, nil for
// none.
func (re *Regexp) FindStringSubmatch(s string) []string {
	if !re.Possible(s) {
		return nil
	}
	return re.re.FindStringSubmatch(s)
}

// FindStringSubmatchIndex returns the offsets of the leftmost match and
// its groups, nil for none.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	if !re.Possible(s) {
		return nil
	}
	return re.re.FindStringSubmatchIndex(s)
}

// FindAllStringIndex returns the offsets of up to n matches.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !re.Possible(s) {
		return nil
	}
	return re.re.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch returns up to n matches with their groups.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !re.Possible(s) {
		return nil
	}
	return re.re.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex returns the offsets of up to n matches and
// their groups.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !re.Possible(s) {
		return nil
	}
	return re.re.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString replaces every match with repl ($1 expands a group).
func (re *Regexp) ReplaceAllString(s, repl string) string {
	if !re.Possible(s) {
		return s
	}
	return re.re.ReplaceAllString(s, repl)
}

// maxClassRunes bounds the character classes turned into alternatives.
const maxClassRunes = 20 // [0-9０-９]

// maxExact bounds the sets of strings worked out for a part of an
// expression.
const maxExact = 64

// maxConditions bounds the sets of literals a text is checked for.
const maxConditions = 2

// Required returns strings one of which every match of re contains, or
// nil when it cannot tell. It is conservative: a wrong nil only costs
// time, never a missed match.
func Required(re *syntax.Regexp) []string {
	if conds := conditions(re); len(conds) > 0 {
		return conds[0]
	}
	return nil
}

// conditions returns sets of strings such that every match of re holds
// one string of each set, the strongest first (see better); none when it
// cannot tell. The parts of a concatenation each give theirs: a number
// needs a digit and a unit (\d+名).
func conditions(re *syntax.Regexp) [][]string {
	if set, ok := exact(re); ok {
		if set = useful(set); set != nil {
			return [][]string{set}
		}
		return nil
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return conditions(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return conditions(re.Sub[0])
		}
	case syntax.OpConcat:
		return conditionsOfConcat(re.Sub)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			r := Required(sub)
			if r == nil {
				return nil
			}
			out = append(out, r...)
		}
		return [][]string{minimal(out)}
	}
	return nil
}

// conditionsOfConcat gathers the conditions of the runs of consecutive
// parts whose strings are known (multiplied out while few) and of the
// other parts, strongest first.
func conditionsOfConcat(subs []*syntax.Regexp) [][]string {
	var out [][]string
	consider := func(set []string) {
		if set = useful(set); set != nil {
			out = append(out, set)
		}
	}
	run := []string{""}
	for _, sub := range subs {
		set, ok := exact(sub)
		if !ok {
			consider(run)
			run = []string{""}
			out = append(out, conditions(sub)...)
			continue
		}
		if next, ok := product(run, set); ok {
			run = next
		} else {
			consider(run)
			run = set
		}
	}
	consider(run)
	sort.SliceStable(out, func(i, j int) bool { return better(out[i], out[j]) })
	return out
}

// better reports whether a is a stronger condition than b: a longer
// shortest string, or as long with fewer strings.
func better(a, b []string) bool {
	sa, sb := shortest(a), shortest(b)
	return sa > sb || sa == sb && len(a) < len(b)
}

// exact returns every string re can match, when they are at most maxExact.
func exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxClassRunes || !utf8.ValidRune(r) {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		set, ok := exact(re.Sub[0])
		if !ok || len(set) == maxExact {
			return nil, false
		}
		return append([]string{""}, set...), true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			set, ok := exact(sub)
			if !ok || len(out)+len(set) > maxExact {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			set, ok := exact(sub)
			if !ok {
				return nil, false
			}
			if out, ok = product(out, set); !ok {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// product returns every a+b, when they are at most maxExact.
func product(as, bs []string) ([]string, bool) {
	if len(as)*len(bs) > maxExact {
		return nil, false
	}
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+b)
		}
	}
	return out, true
}

// useful returns the set as a condition, or nil when it holds the empty
// string (which every text contains).
func useful(set []string) []string {
	if len(set) == 0 || shortest(set) == 0 {
		return nil
	}
	return minimal(set)
}

// minimal drops the strings that contain another string of the set: a
// text holding the longer one holds the shorter.
func minimal(set []string) []string {
	var out []string
	for i, s := range set {
		keep := true
		for j, t := range set {
			if i != j && len(t) <= len(s) && strings.Contains(s, t) && (len(t) < len(s) || j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, s)
		}
	}
	return out
}

// shortest is the length in bytes of the shortest string of ss, 0 for none.
func shortest(ss []string) int {
	n := 0
	for i, s := range ss {
		if i == 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}
