package checks

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// Evidence is what 用数据、事例说话 asks for: numbers with a unit or measure
// word ("12次", "35名", "90%", 三十二户), named cases (《…》 titles, quoted
// names of projects and brands such as “红色物业”) and named people
// (王德顺大爷). Years, dates, ordinals, heading numbers,
// slogans with numerals (三会一课、四个意识) and quoted slogans
// (“舍小家为大家”) are not evidence.

// chineseUnits are the units a Chinese numeral must carry to count: the
// plain measure word 个 is left out, since "三个方面" is structure, not data.
const chineseUnits = `名|户|次|场|期|篇|项|件|家|所|座|处|批|人次|人|万元|元|亩`

var (
	numberPatterns sync.Map // *lint.Lexicon (units) → *match.Regexp
	chineseNumber  = match.MustCompile(`[一二三四五六七八九十百千两]+(余|多)?(` + chineseUnits + `)`)
	// namedCase: a title, or a quoted name of three or more characters (a
	// quoted pair of characters is a slogan: “三农”).
	namedCase = match.MustCompile(`《[^》]{2,40}》|“[^”]{3,12}”`)
)

var (
	// namedPerson: a person named with a common surname and a familiar
	// form of address (王德顺大爷、李桂兰奶奶、张师傅).
	namedPerson = match.MustCompile(`[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤][\p{Han}]{1,2}(大爷|大妈|大娘|奶奶|爷爷|师傅|阿姨)`)
	// sloganWords make a quoted phrase a slogan (“舍小家为大家”, “让群众少跑腿”)
	// unless it ends in a name's noun (“为民服务站”).
	sloganWords  = match.MustCompile(`[为把让使要不]`)
	namingEnding = match.MustCompile(`(行动|工程|驿站|代办|服务队|队|站|岗|屋|园|课堂|讲堂|学堂|计划|项目|品牌|联盟|超市|积分|清单|台账|模式|机制|中心|小组|基地|平台|书屋|食堂|群|卡|榜|奖|赛|节|会|日|号|室|馆|所|院|厅|窗口|热线)$`)
)

// studyText: the title of a text the party studies, not the writer's own
// case (《中国共产党纪律处分条例》、《习近平谈治国理政》、《……论述摘编》).
var studyText = match.MustCompile(`^(中国共产党|习近平|中华人民共和国|毛泽东|邓小平|党章)|(选编|文选|摘编|读本|纲要|问答)$`)

// sloganLike reports whether a quoted phrase reads as a slogan rather
// than the name of a project or a case.
func sloganLike(s string) bool {
	if strings.ContainsAny(s, "，,、") {
		return true
	}
	return utf8.RuneCountInString(s) >= 5 && sloganWords.MatchString(s) && !namingEnding.MatchString(s)
}

// numberPattern returns the pattern of Arabic numbers with a unit of the
// units lexicon.
func numberPattern(units *lint.Lexicon) *match.Regexp {
	if re, ok := numberPatterns.Load(units); ok {
		return re.(*match.Regexp)
	}
	var alts []string
	for _, u := range units.Phrases() {
		alts = append(alts, regexp.QuoteMeta(u))
	}
	re := match.MustCompile(`[0-9０-９]+([.．][0-9０-９]+)?(余|多)?(` + strings.Join(alts, "|") + `)`)
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
	for _, b := range namedPerson.FindAllStringIndex(text, -1) {
		add([2]int{b[0], b[1]})
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
		if slogansLex.ContainsAnywhere(inner) || isPolicyTerm(pass, inner) || sloganLike(inner) || studyText.MatchString(inner) {
			continue // a quoted policy term, slogan or text studied is vocabulary, not a case
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
