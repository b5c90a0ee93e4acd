package checks

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"shuzhi/lint"
)

// Evidence is what 用数据、事例说话 asks for: numbers with a unit or measure
// word ("12次", "35名", "90%") and named cases (《…》 titles, quoted names of
// projects and brands such as “红色物业”). Years, dates, ordinals, heading
// numbers and slogans with numerals (三会一课、四个意识) are not evidence.

// chineseUnits are the units a Chinese numeral must carry to count: the
// plain measure word 个 is left out, since "三个方面" is structure, not data.
const chineseUnits = `名|户|次|场|期|篇|项|件|家|所|座|处|批|人次|人|万元|元|亩`

var (
	numberPatterns sync.Map // *lint.Lexicon (units) → *regexp.Regexp
	chineseNumber  = regexp.MustCompile(`[一二三四五六七八九十百千两]+(余|多)?(` + chineseUnits + `)`)
	// namedCase: a title, or a quoted name of three or more characters (a
	// quoted pair of characters is a slogan: “三农”).
	namedCase = regexp.MustCompile(`《[^》]{2,40}》|“[^”]{3,12}”`)
)

// numberPattern returns the pattern of Arabic numbers with a unit of the
// units lexicon.
func numberPattern(units *lint.Lexicon) *regexp.Regexp {
	if re, ok := numberPatterns.Load(units); ok {
		return re.(*regexp.Regexp)
	}
	var alts []string
	for _, u := range units.Phrases() {
		alts = append(alts, regexp.QuoteMeta(u))
	}
	re := regexp.MustCompile(`[0-9０-９]+([.．][0-9０-９]+)?(余|多)?(` + strings.Join(alts, "|") + `)`)
	numberPatterns.Store(units, re)
	return re
}

// findEvidence returns the evidence in an extent.
func findEvidence(pass *lint.Pass, e lint.Extent) []lint.Match {
	var out []lint.Match
	for _, loc := range e {
		out = append(out, evidenceIn(pass, loc)...)
	}
	return out
}

// evidenceIn returns the evidence in one location.
func evidenceIn(pass *lint.Pass, loc lint.Loc) []lint.Match {
	text := pass.Text(loc)
	slogans := pass.FindAnywhere(pass.Lexicon("slogans"), lint.Extent{loc})
	var out []lint.Match
	add := func(b [2]int) {
		if b[0] > 0 && strings.HasSuffix(text[:b[0]], "第") {
			return // an ordinal: 第3次
		}
		start := loc.Start + utf8.RuneCountInString(text[:b[0]])
		end := start + utf8.RuneCountInString(text[b[0]:b[1]])
		for _, s := range slogans {
			if s.Start < end && start < s.End {
				return
			}
		}
		out = append(out, lint.Match{Loc: lint.Loc{Para: loc.Para, Start: start, End: end}, Text: text[b[0]:b[1]]})
	}
	for _, b := range numberPattern(pass.Lexicon("units")).FindAllStringIndex(text, -1) {
		add([2]int{b[0], b[1]})
	}
	for _, b := range chineseNumber.FindAllStringIndex(text, -1) {
		if strings.HasPrefix(text[b[0]:], "一") && !strings.ContainsAny(text[b[0]+len("一"):b[1]], "一二三四五六七八九十百千两") {
			continue // a lone 一 is an article: 一项工作、一次机会
		}
		add([2]int{b[0], b[1]})
	}
	slogansLex := pass.Lexicon("slogans")
	for _, b := range namedCase.FindAllStringIndex(text, -1) {
		inner := strings.Trim(text[b[0]:b[1]], "《》“”")
		if slogansLex.ContainsAnywhere(inner) || isPolicyTerm(pass, inner) {
			continue // a quoted policy term is vocabulary, not a case
		}
		add([2]int{b[0], b[1]})
	}
	return out
}

// isPolicyTerm reports whether s is a party-building term of the user
// dictionary (三会一课、主题党日 …).
func isPolicyTerm(pass *lint.Pass, s string) bool {
	terms := pass.Profile.Lexicons.Derived("policy-terms", func(set *lint.Lexicons) any {
		terms := map[string]bool{}
		for _, l := range set.Entries("userdict") {
			if f := strings.Fields(l); len(f) > 0 {
				terms[f[0]] = true
			}
		}
		return terms
	}).(map[string]bool)
	return terms[s]
}

// hasEvidence reports whether an extent holds a number with a unit or a
// named case.
func hasEvidence(pass *lint.Pass, e lint.Extent) bool {
	return len(findEvidence(pass, e)) > 0
}
