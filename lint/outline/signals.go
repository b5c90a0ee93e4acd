package outline

import (
	"fmt"

	"strconv"
	"strings"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// Beyond the cue patterns of dict/cue-*.txt, which know the set phrases
// of formal reports, a part is often opened by a plain sentence that names
// it by its vocabulary: 再说我自己的问题。/ 问题出在哪？/ 明年打算这么干。/
// 事情是干了一些，但毛病也不少。 Such a transition opens its paragraph, is
// short, and speaks of a part (the problems, their causes, next year's
// plans) without reporting work done. The signals below are general
// classes of words, not sentences of any report; they apply only where no
// cue pattern did, only at the start of a paragraph, and only forward in
// the order of a report (成绩 → 问题 → 原因 → 措施), so that a topic
// sentence inside a part never sends the outline back.

// maxTransition bounds, in runes, where in its sentence the word that
// names a part may stand.
const maxTransition = 30

var (
	// causeSignal: a sentence about why — the causes' nouns, a question
	// why, or where a problem comes from. (问题主要出在我身上 alone says
	// whose the problems are, which opens them, not their causes.)
	causeSignal = match.MustCompile(`原因|根源|(^|[^命])根子|症结|病根|(为什么|为啥|怎么)会(出|产生|出现|发生|存在)|(为什么|为啥|怎么会|何以)[^。！？]*[？?]|^(为什么|为啥|怎么会)(会)?(这样|如此|这么)|(怎么|咋|如何)(来的|造成的|产生的|形成的)|出在(哪|什么)|(根|原因|症结|病根)[^。！？]{0,12}出在(我|自己|本人)|(这些|上述|以上|上面的?)问题[，,]?(客观上|主观上)|(这些|上述|以上|上面的?)(问题|不足|毛病)[^。！？]{0,8}(出在|源于|在于|归根|说到底)|^(客观上|主观上)`)
	// measureSignal: a sentence about next year, with a will or a plan.
	// A year alone opens the measures only when it is later than the
	// report's (yearSignal).
	measureSignal = match.MustCompile(`^[^。！？]{0,8}(明年|来年|新的一年|新一年|下一步|下步|今后|接下来|下阶段|下一阶段)[，,]?(我|本人|支部|我们|党支部|党委)?(将|要|打算|准备|计划|决心|力争|着力|重点|从|针对|给自己|就得|必须)|^[^。！？]{0,8}(今年|20\d\d年)[，,]?(我|本人|支部|我们|党支部|党委)?(打算|准备|计划|将|决心|力争)|针对(上述|以上|这些|上面|前面|查摆|存在)[^。！？]{0,12}(问题|不足)[^。！？]{0,8}(将|要|打算|准备|定了|制定|从|重点)|(打算|准备|计划)(这么|这样|如下|从以下)|(说说|谈谈|讲讲|说|谈|讲)[^。！？]{0,4}(明年|来年|下一步|今后|新一年|新的一年)[^。！？]{0,3}(打算|计划|安排|思路|措施|怎么)|^[^。！？]{0,6}(明年|来年|下一步|下步|今后|往后|以后|新的一年|新一年|接下来)[^。！？]{0,6}(怎么|怎样|咋|如何)(干|办|做|弄|改|抓|走)|^[^。！？]{0,6}(明年|来年|下一步|今后|往后|新的一年|接下来)[^。！？]{0,4}(干什么|做什么|干啥)`)
	// yearSignal: a sentence opening with a year and a subject's plan
	// ("2026年，我从以下几个方面……"), measures when the year is later
	// than the report's.
	yearSignal = match.MustCompile(`^[^。！？]{0,4}(20\d\d)年[，,]?(我|本人|支部|我们|党支部|党委)?(从|重点|着力|针对|要|一是|首先|第一)`)
	// problemSignal: a sentence that says problems exist or turns to them
	// (再掏心窝子讲讲没干好的),
	// or that announces how many it has found (问题主要在我身上，我梳理了三条).
	problemSignal = match.MustCompile(`(还|仍|也|依然|仍然|确实)?(存在|有)(着)?[^。！？]{0,10}(问题|不足|差距|短板|弱项|毛病|欠缺)|(问题|不足|差距|短板|毛病|欠缺)[^。！？]{0,4}(也|还|确实)?(不少|很多|较多|明显|突出|不小)|(说|讲|谈|谈谈|说说|讲讲|看看|亮亮|亮一亮|晒晒|摆摆|找找|查查)[^。！？]{0,6}(问题|不足|毛病|差距|短板|短处)|(问题|不足|毛病|短板|短处)[^。！？]{0,4}(亮出来|摆出来|说出来|找出来|查出来|摆一摆|亮一亮)|(问题|不足|差距|短板|毛病|短处|欠缺)[^。！？]{0,20}(梳理|归纳|概括|总结|查摆|查找|找|列|捋|数)(了|出|为|成|一下)?[^。！？]{0,4}(几|[一二三四五六七八九十两\d]+)(个方面|个|点|条|项|处)|(做得|抓得|干得)(还)?不够|(说说|讲讲|谈谈|摆摆|亮亮|说|讲|谈|摆|亮)[^。！？]{0,6}(没|没有|未)(干|做|抓|办|弄)(好|成|到位)|(有|存在)(不少|一些|很多|许多|几件)?[^。！？]{0,4}(没|没有)(干|做|抓|办)好的(地方|事|方面)|(差|短|输)在(哪|什么地方|何处)|(哪些|什么|哪)(地方|方面|事)?[^。！？]{0,4}(没做好|没有做好|做得不好|不到位|不够)[^。！？]{0,4}[？?]`)
	// doneSignal: the sentence reports work done, so it opens no part of
	// problems or measures (针对去年查摆出的问题……目前已全部整改到位).
	doneSignal = match.MustCompile(`(已|已经|均已|全部|基本)(整改|完成|落实|解决|办结|销号)|整改到位|已经到位`)
)

// announces: a sentence that ends by announcing what follows it: a
// question, a colon, or words that promise a list (如下、这么干、摆出来、几条).
var announces = match.MustCompile(`([？?：:]|(如下|以下|这么干|这样干|这么办|摆出来|说清楚|说一说|几条|几点|几个方面|几件事)[。！!]?)$`)

// early reports whether re matches s within its first maxTransition
// runes.
func early(re *match.Regexp, s string) bool {
	loc := re.FindStringIndex(s)
	return loc != nil && utf8.RuneCountInString(s[:loc[0]]) <= maxTransition
}

// partClosed: a sentence that closes the part before (成绩就摆这些、事情就说
// 到这儿、好的说完了、问题都摆在这儿了): the sentence after it may open the
// next part, and so may the rest of its own sentence (问题都摆在这儿了，明年
// 我打算怎么改？).
var partClosed = match.MustCompile(`^[^。！？]{0,8}(就|先|都)?(说|讲|谈|摆|汇报|介绍|放)((到|在)?(这儿|这里|这些|这么多|这几件)|完了)(了)?[，,]?`)

// summing: a short sentence that sums up the part before (这些算是做了点事。
// 以上是今年干的几件事。): like partClosed, the sentence after it may open
// the next part.
var summing = match.MustCompile(`^(这些|以上|上面|这就是|这是|这几件)[^。！？\d]{0,12}[。！]?$`)

// sumsUp reports whether a sentence sums up the part before.
func sumsUp(sentence string) bool { return summing.MatchString(sentence) }

// roleRank orders the body roles as a report runs.
func roleRank(r lint.Role) int {
	switch r {
	case lint.RoleProblems:
		return 1
	case lint.RoleCauses:
		return 2
	case lint.RoleMeasures:
		return 3
	}
	return 0
}

// signalRole returns the part a paragraph's opening sentence turns to, or
// "" when it is no transition or would not move the report forward.
func (b *builder) signalRole(sentence string) lint.Role {
	s := stripConnectors(sentence)
	if s == "" || strings.Contains(s, "整改情况") {
		return ""
	}
	if loc := partClosed.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		if r := b.signalRole(s[loc[1]:]); r != "" {
			return r
		}
	}
	if b.role == lint.RoleOther {
		return ""
	}
	// The parts the sentence may name, in order of precedence; the first
	// that moves the report forward is the one it turns to (有了病根，明年
	// 就得开方子。 names the causes told and turns to the plans). A
	// sentence of work done names no plan or problem.
	if early(causeSignal, s) && !problemsAndCauses.MatchString(s) && b.advances(lint.RoleCauses) {
		return lint.RoleCauses
	}
	if doneSignal.MatchString(s) {
		return ""
	}
	if (early(measureSignal, s) || b.laterYear(s) || b.nextYearAhead(s) || b.pledgeAfterProblems(s)) && b.advances(lint.RoleMeasures) {
		return lint.RoleMeasures
	}
	// 问题和原因。一是……: the problems come first.
	if (early(problemSignal, s) || early(problemsAndCauses, s)) && b.advances(lint.RoleProblems) {
		return lint.RoleProblems
	}
	return ""
}

