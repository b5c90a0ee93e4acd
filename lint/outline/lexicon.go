package outline

import (
	"fmt"
	"strings"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// lexicons are the phrase lists and cue patterns of dict/ that the outline
// uses, loaded once.
type lexicons struct {
	headings []roleLexicon // heading phrases per role, in report order
	themes   []themeLexicon
	// cues are matched at a sentence start, in this order of precedence.
	closing, followup, causes, measures, problems *match.Set
	opening, salutation                           *match.Set
	// others names others as the subject of a problem (部分党员、有的支部):
	// shortcomings of others are problems too, when no 我 owns them.
	others *match.Set
}

type roleLexicon struct {
	role    lint.Role
	phrases []string
}

type themeLexicon struct {
	theme   lint.Theme
	phrases []string
}

// lexiconsOf returns the outline's lexicons compiled from a profile's
// set, once per set: additions a config makes to heading-*, theme-* and
// cue-* take effect here.
func lexiconsOf(set *lint.Lexicons) (*lexicons, error) {
	type built struct {
		l   *lexicons
		err error
	}
	b := set.Derived("outline", func(set *lint.Lexicons) any {
		l, err := readLexicons(set)
		return built{l, err}
	}).(built)
	return b.l, b.err
}

func readLexicons(set *lint.Lexicons) (*lexicons, error) {
	l := &lexicons{}
	for _, r := range []lint.Role{lint.RoleFollowup, lint.RoleAchievements, lint.RoleProblems, lint.RoleCauses, lint.RoleMeasures} {
		l.headings = append(l.headings, roleLexicon{role: r, phrases: set.Entries("heading-" + string(r))})
	}
	for _, t := range []lint.Theme{lint.ThemePartyBuilding, lint.ThemeIntegrity, lint.ThemeIdeology} {
		l.themes = append(l.themes, themeLexicon{theme: t, phrases: set.Entries("theme-" + string(t))})
	}
	for name, dst := range map[string]**match.Set{
		"closing": &l.closing, "followup": &l.followup, "causes": &l.causes, "measures": &l.measures,
		"problems": &l.problems, "opening": &l.opening, "salutation": &l.salutation,
	} {
		res, err := compileLines("cue-"+name, set.Entries("cue-"+name))
		if err != nil {
			return nil, err
		}
		*dst = match.NewSet(res)
	}
	l.others = set.Patterns("subjects-others")
	return l, nil
}

func compileLines(name string, lines []string) ([]*match.Regexp, error) {
	out := make([]*match.Regexp, 0, len(lines))
	for _, l := range lines {
		c, err := match.Compile(l)
		if err != nil {
			return nil, fmt.Errorf("词表 %s：%q：%v", name, l, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// headingRoles returns the roles a heading text names, in the order they
// appear in it ("存在的问题及原因" → problems, causes). A match inside a
// longer match of another role does not count ("问题整改落实情况" is a
// follow-up heading, not an achievements one).
func (l *lexicons) headingRoles(text string) []lint.Role {
	type hit struct {
		role       lint.Role
		start, end int
	}
	var hits []hit
	for _, rl := range l.headings {
		best := hit{start: -1}
		for _, p := range rl.phrases {
			if i := strings.Index(text, p); i >= 0 && (best.start < 0 || i < best.start || (i == best.start && i+len(p) > best.end)) {
				best = hit{rl.role, i, i + len(p)}
			}
		}
		if best.start >= 0 {
			hits = append(hits, best)
		}
	}
	var roles []lint.Role
	var starts []int
	for i, h := range hits {
		inside := false
		for j, o := range hits {
			if i != j && o.start <= h.start && h.end <= o.end && o.end-o.start > h.end-h.start {
				inside = true
			}
		}
		if inside {
			continue
		}
		k := len(roles)
		for k > 0 && starts[k-1] > h.start {
			k--
		}
		roles = append(roles[:k], append([]lint.Role{h.role}, roles[k:]...)...)
		starts = append(starts[:k], append([]int{h.start}, starts[k:]...)...)
	}
	return roles
}

// headingOrKeywordRoles is headingRoles, falling back on the words that
// name a part (keywordRole) when no phrase does.
func (l *lexicons) headingOrKeywordRoles(text string) []lint.Role {
	if headingWhy.MatchString(text) && !titleWords.MatchString(text) {
		return []lint.Role{lint.RoleCauses}
	}
	if remedyHeading.MatchString(text) {
		return []lint.Role{lint.RoleMeasures} // 聚焦短板弱项，排定来年攻坚清单
	}
	if roles := l.headingRoles(text); len(roles) > 0 {
		return roles
	}
	if r := keywordRole(text); r != "" {
		return []lint.Role{r}
	}
	return nil
}

// headingTheme returns the theme a heading names, or ThemeNone.
func (l *lexicons) headingTheme(text string) lint.Theme {
	for _, tl := range l.themes {
		for _, p := range tl.phrases {
			if strings.Contains(text, p) {
				return tl.theme
			}
		}
	}
	return lint.ThemeNone
}
