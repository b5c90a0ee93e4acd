package outline

import (
	"strconv"
	"strings"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// A report may analyse the causes of problems it never introduced: the
// problems follow the achievements with no heading and no cue the outline
// knows ("话说回来，我自己欠下的也不少，有几条必须当众说清楚。一是……").
// The causes analyse the problems, so the problems lie just before them:
// when the outline found causes but no problems, the items before the
// causes that speak of shortcomings are taken, by their content, as the
// problems, from the lead-in sentence that announces them if there is one.

var (
	// shortcoming: the words of an item that reports a shortcoming
	// rather than work done (不够、没抓住、质量不高、重业务轻党建).
	shortcoming = match.MustCompile(`不够|不足|不到位|不严|不实|不深入|不及时|不高|不强|不力|不细|不全|不规范|不扎实|差距|短板|薄弱|欠缺|滞后|偏少|偏弱|偏低|没有做到|未能|做得不好|抓得不紧|浮于表面|走过场|(没|没有)(抓住|抓好|抓实|坚持|跟上|落实|做到|做好|干好|安排|顾上|重视|及时|完成|达到|实现)|未(完成|达到|实现)|尚未|很少|太少|前紧后松|虎头蛇尾|有待|偏重|流于形式|两张皮|(仍然|依然)存在|(情况|现象)(仍然|依然|还)?(存在|突出|较多|不少)|\p{Han}得不(紧|实|细|深|透|够|好|严|准|到位)|重\p{Han}{1,3}[、，,]?轻|` +
		`不(经常|平衡|均衡|充分|严格|主动|规范|理想|得力|明显|稳定)|(只有|仅有|仅)[一二三四五六七八九十两半]|才(去)?(发现|知道|察觉|补)|才(让|想起|开始)|(说要|定的|原定|计划|目标)[^。！？]{2,40}?(到年底|年底|结果|实际上|实际|最后)|(一直|始终|至今|也|还|从来)(没|没有|未)|只(有|跟|和|给|对|在|去|到)[^，。；\d]{1,8}\d|没(有)?(开展|参加|察觉|听到)|走(了)?过场|\p{Han}得(太|比较|有些|很)?(松|散|少|慢|粗|浅|虚|软|宽)|没(有)?(起色|进展|突破|效果)|没(有)?(组织|跟进|答清楚|讲清楚|讲透|学透)|讲不透|(推迟|拖了|拖延|中断|缺席)|只(有|是)?\p{Han}{0,3}了?\d`)
	// itemOpening: a sentence that opens an item of a list.
	itemOpening = match.MustCompile(`^(([一二三四五六七八九十]+|[1-9])是|头一(条|件|个|点)[，,、：:]|第[一二三四五六七八九十]+(个|件|条|点|项)?[，,、是：:]|首先|其次|再次|最后|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|\d+[.．、]|[①②③④⑤⑥⑦⑧⑨⑩])`)
	// leadIn: a sentence that announces what follows (有几条、以下几个方面、
	// 问题不少、……：).
	leadIn = match.MustCompile(`几条|几点|几个方面|几方面|以下|如下|不少|较多|问题|不足|短板|差距|[：:]$`)
)

// minContentItems is how many items of shortcomings must precede the
// causes before the outline takes them for the problems.
const minContentItems = 2

// unit is a stretch of one paragraph: a sentence or an item of them.
type unit struct{ para, start, end int }

// firstWithout returns the first span of role want, or -1 when there is
// none or when some span has role absent.
func firstWithout(spans []lint.Span, want, absent lint.Role) int {
	first := -1
	for k, s := range spans {
		if s.Role == absent {
			return -1
		}
		if s.Role == want && first < 0 {
			first = k
		}
	}
	return first
}

// problemsBeforeCauses finds, when the spans name causes but no problems,
// the problems among the achievements just before the causes, and gives
// them their role.
func (b *builder) problemsBeforeCauses() {
	spans := b.out.Spans
	c := firstWithout(spans, lint.RoleCauses, lint.RoleProblems)
	if c <= 0 {
		return
	}
	if b.causesTwice(c) {
		return
	}
	// The sentences of the achievements before the causes, last first,
	// stopping at a heading that names a part.
	var sentences []unit
	for k := c - 1; k >= 0 && spans[k].Role == lint.RoleAchievements && spans[k].Theme == spans[c].Theme; k-- {
		s := spans[k]
		if b.out.RoleHeading[s.Para] {
			break
		}
		ss := lint.Sentences(b.doc.Paragraphs[s.Para].Text, s.Start, s.End)
		for j := len(ss) - 1; j >= 0; j-- {
			sentences = append(sentences, unit{s.Para, ss[j][0], ss[j][1]})
		}
	}
	cue := b.doc.Paragraphs[spans[c].Para].Text
	backRef := backReference.MatchString(stripConnectors(lint.RuneSlice(cue, spans[c].Start, spans[c].End)))
	from, ok := b.shortcomingItems(sentences, backRef)
	if ok {
		b.relabel(c, from)
	}
}

// causesTwice handles a report whose problems heading asks where they lie
// (二、问题出在哪里), which reads as a question of causes, when a later
// heading of the same theme opens the causes (三、原因主要在我自己): the
// first part is the problems. It reports whether it relabelled.
func (b *builder) causesTwice(c int) bool {
	spans := b.out.Spans
	first := spans[c]
	if !b.out.RoleHeading[first.Para] {
		return false
	}
	for k := c + 1; k < len(spans); k++ {
		s := spans[k]
		if s.Theme != first.Theme || s.Role != lint.RoleCauses {
			return false
		}
		if b.out.RoleHeading[s.Para] && s.Para != first.Para && s.Start == 0 {
			for j := c; j < k; j++ {
				spans[j].Role = lint.RoleProblems
			}
			return true
		}
	}
	return false
}

// backReference: causes that open by pointing back at the problems just
// told (这些毛病，……; 上述问题的原因……).
var backReference = match.MustCompile(`^(这些|上述|以上|上面的?|前面的?)(问题|毛病|不足|短板|差距)`)

// markerKind returns the kind of an item's marker, so that the items of
// one list can be told from another's (第三件 of the work, 一是 of the
// problems): the word after the ordinal (是, 条, 件 …), the bracket, or
// the dot.
func markerKind(text string) string {
	m := markerKindOf.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	for _, g := range m[1:] {
		if g != "" {
			return g
		}
	}
	return ""
}

// markerKindOf captures the kind of an item's marker.
var markerKindOf = match.MustCompile(`^(?:[一二三四五六七八九十]+|[1-9])(是)|^(?:第[一二三四五六七八九十]+|头一)(个|件|条|点|项)|^(首先|其次|再次|最后)|^(（)|^(\()|^\d+([.．、])|^([①②③④⑤⑥⑦⑧⑨⑩])`)

// shortcomingItems walks sentences (last first) item by item while each
// item speaks of a shortcoming, and returns where the problems start: the
// first such item, or the lead-in sentence just before it.
func (b *builder) shortcomingItems(sentences []unit, backRef bool) (unit, bool) {
	items, short, anyShort := 0, false, false
	var first unit
	lastKind := "" // the marker of the item after this one (一是 → 是, 第二条 → 条)
	for k := 0; k < len(sentences); k++ {
		u := sentences[k]
		text := b.text(u)
		short = short || shortcoming.MatchString(text)
		marked := itemOpening.MatchString(stripConnectors(text))
		opens := marked || u.start == 0 && b.out.Marked[u.para]
		wholePara := u.start == 0 && (k+1 == len(sentences) || sentences[k+1].para != u.para)
		if !opens && !wholePara {
			continue
		}
		// u opens an item (or is the first sentence of an unmarked
		// paragraph, one item): the item ends here. Under causes that
		// refer back to them (这些毛病，根子在我自己), the items of a list
		// are the problems even where their words are plain (头一条，我学
		// 新东西慢。).
		kind := markerKind(stripConnectors(text))
		if !short && !(backRef && (marked && (items == 0 || kind == lastKind) || wholePara && items == 0 && ownWords.MatchString(text))) {
			break
		}
		anyShort = anyShort || short
		items, first, short, lastKind = items+1, u, false, kind
	}
	if items < minContentItems || !anyShort {
		return unit{}, false
	}
	// A lead-in just before the first item: the sentence before it in its
	// paragraph, or a short paragraph or heading of its own.
	for k, u := range sentences {
		if u != first || k+1 == len(sentences) {
			continue
		}
		prev := sentences[k+1]
		text := b.text(prev)
		// In the paragraph before, the lead-in is its last sentence, or
		// the whole of a short one.
		endsPara := prev.para != first.para && (k+2 == len(sentences) || sentences[k+2].para != prev.para || prev.start > 0)
		short := prev.start == 0 && len([]rune(text)) <= 60
		if leadIn.MatchString(text) && (prev.para == first.para || short || endsPara) || b.out.HeadingLevel[prev.para] > 0 && prev.start == 0 {
			return prev, true
		}
	}
	return first, true
}

// text returns the text of a unit.
func (b *builder) text(u unit) string {
	return lint.RuneSlice(b.doc.Paragraphs[u.para].Text, u.start, u.end)
}

// relabel gives the role of problems to the achievements from u up to span
// c, splitting the span u starts in.
func (b *builder) relabel(c int, u unit) {
	var out []lint.Span
	for k, s := range b.out.Spans {
		switch {
		case k >= c || s.Para < u.para || s.Role != lint.RoleAchievements:
		case s.Para == u.para && s.End <= u.start:
		case s.Para == u.para && s.Start < u.start:
			before := s
			before.End = u.start
			out = append(out, before)
			s.Start, s.Role = u.start, lint.RoleProblems
		default:
			s.Role = lint.RoleProblems
		}
		out = append(out, s)
	}
	b.out.Spans = out
}

// Where neither headings nor cues mark the parts, paragraphs still say by
// their content which part they belong to: plans are in the future tense
// (明年、将、力争、3月底前), problems admit shortcomings of the writer,
// causes name why. partsByContent reads the body paragraph by paragraph in
// the order of a report (成绩 → 问题 → 原因 → 措施), moving forward only,
// and keeps the result only when it finds problems and measures both.

// willPattern: the words of the future and of a will. 将 and 计划 count
// only after a subject, a time or a clause break (我将、2026年计划、，将):
// elsewhere they are 把 (2个社区将经费用于……) or a noun (年度经营计划).
const willPattern = `明年|来年|下一步|今后|新的一年|新一年|(?:^|[，,；;：:。我们人部委年后前内起还也再])(?:将|计划)|力争|争取|打算|确保|\d{1,2}月底前|年底前`

var (
	// futureWords mark a plan: the words of the future and of a will
	// (明年、将、力争、3月底前), and the rates, terms and owners a plan sets
	// (不少于、每季度、上半年、由……牵头).
	futureWords = match.MustCompile(willPattern + `|上半年|下半年|年内|不少于|至少|\d{1,2}月(份)?起|由\p{Han}{1,6}(负责|牵头|跟踪)|固定在|每季度`)
	// willWords are the futureWords that speak of the future themselves:
	// rates and terms alone also describe the rule a year's work fell
	// short of ("书记每季度到每个党小组至少一次", 上半年只开了2次).
	willWords = match.MustCompile(willPattern)
	// pastWords mark work done.
	pastWords = match.MustCompile(`了|已|完成|达到|实现|取得|全年|累计|过`)
	// causeWords name why.
	causeWords = match.MustCompile(`原因|根源|(^|[^命])根子|症结|病根|主观上|客观上|思想上|认识上|说到底|归根`)
	// mindWords tell of the thinking behind a failing (心里总觉得、存在……的
	// 想法、凭经验办事的惯性、碍于情面): a paragraph after the problems that
	// is full of them explains the problems, it is their causes.
	mindWords = match.MustCompile(`觉得|认为|以为|总想|想法|心里|思想|观念|惯性|习惯|看作|看成|当作|当成|松懈|放松|碍于情面|怕麻烦|怕得罪|图省事|重视不够|不愿`)
)

// circumstanceWords name the circumstances a failing is put down to
// (人手紧张、任务多、经费只有、年纪大、精力有限): a paragraph after the
// problems that is full of them and never says 我 is their (objective)
// causes.
var circumstanceWords = match.MustCompile(`人手|人员少|编制|经费|资金|任务(多|重|繁重)|报表|条件(差|有限)|场地|精力有限|年纪大|年龄(大|偏大)|老龄化|外出务工|流动性大|压力大|工学矛盾|点多面广|无力|倒班`)

// selfTitle: the author named by title, in a report written in the third
// person (支部书记同时分管教学，12次支委会中有……).
var selfTitle = match.MustCompile(`书记`)

// remedy: a sentence that tells how a shortcoming was remedied (针对……不够
// 的问题，我……), work done rather than a failing.
var remedy = match.MustCompile(`针对|解决|改变|扭转|整改|弥补|破解|补齐|补上|克服`)

// opensWithFailing reports whether a paragraph's first clause states a
// failing (我下社区下得少。/ 支部学习我抓得不实，……): the topic of a
// problem, however the rest of the paragraph tells it.
func opensWithFailing(text string) bool {
	first := text
	if i := strings.IndexAny(text, "，,。；;！？"); i >= 0 {
		first = text[:i]
	}
	return shortcoming.MatchString(first) && !remedy.MatchString(first)
}

// twoFailings reports whether a paragraph tells of two shortcomings.
func twoFailings(text string) bool { return len(shortcoming.FindAllStringIndex(text, 2)) == 2 }

// tellsFailings reports whether a paragraph reads as failings: two
// shortcomings, or a first clause that states one.
func tellsFailings(text string) bool { return twoFailings(text) || opensWithFailing(text) }

// minDistinctWords is how many different words of thinking, or of
// circumstances, a paragraph needs to be read as the causes.
const minDistinctWords = 3

// blamesCircumstances reports whether a paragraph puts things down to
// circumstances in at least minDistinctWords different words, and never to
// the author.
func blamesCircumstances(text string) bool {
	return !ownWords.MatchString(text) && distinct(circumstanceWords, text) >= minDistinctWords
}

// distinct counts the different words of re in text.
func distinct(re *match.Regexp, text string) int {
	seen := map[string]bool{}
	for _, m := range re.FindAllStringIndex(text, -1) {
		seen[text[m[0]:m[1]]] = true
	}
	return len(seen)
}

// explainsMind reports whether a paragraph speaks of the author's own
// thinking in at least minDistinctWords different words.
func explainsMind(text string) bool {
	return ownWords.MatchString(text) && distinct(mindWords, text) >= minDistinctWords
}

// minContentPlan is how many words of the future a paragraph needs, more
// than half its words of the past, to be a plan.
const minContentPlan = 2

// partsByContent gives the body paragraphs of an outline with no headings
// and no cues of problems or causes their roles by content (measures
// found by a cue stay, and count as found); it reports whether it found
// the problems and the measures, and leaves the outline as it was
// otherwise.
func (b *builder) partsByContent() bool {
	spans := b.out.Spans
	roles := make([]lint.Role, len(spans))
	current := lint.RoleAchievements
	found := map[lint.Role]bool{}
	for k, s := range spans {
		roles[k] = s.Role
		if s.Role == lint.RoleMeasures {
			found[s.Role], current = true, lint.RoleMeasures
		}
		if s.Role != lint.RoleAchievements || s.Start != 0 {
			continue
		}
		text := b.doc.Paragraphs[s.Para].Text
		next := lint.Role("")
		switch {
		case b.isPlan(text):
			next = lint.RoleMeasures
		case found[lint.RoleProblems] && (causeWords.MatchString(text) || explainsMind(text) || blamesCircumstances(text)):
			next = lint.RoleCauses
		case tellsFailings(text) && (ownWords.MatchString(text) || selfTitle.MatchString(text) || b.lx.others.MatchAny(text)):
			next = lint.RoleProblems
		}
		if next != "" && roleRank(next) > roleRank(current) {
			current = next
			found[next] = true
		}
		roles[k] = current
	}
	if !found[lint.RoleProblems] || !found[lint.RoleMeasures] {
		return false
	}
	for k := range spans {
		spans[k].Role = roles[k]
	}
	return true
}

// laterYearNamed reports whether a paragraph opens with a year later than
// the report's (2026年，我把主题党日固定在……).
func (b *builder) laterYearNamed(text string) bool {
	m := yearIn.FindStringSubmatch(text)
	if m == nil || b.year == 0 || strings.Index(text, m[0]) > maxTransition {
		return false
	}
	y, _ := strconv.Atoi(m[1])
	return y > b.year
}

// problemsCued reports whether a heading or a cue opened problems or
// causes.
func (b *builder) problemsCued() bool {
	for _, s := range b.out.Spans {
		if s.Role == lint.RoleProblems || s.Role == lint.RoleCauses {
			return true
		}
	}
	return false
}

// causesByContent reads, in an outline found by cues that found no
// causes, the causes by their content: within the first part of problems,
// the first paragraph after the part's first that explains the author's
// own thinking (explainsMind) opens the causes, which run to the end of
// that part.
func (b *builder) causesByContent() {
	spans := b.out.Spans
	first := firstWithout(spans, lint.RoleProblems, lint.RoleCauses)
	if first < 0 {
		return
	}
	for k := first; k < len(spans) && spans[k].Role == lint.RoleProblems; k++ {
		s := spans[k]
		if text := b.doc.Paragraphs[s.Para].Text; s.Start != 0 || s.Para == spans[first].Para || !explainsMind(text) && !blamesCircumstances(text) {
			continue
		}
		for j := k; j < len(spans) && spans[j].Role == lint.RoleProblems; j++ {
			spans[j].Role = lint.RoleCauses
		}
		return
	}
}

// shortfallOpeningPlans finds, in a report with no problems or causes, a
// shortfall admitted at the opening of the measures (回头看，年初定的发展2名
// 新党员只完成了1名。明年我主要做好四件事：): the leading sentences of the
// measures' first paragraph that speak of a shortcoming and of no will are
// a problem part, however short, which no-problems then judges as token.
func (b *builder) shortfallOpeningPlans() {
	spans := b.out.Spans
	k := -1
	for j, s := range spans {
		if s.Role == lint.RoleProblems || s.Role == lint.RoleCauses {
			return
		}
		if k < 0 && s.Role == lint.RoleMeasures && !(b.out.RoleHeading[s.Para] && s.Start == 0) {
			k = j
		}
	}
	if k < 0 {
		return
	}
	s := spans[k]
	text := b.doc.Paragraphs[s.Para].Text
	end := s.Start
	for _, u := range lint.Sentences(text, s.Start, s.End) {
		sentence := lint.RuneSlice(text, u[0], u[1])
		if !shortcoming.MatchString(sentence) || willWords.MatchString(sentence) {
			break
		}
		end = u[1]
	}
	if end == s.Start || end >= s.End {
		return
	}
	shortfall := s
	shortfall.End, shortfall.Role = end, lint.RoleProblems
	s.Start = end
	b.out.Spans = append(spans[:k:k], append([]lint.Span{shortfall, s}, spans[k+1:]...)...)
}

// alsoProblems: a sentence that adds problems to ones already told
// (两委班子里也有问题。/ 另外还存在……的不足).
var alsoProblems = match.MustCompile(`^[^。！？]{0,12}(也|还)(有|存在)[^。！？]{0,6}(问题|不足|毛病|短板)`)

// failingsBeforeAlso finds the problems a report told before the cue or
// signal that the outline took for their start: the paragraphs just
// before it that open with a failing and tell of two (本人对……用力不足。……
// 未能……), or, when the first problems open with 也有问题, that tell of two
// failings at all, are problems too; a paragraph that tells a remedy
// (针对……) stops the walk.
func (b *builder) failingsBeforeAlso() {
	spans := b.out.Spans
	first := -1
	for k, s := range spans {
		if s.Role == lint.RoleProblems {
			first = k
			break
		}
	}
	if first <= 0 || spans[first].Start != 0 || b.out.RoleHeading[spans[first].Para] {
		return
	}
	also := alsoProblems.MatchString(b.doc.Paragraphs[spans[first].Para].Text)
	for k := first - 1; k >= 0; k-- {
		s := spans[k]
		text := b.doc.Paragraphs[s.Para].Text
		if s.Role != lint.RoleAchievements || s.Start != 0 || b.out.RoleHeading[s.Para] || remedy.MatchString(text) {
			return
		}
		failings := twoFailings(text)
		if !(also && failings) && !(failings && opensWithFailing(text)) {
			return
		}
		spans[k].Role = lint.RoleProblems
	}
}

// plansByContent moves an outline found by cues on to the measures where
// the cues fell silent: within its last part of problems or causes, the
// first paragraph after the part's first that reads as a plan by its
// content (isPlan) opens the measures, which run to the closing formula.
// It only moves forward, and only when no measures were found.
func (b *builder) plansByContent() {
	spans := b.out.Spans
	last := -1 // the last span of problems or causes
	for k, s := range spans {
		switch s.Role {
		case lint.RoleMeasures:
			return
		case lint.RoleProblems, lint.RoleCauses:
			last = k
		}
	}
	if last < 0 {
		return
	}
	role := spans[last].Role
	first := last // the first span of that last part
	for first > 0 && spans[first-1].Role == role {
		first--
	}
	for k := first; k <= last; k++ {
		s := spans[k]
		if s.Start != 0 || s.Para == spans[first].Para || !b.isPlan(b.doc.Paragraphs[s.Para].Text) {
			continue
		}
		for j := k; j <= last; j++ {
			spans[j].Role = lint.RoleMeasures
		}
		return
	}
}

// willOpening: a paragraph that opens with the author's will (我将进一步
// ……、我要……): a plan, however vague.
// 将 and 要 count with a word of intent after them (我将进一步、我要带头):
// 我将支部活动固定在…… is 把, work done.
var willOpening = match.MustCompile(`^[^，。！？]{0,6}(我|本人|我们|支部|党支部|党委)` + pledgeWords)

// pledgeWords are the words of a pledge after its subject: 将 or 要 with
// a word of intent after them, or 打算、准备、决心.
const pledgeWords = `((将|要)(进一步|继续|持续|不断|着力|重点|切实|认真|努力|坚持|全力|力争|争取|带头|尽快|抓紧)|打算|准备|决心)`

// isPlan reports whether a paragraph reads as a plan: words of the future
// (or the next year named at its start, or a will opening it: 我将……)
// outnumber, twice over, those of work done, and one of them is a word of
// the future or a will itself.
func (b *builder) isPlan(text string) bool {
	future, past := len(futureWords.FindAllStringIndex(text, -1)), len(pastWords.FindAllStringIndex(text, -1))
	will := willWords.MatchString(text)
	if b.laterYearNamed(text) || willOpening.MatchString(text) {
		future += minContentPlan
		will = true
	}
	return will && future >= minContentPlan && 2*future > past
}