// advances reports whether turning to role moves the report forward from
// where it is, within what the enclosing heading allows.
func (b *builder) advances(role lint.Role) bool {
	if roleRank(role) <= roleRank(b.role) {
		return false
	}
	n := len(b.stack)
	return n == 0 || allowedUnder(b.stack[n-1], role)
}

var (
	// headingCause … headingAchievement: the words by which a short
	// heading names its part when no phrase of dict/heading-*.txt does
	// ("为啥会这样", "明年咋干", "还存在哪些不足", "一年来做了哪些事").
	headingFollowup = match.MustCompile(`(上年|去年|上一年|上年度).{0,8}(整改|改得|改了|落实|兑现|还清|销号|问题|账)|20\d\d年度?[^，。]{0,4}(述职评议|评议|考核|巡察|巡视|检查)[^，。]{0,8}(问题|意见)[^，。]{0,4}(整改|落实)`)
	// headingWhy: a heading that asks why names the causes, whatever
	// else it names (为什么会有这些短板？、问题出在什么地方).
	headingWhy = match.MustCompile(`为什么|为啥|怎么会|出在哪|出在什么|怎么来的`)
	// remedyHeading: a heading that sets out to remedy the problems
	// (聚焦短板弱项、针对存在的问题、补齐短板) names the measures.
	remedyHeading      = match.MustCompile(`(聚焦|针对|补齐|补强|补足|整改|破解|解决|弥补|克服|补上|攻坚|改进)[^，。,]{0,4}(问题|不足|差距|短板|弱项|短处)`)
	headingCause       = match.MustCompile(`原因|根源|根子|症结|病根|为啥|为什么|怎么会|出在哪|出在什么`)
	headingMeasure     = match.MustCompile(`打算|措施|举措|计划|怎么干|咋干|怎么做|怎样做|怎么办|下一步|下步|明年|来年|今后|新一年|新的一年|思路|努力方向`)
	headingProblem     = match.MustCompile(`问题|不足|差距|短板|毛病|弱项|欠缺|不够|(没|没有)(做|干|抓|弄|办)好|(做|干|抓)得不好|不到位|(差|短|输|欠)在`)
	headingAchievement = match.MustCompile(`成绩|成效|做法|干了|做了|干的|做的|履职|回顾|工作情况|哪些事|几件事`)
	// titleWords mark a document's title, which names no part
	// ("2025年度抓基层党建工作述职报告").
	titleWords = match.MustCompile(`述职报告|述职$|报告$|述职评议(会|大会)?(上的)?(发言|材料)?$`)
)

