package checks

import (
	"strings"
	"unicode/utf8"

	"shuzhi/lint"
)

// collectiveAfterI are the characters that turn 我 into a collective
// subject when they follow it: 我们、我县、我局、我校 ….
const collectiveAfterI = "们国省市县区镇乡村局委厅办院校单部处科司行所队站社街团厂中"

// individualSubjects returns where an extent speaks of the secretary
// himself or herself: 我 as a word of its own (not 我们、我县 …), 本人,
// 作为书记 ….
func individualSubjects(pass *lint.Pass, e lint.Extent) []lint.Match {
	var out []lint.Match
	for _, loc := range e {
		for _, t := range pass.Tokens(loc) {
			if t.Text != "我" {
				continue
			}
			if t.End < loc.End {
				next, _ := utf8.DecodeRuneInString(pass.Text(lint.Loc{Para: loc.Para, Start: t.End, End: t.End + 1}))
				if strings.ContainsRune(collectiveAfterI, next) {
					continue
				}
			}
			out = append(out, lint.Match{Loc: lint.Loc{Para: loc.Para, Start: t.Start, End: t.End}, Text: t.Text})
		}
	}
	for _, m := range pass.Find(pass.Lexicon("subjects-self"), e) {
		if !overlapsAny(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// overlapsAny reports whether m overlaps one of ms.
func overlapsAny(ms []lint.Match, m lint.Match) bool {
	for _, o := range ms {
		if o.Para == m.Para && o.Start < m.End && m.Start < o.End {
			return true
		}
	}
	return false
}
