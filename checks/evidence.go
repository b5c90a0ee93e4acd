package checks

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"shuzhi/dict"
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

// findEvidence returns the evidence in text, in rune offsets.
func findEvidence(pass *lint.Pass, text string) []lint.Match {
	slogans := pass.FindAnywhere(pass.Lexicon("slogans"), text)
	var out []lint.Match
	add := func(loc []int) {
		if loc[0] > 0 && strings.HasSuffix(text[:loc[0]], "第") {
			return // an ordinal: 第3次
		}
		start := utf8.RuneCountInString(text[:loc[0]])
		end := start + utf8.RuneCountInString(text[loc[0]:loc[1]])
		for _, s := range slogans {
			if s.Start < end && start < s.End {
				return
			}
		}
		out = append(out, lint.Match{Start: start, End: end, Text: text[loc[0]:loc[1]]})
	}
	for _, loc := range numberPattern(pass.Lexicon("units")).FindAllStringIndex(text, -1) {
		add(loc)
	}
	for _, loc := range chineseNumber.FindAllStringIndex(text, -1) {
		if strings.HasPrefix(text[loc[0]:], "一") && !strings.ContainsAny(text[loc[0]+len("一"):loc[1]], "一二三四五六七八九十百千两") {
			continue // a lone 一 is an article: 一项工作、一次机会
		}
		add(loc)
	}
	for _, loc := range namedCase.FindAllStringIndex(text, -1) {
		inner := strings.Trim(text[loc[0]:loc[1]], "《》“”")
		if len(pass.FindAnywhere(pass.Lexicon("slogans"), inner)) > 0 || isPolicyTerm(inner) {
			continue // a quoted policy term is vocabulary, not a case
		}
		add(loc)
	}
	return out
}

var policyTerms = sync.OnceValue(func() map[string]bool {
	terms := map[string]bool{}
	lines, _ := dict.Lines("userdict.txt")
	for _, l := range lines {
		if f := strings.Fields(l); len(f) > 0 {
			terms[f[0]] = true
		}
	}
	return terms
})

// isPolicyTerm reports whether s is a party-building term of the user
// dictionary (三会一课、主题党日 …).
func isPolicyTerm(s string) bool { return policyTerms()[s] }

// hasEvidence reports whether text holds a number with a unit or a named
// case.
func hasEvidence(pass *lint.Pass, text string) bool {
	return len(findEvidence(pass, text)) > 0
}