// keywordRole names the part a heading speaks of by its words, or "".
func keywordRole(text string) lint.Role {
	switch {
	case titleWords.MatchString(text):
		return ""
	case headingFollowup.MatchString(text):
		return lint.RoleFollowup
	case headingCause.MatchString(text) && !problemsFirst(text):
		return lint.RoleCauses
	case headingMeasure.MatchString(text):
		return lint.RoleMeasures
	case headingProblem.MatchString(text):
		return lint.RoleProblems
	case headingAchievement.MatchString(text):
		return lint.RoleAchievements
	}
	return ""
}

// problemsFirst reports whether a heading names the problems before their
// causes (问题和原因、存在问题及原因): the part opens with the problems.
func problemsFirst(text string) bool { return problemsAndCauses.MatchString(text) }

// problemsAndCauses: the problems and their causes named together.
var problemsAndCauses = match.MustCompile(`(问题|不足|差距|短板)(和|及|与|以及|及其)(其)?(原因|根源|成因)`)

// laterYear reports whether s opens with a plan for a year later than the
// report's (the first year its title or opening names): a plan from that
// year on (2026年，我从以下几个方面……), or that year named and a will
// stated (2026年是开局之年，我将……).
func (b *builder) laterYear(s string) bool {
	m := yearSignal.FindStringSubmatch(s)
	if m == nil {
		m = yearThenWill.FindStringSubmatch(s)
	}
	if m == nil || b.year == 0 {
		return false
	}
	y, _ := strconv.Atoi(m[1])
	return y > b.year
}

