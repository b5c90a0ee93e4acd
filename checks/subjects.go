package checks

import (
	"strings"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/match"
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
		if !overlapsAny(out, m) && !ownOfBody(pass, m) {
			out = append(out, m)
		}
	}
	return out
}

// bodyBefore: a collective noun that 自身 may belong to (支部自身建设).
var bodyBefore = match.MustCompile(`(支部|党支部|党组织|组织|班子|队伍|单位|党委|党总支|合作社|公司|学校|医院|村|社区)$`)

// ownOfBody reports whether a self word is a body's own (支部自身建设,
// 班子自身), not the writer.
func ownOfBody(pass *lint.Pass, m lint.Match) bool {
	if m.Text != "自身" || m.Start == 0 {
		return false
	}
	before := pass.Text(lint.Loc{Para: m.Para, Start: max(0, m.Start-4), End: m.Start})
	return bodyBefore.MatchString(before)
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
