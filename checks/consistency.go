package checks

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// Consistency flags figures a report contradicts itself on (数据前后不一致).
var Consistency = &lint.Check{
	ID:       "consistency",
	Title:    "数据前后不一致",
	Source:   "篇一：“情况不真实的要责令重写”；篇四：述职报告“严重失实”的不予通过；篇二：“注重用数据、事例说话”",
	Severity: lint.SeverityError,
	Doc: `只在两处说法明显是同一个数时才判断，宁可漏报不误报：
1. 本单位党员总数前后两个数：开头的“现有党员214名”“共有……党员1126名”与“全体220名党员”“全村52名党员”不一致；
2. 部分大于整体：“全局8个党支部……其中9个支部”；分项加起来多于总数：“312个台区，其中集镇台区98个、农村台区231个”（人数常有交叉，如女党员、青年党员，不加总；示范、重点、困难等评定类别也不加总）；
3. 不可能超过100%的比例超过100%：参学率、覆盖率、出勤率、占比……；
4. 说出的比例与自身数据不符：“覆盖一线党员29名，占一线党员总数的九成以上”而前文一线党员41名（实为71%）；
5. 率与它的两个数不符：“排查矛盾纠纷148件、化解131件，化解率96.3%”（实为88.5%）；率名与计数的动词相同才比较，满意率之类不比；
6. 按年龄等分段的人数加起来与总数不符：“17名村党组织书记中，45岁以下9名，45至55岁7名，55岁以上4名”（只在分段从“以下”到“以上”全覆盖时比较）；
7. 本年发展党员的人数前后两个数：“全年发展党员3名”与“今年发展的2名新党员”（写明近三年、累计、去年、明年计划的不比较）；
8. 变化与自身数据矛盾：“由17件减少到6件，下降35%”（实为下降64.7%），“增加了5件”而两数相差6件。
女党员、预备党员、发展党员、流动党员等是部分，不与总数比较；写明年初、年底、新增的数字也不比较。
逐一核实数据，前后说法一致。`,
	Params: []lint.Param{
		{Key: "tolerance", Kind: lint.ParamNumber, Default: 1.0, Doc: "变化的百分比与自身数据算出的相差超过这么多个百分点才算矛盾（留出四舍五入的余地）"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("党员总数前后不同、部分大于整体、比例超过100%%，或变化百分比与自身数据相差超过%g个百分点", s.Float("tolerance"))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n柳塘镇共有基层党组织31个、党员1126名。我组织全体1180名党员开展联户帮带，信访件由17件减少到6件，下降35%。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Text: "一、主要工作\n公司现有党员214名，其中女党员58名、预备党员3名。我组织220名职工参加技能比武，投诉由17件降到6件，下降64.7%。全体214名党员参加了集中轮训。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		checkMemberTotals(pass)
		checkStatedShares(pass)
		checkDevelopedMembers(pass)
		for i, p := range pass.Doc.Paragraphs {
			checkPartsOverWhole(pass, i, p.Text)
			checkPartsSum(pass, i, p.Text)
			checkPartition(pass, i, p.Text)
			checkRateOfCounts(pass, i, p.Text)
			checkBrackets(pass, i, p.Text)
			checkRates(pass, i, p.Text)
			checkChanges(pass, i, p.Text, pass.Float("tolerance"))
		}
	},
}

var (
	// declaredMembers: the unit states its number of members as a fact
	// (现有党员214名, 共有基层党组织31个、党员1126名); the character before
	// 党员 must not qualify them (女党员, 预备党员, 其中党员 are parts).
	declaredMembers = match.MustCompile(`(现有|共有|有)([^。；，,]{0,16}?[、，,])?党员(\d+)名`)
	// wholeMembers: all of them (全体220名党员, 全村52名党员).
	wholeMembers = match.MustCompile(`(全体|全部|现有的|全村|全镇|全乡|全社区|全所|全院|全校|全局|全厂|全行|全公司|全支部|全系|全中心)(共)?(\d+)名党员`)
	// changedCount: a sentence that explains a count changed.
	changedCount = match.MustCompile(`年初|年底|年末|原有|新增|发展|转入|转出|截至|增加|减少|去年|上年`)
)

// memberCount is a statement of the unit's number of members.
type memberCount struct {
	n   int
	loc lint.Loc
	txt string
}

// checkMemberTotals compares the first declared number of members with
// every statement of all members.
func checkMemberTotals(pass *lint.Pass) {
	var declared *memberCount
	var wholes []memberCount
	for i, p := range pass.Doc.Paragraphs {
		if !strings.Contains(p.Text, "党员") {
			continue // cheap before the patterns
		}
		offs := lint.NewOffsets(p.Text)
		for _, s := range lint.Sentences(p.Text, 0, offs.Runes()) {
			text := offs.Slice(p.Text, s[0], s[1])
			if changedCount.MatchString(text) {
				continue
			}
			if declared == nil {
				if m := declaredMembers.FindStringSubmatchIndex(text); m != nil {
					n, _ := strconv.Atoi(text[m[6]:m[7]])
					declared = &memberCount{n, runeLoc(i, s[0], text, m[0], m[1]), text[m[0]:m[1]]}
				}
			}
			for _, m := range wholeMembers.FindAllStringSubmatchIndex(text, -1) {
				n, _ := strconv.Atoi(text[m[6]:m[7]])
				wholes = append(wholes, memberCount{n, runeLoc(i, s[0], text, m[0], m[1]), text[m[0]:m[1]]})
			}
		}
	}
	title := ""
	if len(pass.Doc.Paragraphs) > 0 {
		title = pass.Doc.Paragraphs[0].Text
	}
	for k, w := range wholes {
		ref := declared
		if ref == nil || !sameWhole(w.txt, ref.txt+title) {
			// Without a declared total, wholes are compared only with
			// wholes of the same word (全村 … 全村).
			ref = nil
			for _, o := range wholes[:k] {
				if wholeWord(o.txt) == wholeWord(w.txt) {
					ref = &o
					break
				}
			}
		}
		if ref == nil || w.n == ref.n {
			continue
		}
		pass.Report(lint.Finding{
			Para: w.loc.Para, Start: w.loc.Start, End: w.loc.End,
			Message:    fmt.Sprintf("党员总数前后不一致：第%d段说“%s”，这里说“%s”", ref.loc.Para+1, ref.txt, w.txt),
			Suggestion: "核实本单位党员总数，全文用同一个数；如有增减，写明时间和原因（如“年底发展2名后为54名”）",
		})
		return
	}
}

// wholeWord returns the word a statement of all members opens with (全体,
// 全村 …).
func wholeWord(s string) string {
	if m := wholeMembers.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// sameWhole reports whether a statement of all members speaks of the unit
// the context (the declared total and the title) is about: 全体 and 全部
// always, 全村 only in a village's report.
func sameWhole(whole, context string) bool {
	w := wholeWord(whole)
	if w == "全体" || w == "全部" || w == "现有的" {
		return true
	}
	unit := strings.TrimPrefix(w, "全")
	return unit != "" && strings.Contains(context, unit)
}

var (
	// wholeCount and partCount: N个支部 … 其中M个支部.
	wholeCount = match.MustCompile(`(\d+)个(党支部|支部|村|社区|党组织|党小组|网格|小区|科室|部门|班组|项目|学校|企业)`)
	anyCount   = match.MustCompile(`\d+个`)
	partCount  = match.MustCompile(`其中[^，。；]{0,8}?(\d+)个(党支部|支部|村|社区|党组织|党小组|网格|小区|科室|部门|班组|项目|学校|企业)`)
)

// family folds nouns that count the same things.
func family(noun string) string {
	if noun == "党支部" {
		return "支部"
	}
	return noun
}

// checkPartsOverWhole flags 其中M个X after N个X with M > N in a paragraph.
func checkPartsOverWhole(pass *lint.Pass, para int, text string) {
	if !strings.Contains(text, "其中") {
		return
	}
	wholes := wholeCount.FindAllStringSubmatchIndex(text, -1)
	for _, pm := range partCount.FindAllStringSubmatchIndex(text, -1) {
		part, _ := strconv.Atoi(text[pm[2]:pm[3]])
		noun := family(text[pm[4]:pm[5]])
		// The nearest count before the part must be a whole of the
		// same things: in "原来的7个党支部调整为11个，其中9个" it is 11个.
		var whole []int
		for _, w := range wholes {
			if w[1] <= pm[0] {
				whole = w
			}
		}
		if whole == nil || family(text[whole[4]:whole[5]]) != noun || anyCount.MatchString(text[whole[1]:pm[0]]) {
			continue
		}
		if n, _ := strconv.Atoi(text[whole[2]:whole[3]]); part > n {
			loc := runeLoc(para, 0, text, pm[0], pm[1])
			pass.Report(lint.Finding{
				Para: para, Start: loc.Start, End: loc.End,
				Message:    fmt.Sprintf("部分大于整体：前面说“%s”，这里说“%s”", text[whole[0]:whole[1]], text[pm[0]:pm[1]]),
				Suggestion: "核实数字：其中的部分不能多于总数",
			})
		}
	}
}

var (
	// itemizedWhole: a count of things followed at once by 其中 (312个台区，
	// 其中 / 台区312个，其中), the noun before or after the number.
	itemizedWhole = match.MustCompile(`(\d+)(个|条|座|所|家|处|项|台|间|栋|辆|片|件|起)(\p{Han}{0,4}?)[，,：:]?其中` + "|" + `(\p{Han}{1,4})(\d+)(个|条|座|所|家|处|项|台|间|栋|辆|片|件|起)[，,：:]?其中`)
	// itemPart: one item of the list after 其中 (集镇台区98个 / 98个集镇台区).
	itemPart = match.MustCompile(`^(\p{Han}{0,8}?)(\d+)(个|条|座|所|家|处|项|台|间|栋|辆|片|件|起)(\p{Han}{0,6})$`)
	// rankedItem: categories that are ratings, not a division of the
	// whole; they overlap and are not summed.
	rankedItem = match.MustCompile(`示范|先进|优秀|达标|贫困|困难|重点|软弱|后进|星级|标准化|规范化|获评|评为|以上|以下|新建|新增|改造`)
)

// checkPartsSum flags a whole of things whose items, listed after 其中,
// add up to more than it (312个台区，其中集镇台区98个、农村台区231个).
// Only things are summed, with the whole's classifier and noun; people
// fall into overlapping groups and are left alone.
func checkPartsSum(pass *lint.Pass, para int, text string) {
	if !strings.Contains(text, "其中") {
		return
	}
	for _, m := range itemizedWhole.FindAllStringSubmatchIndex(text, -1) {
		num, unit, noun := 2, 4, 6 // the noun after the number
		if m[2] < 0 {
			num, unit, noun = 10, 12, 8 // the noun before it
		}
		whole, _ := strconv.Atoi(text[m[num]:m[num+1]])
		classifier, wholeNoun := text[m[unit]:m[unit+1]], headNoun(text[m[noun]:m[noun+1]])
		sum, items, end := 0, 0, m[1]
		for end < len(text) {
			item, sep := nextItem(text[end:])
			p := itemPart.FindStringSubmatch(item)
			if p == nil || p[3] != classifier || rankedItem.MatchString(item) || !strings.HasSuffix(p[1]+p[4], wholeNoun) {
				break
			}
			n, _ := strconv.Atoi(p[2])
			sum, items = sum+n, items+1
			if sep == "" {
				end += len(item)
				break
			}
			end += len(item) + len(sep)
		}
		if items < 2 || sum <= whole {
			continue
		}
		loc := runeLoc(para, 0, text, m[0], len(strings.TrimRight(text[:end], "、，,")))
		pass.Report(lint.Finding{
			Para: para, Start: loc.Start, End: loc.End,
			Message:    fmt.Sprintf("分项之和大于总数：共%d%s%s，其中各项加起来是%d%s", whole, classifier, wholeNoun, sum, classifier),
			Suggestion: "核实总数和各分项的数字，分项加起来不能多于总数",
		})
	}
}

// headNoun is the last two characters of a noun, its head in Chinese
// (矛盾纠纷 → 纠纷, which 土地流转纠纷 shares).
func headNoun(noun string) string {
	r := []rune(noun)
	return string(r[max(0, len(r)-2):])
}

// partition: a whole divided into groups (把52名党员全部编入3个党小组：东坡组18名、
// 西坡组16名、果业合作社组14名), with the number of groups.
var partition = match.MustCompile(`(\d+)(名|个|户|人)(\p{Han}{0,6}?)(全部|全体|统一|分别)?(编入|分为|分成|划分为|划为|编为|编成|分到)(\d+|[一二三四五六七八九十两])个(\p{Han}{1,6}?)[：:，,]`)

// checkPartition flags a whole divided into groups whose sizes, listed
// after it, do not add up to it. The division must be complete: said so
// (全部编入) or with as many sizes as groups named.
func checkPartition(pass *lint.Pass, para int, text string) {
	if !strings.ContainsAny(text, "：:，,") {
		return
	}
	for _, m := range partition.FindAllStringSubmatchIndex(text, -1) {
		whole, _ := strconv.Atoi(text[m[2]:m[3]])
		classifier := text[m[4]:m[5]]
		groups := chineseCount(text[m[12]:m[13]])
		all := m[8] >= 0 && text[m[8]:m[9]] != "分别"
		sum, items, end := 0, 0, m[1]
		for end < len(text) {
			item, sep := nextItem(text[end:])
			p := groupSize.FindStringSubmatch(item)
			if p == nil || p[2] != classifier {
				break
			}
			n, _ := strconv.Atoi(p[1])
			sum, items = sum+n, items+1
			end += len(item) + len(sep)
			if sep == "" {
				break
			}
		}
		if items < 2 || sum == whole || !all && items != groups {
			continue
		}
		loc := runeLoc(para, 0, text, m[0], len(strings.TrimRight(text[:end], "、，,。；;")))
		pass.Report(lint.Finding{
			Para: para, Start: loc.Start, End: loc.End,
			Message:    fmt.Sprintf("分组之和与总数不符：共%d%s，分到各组的加起来是%d%s", whole, classifier, sum, classifier),
			Suggestion: "核实总数和各组的数字，分组加起来应等于总数",
		})
	}
}

// groupSize: one group of a partition and its size (东坡组18名).
var groupSize = match.MustCompile(`^\p{Han}{1,12}?(\d+)(名|个|户|人)$`)

// chineseCount reads a small count in digits or Chinese numerals, or -1.
func chineseCount(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if k := strings.Index("一二三四五六七八九十", s); k >= 0 && len(s) == len("一") {
		return k/len("一") + 1
	}
	if s == "两" {
		return 2
	}
	return -1
}

// statedShare: a count and the share of a whole it is said to be (覆盖一线
// 党员29名，占一线党员总数的九成以上 / 占全村党员的85%).
var statedShare = match.MustCompile(`(\d+)(名|个|户|人|家|所)[，,]?(约)?占(全体|全部|全村|全镇|全社区|全院|全所|全校)?(\p{Han}{2,8}?)(总数|总人数|总量)?的(([一二三四五六七八九])成|(\d+(?:\.\d+)?)%|百分之([一二三四五六七八九十]+))(以上|多)?`)

// checkStatedShares flags a share stated in words or per cent that the
// report's own figures contradict: the whole is the count of the same
// noun named elsewhere (一线车间的党员41名 for 一线党员总数).
func checkStatedShares(pass *lint.Pass) {
	claims := 0
	for i, p := range pass.Doc.Paragraphs {
		if !strings.Contains(p.Text, "占") {
			continue
		}
		for _, m := range statedShare.FindAllStringSubmatchIndex(p.Text, -1) {
			part, _ := strconv.Atoi(p.Text[m[2]:m[3]])
			classifier, noun := p.Text[m[4]:m[5]], p.Text[m[10]:m[11]]
			lo, hi, ok := claimedRange(p.Text, m)
			if !ok {
				continue
			}
			if claims++; claims > maxShareClaims {
				return // each claim scans the report: a report states a few
			}
			whole := wholeOf(pass, noun, classifier, part)
			if whole <= 0 {
				continue
			}
			actual := float64(part) / float64(whole)
			if actual >= lo-0.005 && actual <= hi+0.005 {
				continue
			}
			loc := runeLoc(i, 0, p.Text, m[0], m[1])
			pass.Report(lint.Finding{
				Para: i, Start: loc.Start, End: loc.End,
				Message:    fmt.Sprintf("比例与自身数据不符：“%s”，而报告中%s共%d%s，实为%.0f%%", p.Text[m[0]:m[1]], noun, whole, classifier, actual*100),
				Suggestion: "核实数字：按报告自己的总数算出比例，或改正总数",
			})
		}
	}
}

// maxShareClaims bounds the stated shares checked in one report.
const maxShareClaims = 20

// claimedRange is the range of shares a statedShare match claims: 九成
// 0.85–0.95, 九成以上 0.9–1, 85% 0.84–0.86, 85%以上 0.85–1.
func claimedRange(text string, m []int) (lo, hi float64, ok bool) {
	var v float64
	switch {
	case m[16] >= 0:
		v = float64(chineseCount(text[m[16]:m[17]])) / 10
		lo, hi = v-0.05, v+0.05
	case m[18] >= 0:
		v, _ = strconv.ParseFloat(text[m[18]:m[19]], 64)
		v /= 100
		lo, hi = v-0.01, v+0.01
	case m[20] >= 0:
		n := chineseCount(text[m[20]:m[21]])
		if n < 0 {
			return 0, 0, false
		}
		v = float64(n) / 100
		lo, hi = v-0.01, v+0.01
	default:
		return 0, 0, false
	}
	if m[22] >= 0 {
		lo, hi = v, 1
	}
	return lo, hi, true
}

// wholeOf finds the count of a noun phrase stated in the report (一线
// 党员: 一线车间的党员41名, 41名一线党员), or 0 when it is not stated
// once with one value. The count must exceed the part.
func wholeOf(pass *lint.Pass, noun, classifier string, part int) int {
	r := []rune(noun)
	if len(r) < 3 {
		return 0 // 党员 alone: which total is meant is not clear
	}
	head, mod := string(r[len(r)-2:]), regexp.QuoteMeta(string(r[:len(r)-2]))
	re := match.MustCompile(mod + `[^，。；、\d]{0,6}` + regexp.QuoteMeta(head) + `(\d+)` + regexp.QuoteMeta(classifier) +
		`|(\d+)` + regexp.QuoteMeta(classifier) + mod + regexp.QuoteMeta(head))
	found := 0
	for _, p := range pass.Doc.Paragraphs {
		for _, w := range re.FindAllStringSubmatch(p.Text, -1) {
			n, _ := strconv.Atoi(w[1] + w[2])
			if n <= part {
				continue
			}
			if found != 0 && found != n {
				return 0
			}
			found = n
		}
	}
	return found
}

var (
	// namedRate: a rate named by what it counts (化解率96.3%、办结率100%).
	namedRate = match.MustCompile(`(\p{Han}{2})率(达到|达|为|是)?(\d+(?:\.\d+)?)%`)
	// verbCount: a count and the words before it (化解131件).
	verbCount = match.MustCompile(`(\p{Han}{1,8}?)(\d+)(件|起|个|名|户|人|次|项|场)`)
)

// checkRateOfCounts flags a rate its own counts contradict, within one
// sentence: 排查矛盾纠纷148件、化解131件，化解率96.3% (131/148 is 88.5%).
// The rate's name must be the verb of one count (化解率 ↔ 化解131件), the
// other count of the same unit and larger is the whole; a rate of
// something else (满意率) is not compared.
func checkRateOfCounts(pass *lint.Pass, para int, text string) {
	if !strings.Contains(text, "率") {
		return
	}
	offs := lint.NewOffsets(text)
	for _, sp := range lint.Sentences(text, 0, offs.Runes()) {
		sentence := offs.Slice(text, sp[0], sp[1])
		for _, m := range namedRate.FindAllStringSubmatchIndex(sentence, -1) {
			stem := sentence[m[2]:m[3]]
			stated, _ := strconv.ParseFloat(sentence[m[6]:m[7]], 64)
			part, whole, unit := -1, -1, ""
			counts := verbCount.FindAllStringSubmatch(sentence[:m[0]], -1)
			for _, c := range counts {
				if strings.HasSuffix(c[1], stem) {
					part, _ = strconv.Atoi(c[2])
					unit = c[3]
				}
			}
			for _, c := range counts {
				if n, _ := strconv.Atoi(c[2]); c[3] == unit && n > part && !strings.HasSuffix(c[1], stem) {
					if whole >= 0 && whole != n {
						whole = -2 // two candidates: which is meant is not clear
						break
					}
					whole = n
				}
			}
			if part < 0 || whole <= 0 {
				continue
			}
			actual := float64(part) / float64(whole) * 100
			if math.Abs(actual-stated) <= 0.6 {
				continue
			}
			loc := runeLoc(para, sp[0], sentence, m[0], m[1])
			pass.Report(lint.Finding{
				Para: para, Start: loc.Start, End: loc.End,
				Message:    fmt.Sprintf("%s率与自身数据不符：%d%s中%s%d%s，应为%.1f%%，报告写的是%s%%", stem, whole, unit, stem, part, unit, actual, sentence[m[6]:m[7]]),
				Suggestion: "核实两个数和比率，三者要对得上",
			})
		}
	}
}

var (
	// bracketWhole: a count of people to be divided (17名村党组织书记中，).
	bracketWhole = match.MustCompile(`(\d+)(名|人)(\p{Han}{1,12}?)中[，,：:]`)
	// bracketItem: one bracket and its count (45岁以下9名, 45至55岁7名,
	// 35岁以下青年党员15名).
	bracketItem = match.MustCompile(`^(\d+)(岁|年)(以下|以上|及以下|及以上)(的)?\p{Han}{0,6}?(\d+)(名|人)$|^(\d+)(岁)?(至|到|-|—|～|~)(\d+)(岁|年)(的)?\p{Han}{0,6}?(\d+)(名|人)$`)
)

// coversAll reports whether brackets run from the lowest (……以下) to the
// highest (……以上) without a gap: each starts where the one below ends, or
// one after (35岁以下、36至45岁、46岁以上); 35岁以下 and 55岁以上 leave the
// ages between out.
func coversAll(spans [][2]int) bool {
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	if len(spans) < 2 || spans[0][0] != -1 || spans[len(spans)-1][1] != -1 {
		return false
	}
	for k := 1; k < len(spans); k++ {
		if gap := spans[k][0] - spans[k-1][1]; spans[k-1][1] < 0 || gap < 0 || gap > 1 {
			return false
		}
	}
	return true
}

// checkBrackets flags a count of people divided into brackets from the
// lowest (……以下) to the highest (……以上) whose sizes do not add up to
// it: such brackets cover everyone once.
func checkBrackets(pass *lint.Pass, para int, text string) {
	if !strings.Contains(text, "以下") || !strings.Contains(text, "以上") {
		return
	}
	for _, m := range bracketWhole.FindAllStringSubmatchIndex(text, -1) {
		whole, _ := strconv.Atoi(text[m[2]:m[3]])
		sum, items, end := 0, 0, m[1]
		var spans [][2]int // each bracket's bounds; -1 for open
		for end < len(text) {
			item, sep := nextItem(text[end:])
			b := bracketItem.FindStringSubmatch(item)
			if b == nil {
				break
			}
			n := b[5] + b[13]
			k, _ := strconv.Atoi(n)
			sum, items = sum+k, items+1
			switch {
			case strings.HasSuffix(b[3], "以下"):
				x, _ := strconv.Atoi(b[1])
				spans = append(spans, [2]int{-1, x})
			case strings.HasSuffix(b[3], "以上"):
				x, _ := strconv.Atoi(b[1])
				spans = append(spans, [2]int{x, -1})
			default:
				x, _ := strconv.Atoi(b[7])
				y, _ := strconv.Atoi(b[10])
				spans = append(spans, [2]int{x, y})
			}
			end += len(item) + len(sep)
			if sep == "" {
				break
			}
		}
		if items < 2 || !coversAll(spans) || sum == whole {
			continue
		}
		loc := runeLoc(para, 0, text, m[0], len(strings.TrimRight(text[:end], "、，,。；;")))
		pass.Report(lint.Finding{
			Para: para, Start: loc.Start, End: loc.End,
			Message:    fmt.Sprintf("分段人数与总数不符：共%d名，各段加起来是%d名", whole, sum),
			Suggestion: "核实总数和各段人数，从最低一段到最高一段加起来应等于总数",
		})
	}
}

var (
	// developedCount: the members taken in this year (发展党员3名, 发展的2名新党员).
	developedCount = match.MustCompile(`(发展|吸收)了?(新)?(党员|预备党员)(\d+)名|(发展|吸收)(了|的)?(\d+)名(新)?(党员|预备党员)`)
	// otherSpan: words that put a count of members taken in at another
	// time than this year, or in a plan or a target (年初定的发展2名只完成了1名).
	otherSpan = match.MustCompile(`近\p{Han}?年|年来|累计|共计|历年|去年|上年|前年|明年|来年|20\d\d年(计划|力争|要)|计划|力争|将|拟|培养|积极分子|发展对象|定的|原定|预定|目标|任务|打算`)
)

// checkDevelopedMembers flags this year's members taken in stated twice
// with two values (全年发展党员3名 … 今年发展的2名新党员).
func checkDevelopedMembers(pass *lint.Pass) {
	first, firstAt := 0, lint.Loc{}
	for i, p := range pass.Doc.Paragraphs {
		if !strings.Contains(p.Text, "发展") && !strings.Contains(p.Text, "吸收") {
			continue
		}
		offs := lint.NewOffsets(p.Text)
		for _, sp := range lint.Sentences(p.Text, 0, offs.Runes()) {
			sentence := offs.Slice(p.Text, sp[0], sp[1])
			m := developedCount.FindStringSubmatchIndex(sentence)
			if m == nil || otherSpan.MatchString(sentence) {
				continue
			}
			numAt := 8
			if m[numAt] < 0 {
				numAt = 14
			}
			n, _ := strconv.Atoi(sentence[m[numAt]:m[numAt+1]])
			loc := runeLoc(i, sp[0], sentence, m[0], m[1])
			switch {
			case first == 0:
				first, firstAt = n, loc
			case n != first:
				pass.Report(lint.Finding{
					Para: loc.Para, Start: loc.Start, End: loc.End,
					Message:    fmt.Sprintf("本年发展党员的人数前后不一：第%d段说%d名，这里说%d名", firstAt.Para+1, first, n),
					Suggestion: "核实本年发展党员的人数，前后写成同一个数",
				})
				return
			}
		}
	}
}

// nextItem splits the next item of a list off s: the text up to 、 or a
// comma, and that separator ("" when the item ends the list, at ；。 or
// the end of s).
func nextItem(s string) (item, sep string) {
	for i, r := range s {
		switch r {
		case '、', '，', ',':
			return s[:i], string(r)
		case '；', ';', '。':
			return s[:i], ""
		}
	}
	return s, ""
}

// planShare: a share of a plan, a target or a budget, which work done can
// exceed (占年度计划的104%、完成目标任务的112%).
var planShare = match.MustCompile(`计划|目标|任务|预算|指标|定额`)

// boundedRate: a rate that cannot exceed 100%.
var boundedRate = match.MustCompile(`(参学率|覆盖率|参与率|到会率|出勤率|参会率|知晓率|满意率|满意度|合格率|达标率|占比|占全|占)[^，。；]{0,6}?(\d+(\.\d+)?)%`)

func checkRates(pass *lint.Pass, para int, text string) {
	if !strings.ContainsAny(text, "%") {
		return
	}
	for _, m := range boundedRate.FindAllStringSubmatchIndex(text, -1) {
		if planShare.MatchString(text[m[0]:m[1]]) {
			continue // 占年度计划的104%: a plan can be exceeded
		}
		if v, _ := strconv.ParseFloat(text[m[4]:m[5]], 64); v > 100 {
			loc := runeLoc(para, 0, text, m[0], m[1])
			pass.Report(lint.Finding{
				Para: para, Start: loc.Start, End: loc.End,
				Message:    fmt.Sprintf("比例超过100%%：“%s”", text[m[0]:m[1]]),
				Suggestion: "核实数据：参学率、覆盖率、占比等不会超过100%",
			})
		}
	}
}

// change: 由(上年的)A(unit)减少到B(unit)，下降C%（或减少C件、C个百分点）.
var change = match.MustCompile(`(由|从)(?:[^\d，。；、]{1,6}的)?(\d+(?:\.\d+)?)(万元|元|件|起|个|名|人次|人|户|次|%)?(?:减少|下降|降低|降|增加|增长|上升|提高|提升|升)(?:到|至|为)(\d+(?:\.\d+)?)(万元|元|件|起|个|名|人次|人|户|次|%)?[，,]?(?:同比|比上年)?(?:下降|减少|降低|增长|增加|上升|提高|提升)(?:了)?(\d+(?:\.\d+)?)(%|个百分点|万元|元|件|起|个|名|人次|人|户|次)`)

func checkChanges(pass *lint.Pass, para int, text string, tolerance float64) {
	if !strings.ContainsAny(text, "由从") {
		return
	}
	for _, m := range change.FindAllStringSubmatchIndex(text, -1) {
		a, _ := strconv.ParseFloat(text[m[4]:m[5]], 64)
		b, _ := strconv.ParseFloat(text[m[8]:m[9]], 64)
		stated, _ := strconv.ParseFloat(text[m[12]:m[13]], 64)
		unit := text[m[14]:m[15]]
		var actual float64
		allowed := tolerance
		switch {
		case unit == "%" && a > 0:
			actual = math.Abs(b-a) / a * 100
		case unit == "%":
			continue
		case unit == "个百分点":
			actual = math.Abs(b - a)
		default:
			actual, allowed = math.Abs(b-a), 0 // a count is exact
		}
		if math.Abs(actual-stated) <= allowed+1e-9 {
			continue
		}
		loc := runeLoc(para, 0, text, m[0], m[1])
		pass.Report(lint.Finding{
			Para: para, Start: loc.Start, End: loc.End,
			Message:    fmt.Sprintf("变化与自身数据不符：“%s”，按这两个数算应为%s%s", text[m[0]:m[1]], formatNumber(actual), unit),
			Suggestion: "核实前后两个数和变化幅度，三者要对得上",
		})
	}
}

func formatNumber(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(strconv.FormatFloat(f, 'f', 1, 64), "0"), ".")
}

// runeLoc converts the byte range [b0, b1) of text, which starts at rune
// offset base of paragraph para, to a location.
func runeLoc(para, base int, text string, b0, b1 int) lint.Loc {
	start := base + utf8.RuneCountInString(text[:b0])
	return lint.Loc{Para: para, Start: start, End: start + utf8.RuneCountInString(text[b0:b1])}
}