// nextYearStart: a sentence opening with the next year (明年一季度，我牵头
// ……; 2026年，我每季度……).
var nextYearStart = match.MustCompile(`^[^。！？]{0,4}(明年|来年|新的一年|新一年|(20\d\d)年)`)

// pledge: a sentence whose subject pledges, near its start (在……上，我将
// 进一步……; 我打算……).
var pledge = match.MustCompile(`^[^。！？]{0,16}(我|本人)` + pledgeWords)

// pledgeAfterProblems reports whether a sentence pledges after the
// problems or causes were told: the measures.
func (b *builder) pledgeAfterProblems(s string) bool {
	return (b.role == lint.RoleProblems || b.role == lint.RoleCauses) && pledge.MatchString(s)
}

// doneAlready: a sentence that tells of work done (已建立、召开了): the
// year named is when it was done (2026年1月，我已……), not a plan.
var doneAlready = match.MustCompile(`已|(完成|召开|开展|组织|举办|实现|取得|建立|启动)了`)

// nextYearAhead reports whether a sentence opens with the next year (or
// a year later than the report's) and tells of nothing done: the plans.
func (b *builder) nextYearAhead(s string) bool {
	m := nextYearStart.FindStringSubmatch(s)
	if m == nil || doneAlready.MatchString(s) {
		return false
	}
	if m[2] == "" {
		return true
	}
	y, _ := strconv.Atoi(m[2])
	return b.year > 0 && y > b.year
}

// yearThenWill: a sentence opening with a year and stating, in its first
// clauses, what the writer will do.
var yearThenWill = match.MustCompile(`^[^。！？]{0,4}(20\d\d)年[^。！？]{0,24}(我|本人|支部|党委|我们)(将|要|打算|准备|计划|力争)`)

// yearIn finds the first year (20xx) named in text, or 0.
var yearIn = match.MustCompile(`(20\d\d)\s*年`)

// reportYear returns the year the report is about: the first year named
// in its first paragraphs (title, opening formula), or 0.
func reportYear(doc *lint.Document) int {
	for i, p := range doc.Paragraphs {
		if i == 4 {
			break
		}
		if m := yearIn.FindStringSubmatch(p.Text); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y
		}
	}
	return 0
}

// A paragraph with two words of shortcoming (content.go) and a 我 is
// self-criticism, whatever part the outline put it in.
var ownWords = match.MustCompile(`我|自己|本人`)

// minSelfCritical is how many paragraphs of self-criticism outside any
// problem part make an outline without one doubtful.
const minSelfCritical = 2

// doubt returns why the outline cannot be trusted, or "": it found no
// problem part, yet the text criticises itself, or it found the causes
// of problems it did not find.
func (b *builder) doubt() string {
	causes := false
	for _, s := range b.out.Spans {
		if s.Role == lint.RoleProblems {
			return ""
		}
		causes = causes || s.Role == lint.RoleCauses
	}
	if causes {
		return "未能识别报告的问题部分：找到了原因分析，却没有找到它分析的问题"
	}
	n, last := 0, -1
	for _, s := range b.out.Spans {
		if s.Role == lint.RoleOther || s.Para == last {
			continue
		}
		last = s.Para
		text := b.doc.Paragraphs[s.Para].Text
		if tellsFailings(text) {
			n++ // whoever's failings: a miss here must not become 只讲成绩不讲问题
		}
	}
	if n < minSelfCritical {
		return ""
	}
	return fmt.Sprintf("未能识别报告的问题部分：正文中有%d段查摆问题的内容，但没有“存在的问题”等小标题或提示语把它们分开", n)
}
