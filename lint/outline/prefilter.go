package outline

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// cue is a cue pattern with a cheap necessary condition: every match of
// the pattern contains one of the strings of need (nil: no condition is
// known). Most sentences contain none of them and skip the regexp.
type cue struct {
	re   *regexp.Regexp
	need []string
}

func newCue(pattern string) (cue, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return cue{}, err
	}
	c := cue{re: re}
	if tree, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		c.need = required(tree)
	}
	return c, nil
}

// match reports whether the cue matches s.
func (c cue) match(s string) bool {
	if c.need != nil && !containsAny(s, c.need) {
		return false
	}
	return c.re.MatchString(s)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// maxClassRunes bounds the character classes turned into alternatives.
const maxClassRunes = 16

// required returns strings one of which every match of re contains, or
// nil when it cannot tell. It is conservative: a wrong nil only costs
// time, never a missed match.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxClassRunes || !utf8.ValidRune(r) {
					return nil
				}
				out = append(out, string(r))
			}
		}
		return out
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if r := required(sub); r != nil && shortest(r) > shortest(best) {
				best = r
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			r := required(sub)
			if r == nil {
				return nil
			}
			out = append(out, r...)
		}
		return out
	}
	return nil
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
