package outline

import (
	"slices"
	"strings"
	"testing"

	"shuzhi/config"
	"shuzhi/lint"
)

// doc builds a document from lines, one paragraph each.
func doc(lines ...string) *lint.Document {
	d := &lint.Document{Format: "txt"}
	for i, l := range lines {
		d.Paragraphs = append(d.Paragraphs, lint.Paragraph{Text: l, Line: i + 1})
	}
	return d
}

// roles builds the outline and returns each span as "role/theme:text".
func roles(t *testing.T, d *lint.Document) (*lint.Outline, []string) {
	t.Helper()
	ol, err := Build(d, baseLexicons(t))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range ol.Spans {
		text := lint.RuneSlice(d.Paragraphs[s.Para].Text, s.Start, s.End)
		tag := string(s.Role)
		if s.Theme != "" {
			tag += "/" + string(s.Theme)
		}
		out = append(out, tag+":"+strings.TrimSpace(text))
	}
	return ol, out
}

// check compares spans with wanted "role:text prefix" entries.
func check(t *testing.T, got, want []string) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = strings.HasPrefix(got[i], want[i])
	}
	if !ok {
		t.Errorf("spans:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestHeadedReport(t *testing.T) {
	d := doc(
		"2025年度石桥村党支部书记抓基层党建工作述职报告",
		"　　根据镇党委安排，现将我一年来抓基层党建工作情况报告如下：",
		"一、履职情况",
		"（一）抓班子带队伍。我主持召开支委会24次，讲党课4次。",
		"（二）聚焦问题整改。我对上年度点评的3个问题逐一销号。",
		"二、存在的问题及原因",
		"（一）存在的问题。一是我对流动党员管理不够，5名流动党员未参加组织生活。",
		"（二）原因分析。主要是我重业务轻党建。",
		"三、下一步工作打算",
		"1. 3月底前建立流动党员台账，我牵头负责。",
		"以上述职，请予评议。",
		"石桥村党支部书记  王建国",
		"2026年1月10日",
	)
	ol, got := roles(t, d)
	check(t, got, []string{
		"other:2025年度石", "other:根据镇党委安排",
		"achievements:一、履职情况", "achievements:（一）抓班子带", "achievements:（二）聚焦问题",
		"problems:二、存在的问", "problems:（一）存在的问", "causes:（二）原因分析",
		"measures:三、下一步工", "measures:1. 3月底",
		"other:以上述职，请予", "other:石桥村党支部书", "other:2026年1月1",
	})
	if ol.Structure != lint.StructureHeaded {
		t.Errorf("structure %s, want headed", ol.Structure)
	}
	if ol.HeadingLevel[2] != 1 || ol.HeadingLevel[3] != 2 || ol.HeadingLevel[9] != 3 {
		t.Errorf("heading levels %v", ol.HeadingLevel)
	}
	var heads []string
	for _, s := range ol.Sections {
		heads = append(heads, string(s.Role)+"="+s.Heading)
	}
	if want := "other=2025年度石桥村党支部书记抓基层党建工…|achievements=一、履职情况|problems=二、存在的问题及原因|causes=（二）原因分析|measures=三、下一步工作打算|other=以上述职，请予评议。"; strings.Join(heads, "|") != want {
		t.Errorf("sections %s\nwant     %s", strings.Join(heads, "|"), want)
	}
}

func TestUnheadedReportWithCues(t *testing.T) {
	d := doc(
		"述职报告",
		"各位领导、同志们：",
		"现将本人履职情况述职如下。",
		"今年我带头讲党课4次，走访党员32户。",
		"但也清醒地看到，工作中还存在一些问题和不足。一是我对青年党员培养不够，全年只发展1名。",
		"究其原因，主要是我思想上重业务轻党建。",
		"下一步，我将在3月底前制定培养计划。",
		"不妥之处，请批评指正。",
	)
	ol, got := roles(t, d)
	check(t, got, []string{
		"other:述职报告", "other:各位领导、同", "other:现将本人履职",
		"achievements:今年我带头讲",
		"problems:但也清醒地看", "causes:究其原因，主", "measures:下一步，我将",
		"other:不妥之处，请批",
	})
	if ol.Structure != lint.StructureCued {
		t.Errorf("structure %s, want cued", ol.Structure)
	}
}

func TestRoleChangesInsideAParagraph(t *testing.T) {
	d := doc(
		"一年来，我带头讲党课4次。存在的问题主要有：一是党员教育不够经常。究其原因，是我抓得不紧。下一步，我将每月讲一次党课。",
	)
	_, got := roles(t, d)
	check(t, got, []string{"achievements:一年来，我带", "problems:存在的问题主", "causes:究其原因，是", "measures:下一步，我将"})
}

func TestPartHeadingsNestTypedHeadings(t *testing.T) {
	d := doc(
		"第一部分 履职情况",
		"一、压实责任。我主持支委会12次。",
		"第二部分 存在的问题",
		"一、个别村党组织战斗力不强。3个村换届后未开展培训。",
		"第三部分 下一步打算",
		"一、整顿后进村。6月底前完成。",
	)
	ol, got := roles(t, d)
	check(t, got, []string{
		"achievements:第一部分 履", "achievements:一、压实责任", "problems:第二部分 存",
		"problems:一、个别村党组", "measures:第三部分 下", "measures:一、整顿后进村",
	})
	if ol.HeadingLevel[0] != 1 || ol.HeadingLevel[1] != 2 {
		t.Errorf("levels %v: 第一部分 should be 1 and 一、 2", ol.HeadingLevel)
	}
}

func TestThemesOfThreePartReport(t *testing.T) {
	d := doc(
		"一、抓基层党建工作情况",
		"（一）主要成效。我讲党课4次。",
		"（二）存在问题。3个支部换届滞后。",
		"（三）下一步打算。6月底前完成换届。",
		"二、履行党风廉政建设主体责任情况",
		"我开展廉政谈话18人次。存在的问题是：我对财务监督不够。",
		"三、落实意识形态工作责任制情况",
		"我组织研判4次。",
	)
	_, got := roles(t, d)
	check(t, got, []string{
		"achievements/party-building:一、抓基层党建", "achievements/party-building:（一）主要成效",
		"problems/party-building:（二）存在问题", "measures/party-building:（三）下一步打",
		"achievements/integrity:二、履行党风廉", "achievements/integrity:我开展廉政谈",
		"problems/integrity:存在的问题是", "achievements/ideology:三、落实意识形", "achievements/ideology:我组织研判4",
	})
}

func TestDocxStyledHeadingsAndLabels(t *testing.T) {
	d := &lint.Document{Paragraphs: []lint.Paragraph{
		{Text: "存在的问题", Label: "二、", Line: 1},
		{Text: "我对流动党员管理不够。", Line: 2},
		{Text: "下一步打算", Level: 1, Style: "heading 1", Line: 3},
		{Text: "每季度开展一次排查。", Label: "1.", Line: 4},
	}}
	ol, got := roles(t, d)
	check(t, got, []string{"problems:存在的问题", "problems:我对流动党员", "measures:下一步打算", "measures:每季度开展一"})
	if ol.HeadingLevel[0] == 0 || ol.HeadingLevel[2] != 1 {
		t.Errorf("levels %v", ol.HeadingLevel)
	}
}

func TestNoStructure(t *testing.T) {
	d := doc("今年我带头讲党课4次，走访党员32户。", "我主持召开支委会24次。")
	ol, got := roles(t, d)
	check(t, got, []string{"achievements:今年我带头讲", "achievements:我主持召开支"})
	if ol.Structure != lint.StructureNone {
		t.Errorf("structure %s, want none", ol.Structure)
	}
}

func TestCueFalsePositives(t *testing.T) {
	// Sentences that mention problems, causes or the future inside the
	// achievements are not cues.
	d := doc(
		"一、主要工作",
		"我带头整改巡察反馈的问题12个，存在的问题已全部销号。",
		"今后在工作节奏上还需要把握。",
		"原来的3个软弱涣散支部已完成整顿。",
		"二、存在的问题",
		"我对党员教育抓得不实。",
	)
	_, got := roles(t, d)
	check(t, got, []string{
		"achievements:一、主要工作", "achievements:我带头整改巡", "achievements:今后在工作节",
		"achievements:原来的3个软", "problems:二、存在的问", "problems:我对党员教育",
	})
}

// baseLexicons returns the lexicons of dict/.
func baseLexicons(t testing.TB) *lint.Lexicons {
	t.Helper()
	set, err := config.Lexicons()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestHeadingRoles(t *testing.T) {
	lx, err := lexiconsOf(baseLexicons(t))
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"存在的问题及原因":      "problems,causes",
		"存在问题的原因":       "causes",
		"问题整改落实情况":      "followup",
		"上年度问题整改情况":     "followup",
		"下一步工作打算":       "measures",
		"履职情况":          "achievements",
		"存在问题及整改措施":     "problems,measures",
		"强化政治引领，筑牢思想根基": "",
	} {
		var rs []string
		for _, r := range lx.headingRoles(text) {
			rs = append(rs, string(r))
		}
		if got := strings.Join(rs, ","); got != want {
			t.Errorf("headingRoles(%s) = %s, want %s", text, got, want)
		}
	}
}

func TestSubHeadingsOfANamedPart(t *testing.T) {
	d := doc(
		"一、履职情况",
		"（一）聚焦问题整改。我对巡察反馈的问题逐一销号。",
		"（二）落实整改措施。我主持制定方案。",
		"二、存在问题及整改措施",
		"（一）存在问题。我调研少。",
		"（二）原因分析。我重业务轻党建。",
		"（三）整改措施。3月底前建立台账。",
	)
	_, got := roles(t, d)
	check(t, got, []string{
		"achievements:一、履职情况", "achievements:（一）聚焦问题整改", "achievements:（二）落实整改措施",
		"problems:二、存在问题及整改措施", "problems:（一）存在问题", "causes:（二）原因分析", "measures:（三）整改措施",
	})
}

func TestTypedHeadingsUnderStyledOnes(t *testing.T) {
	d := &lint.Document{Paragraphs: []lint.Paragraph{
		{Text: "二、存在的问题", Level: 1, Line: 1},
		{Text: "（一）抓党建促产业还停留在面上。我调研少。", Line: 2},
		{Text: "三、下一步工作打算", Level: 1, Line: 3},
		{Text: "（一）补齐短板。3月底前建立台账。", Line: 4},
	}}
	ol, got := roles(t, d)
	check(t, got, []string{"problems:二、存在的问题", "problems:（一）抓党建促产业", "measures:三、下一步工作打算", "measures:（一）补齐短板"})
	if ol.HeadingLevel[1] != 2 {
		t.Errorf("a typed heading under a styled one has level %d, want 2", ol.HeadingLevel[1])
	}
}

// TestBulletAndBracketHeadings: ■ ● ◆ ▲ and 【】 open headings, a
// bracketed heading ends at its bracket, and plain-word headings name
// their parts.
func TestBulletAndBracketHeadings(t *testing.T) {
	_, got := roles(t, doc(
		"【一年来做了哪些事】",
		"我主持召开支委会24次。",
		"■ 还存在哪些不足",
		"● 学习不实。我全年只读了2本书。",
		"【问题出在哪里】根子在我自己。",
		"◆ 明年咋干",
		"我将于3月底前建立台账。",
	))
	want := []string{
		"achievements:【一年来做了哪些事】", "achievements:我主持召开支委会24次。",
		"problems:■ 还存在哪些不足", "problems:● 学习不实。我全年只读了2本书。",
		"causes:【问题出在哪里】根子在我自己。",
		"measures:◆ 明年咋干", "measures:我将于3月底前建立台账。",
	}
	sameSpans(t, got, want)
}

// TestTransitionsWithoutHeadings: plain spoken transitions open the parts
// of a report without headings, and a sentence reporting done work inside
// the achievements opens none.
func TestTransitionsWithoutHeadings(t *testing.T) {
	_, got := roles(t, doc(
		"先说这一年干的几件事。",
		"我主持召开支委会24次。针对去年查摆出的问题，我逐条制定整改措施，目前已全部整改到位。",
		"再说我自己的问题。",
		"头一个，学习不上心，全年只读了2本书。",
		"问题出在哪？我想了好几个晚上，根子在我重业务轻党建。",
		"明年打算这么干。",
		"我将于3月底前建立台账。",
	))
	want := []string{
		"achievements:先说这一年干的几件事。", "achievements:我主持召开支委会24次。针对去年查摆出的问题，我逐条制定整改措施，目前已全部整改到位。",
		"problems:再说我自己的问题。", "problems:头一个，学习不上心，全年只读了2本书。",
		"causes:问题出在哪？我想了好几个晚上，根子在我重业务轻党建。",
		"measures:明年打算这么干。", "measures:我将于3月底前建立台账。",
	}
	sameSpans(t, got, want)
}

// TestStyledTitleIsFrontMatter: a title and salutation in Heading 1 (as
// pandoc writes them) are not parts, and 一、 headings do not nest under
// the title.
func TestStyledTitleIsFrontMatter(t *testing.T) {
	d := doc("2025年度抓基层党建工作述职报告", "各位领导、同志们：", "一、主要工作", "我主持召开支委会24次。", "二、存在的问题", "我调研不够。")
	d.Paragraphs[0].Level, d.Paragraphs[1].Level = 1, 1
	ol, got := roles(t, d)
	if got[0] != "other:2025年度抓基层党建工作述职报告" || got[1] != "other:各位领导、同志们：" || !strings.HasPrefix(got[2], "achievements:") || !strings.HasPrefix(got[4], "problems:") {
		t.Errorf("got %q", got)
	}
	if ol.HeadingLevel[2] != 1 {
		t.Errorf("一、 heading at level %d, want 1", ol.HeadingLevel[2])
	}
}

// TestQuestionTransitions: a question about next year opens the measures
// as a question why opens the causes.
func TestQuestionTransitions(t *testing.T) {
	_, got := roles(t, doc(
		"这一年我主持召开支委会24次。",
		"再说说我的不足，主要有两条。",
		"一是学习不上心。",
		"为啥会这样？根子在我重业务轻党建。",
		"下一步怎么干？我想了三条。",
		"我将于3月底前建立台账。",
	))
	roles := make([]string, len(got))
	for i, g := range got {
		roles[i] = g[:strings.Index(g, ":")]
	}
	if want := "achievements,problems,problems,causes,measures,measures"; strings.Join(roles, ",") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestEmphasisedLinesAreHeadings: in a document without heading styles a
// short bold or centred line is a heading, a topic heading when it names
// no part.
func TestEmphasisedLinesAreHeadings(t *testing.T) {
	d := doc("一、主要工作", "红色引擎", "我主持召开支委会24次。", "二、存在的问题", "我调研不够。")
	d.Paragraphs[1].Emphasis = true
	ol, got := roles(t, d)
	if ol.HeadingLevel[1] == 0 || !strings.HasPrefix(got[1], "achievements:") || !strings.HasPrefix(got[4], "problems:") {
		t.Errorf("got %q, levels %v", got, ol.HeadingLevel)
	}
	d.Paragraphs[1].Emphasis = false
	if ol, _ := roles(t, d); ol.HeadingLevel[1] != 0 {
		t.Error("a plain short line without a part's words became a heading")
	}
}

// sameSpans reports spans that differ from the wanted ones.
func sameSpans(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestMoreQuestionTransitions: a numbered heading about a year
// (4.2026年工作打算) is a heading, and plain questions about what went
// wrong and what comes next open the problems and the measures.
func TestMoreQuestionTransitions(t *testing.T) {
	ol, got := roles(t, doc("1.主要工作", "我主持召开支委会24次。", "4.2026年工作打算", "我将于3月底前建立台账。"))
	if ol.HeadingLevel[2] == 0 || !strings.HasPrefix(got[3], "measures:") {
		t.Errorf("year heading: %q", got)
	}
	_, got = roles(t, doc("这一年我主持召开支委会24次。", "哪些地方没做好？学习不上心。", "为什么会这样？根子在我。", "往后咋办？我将建立台账。"))
	if want := "achievements,problems,causes,measures"; rolesOf(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestCausesWithoutProblemsAreDoubted: causes found for problems the
// outline did not find mean it misread the report.
func TestCausesWithoutProblemsAreDoubted(t *testing.T) {
	ol, _ := roles(t, doc("一、主要工作", "我主持召开支委会24次。", "二、原因分析", "根子在我重业务轻党建。", "三、下一步打算", "我将于3月底前建立台账。"))
	if ol.Doubt == "" {
		t.Error("causes without problems left the outline confident")
	}
	ol, _ = roles(t, doc("一、主要工作", "我主持召开支委会24次。", "二、存在的问题", "我调研不够。", "三、原因分析", "根子在我。"))
	if ol.Doubt != "" {
		t.Errorf("a complete outline doubted: %s", ol.Doubt)
	}
}

// TestPlainTurns: a paragraph that closes the part before (事情就说到这儿)
// may open the next one in its second sentence; problems brought into the
// light (亮亮我的短处) and a question how they came about open their parts.
func TestPlainTurns(t *testing.T) {
	_, got := roles(t, doc(
		"头一块，讲讲今年我主持召开支委会24次。",
		"事情就说到这儿。今天更要紧的，是把我自己身上的毛病亮出来。",
		"一是学习不上心。",
		"这些毛病是怎么来的？根子在我。",
		"明年怎么弄，我将于3月底前建立台账。",
	))
	if want := "achievements,problems,problems,causes,measures"; rolesOf(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestAnnouncedProblemsAndPlainOpenings: a paragraph that announces how
// many problems it found (问题主要在我身上，我梳理了三条), asks where the
// work falls short after closing the part before (好的说完了), and a
// plain opening formula (下面把……作个汇报。) are read; the same words
// inside achievements or measures open nothing.
func TestAnnouncedProblemsAndPlainOpenings(t *testing.T) {
	_, got := roles(t, doc(
		"我叫王芳，是科室主任。下面把我今年的工作作个汇报。",
		"今年我主持召开支委会24次。",
		"成绩是大家干出来的，问题主要在我身上，我梳理了三条。",
		"第一，学习不上心。",
		"明年我打算从三个方面改。",
	))
	want := "other,achievements,problems,problems,measures"
	if rs := rolesOf(got); rs != want {
		t.Errorf("got %v, want %s", got, want)
	}
	expectRoles(t, "achievements,problems,measures",
		"今年我主持召开支委会24次。",
		"好的说完了，该说说差在哪儿。一是学习不上心。",
		"明年我打算从三个方面改。",
	)
	expectRoles(t, "achievements,achievements,measures",
		"今年我主持召开支委会24次。",
		"针对去年查摆的问题，我梳理了三条整改措施，已全部整改到位。",
		"明年我打算从三个方面改，把去年找出的问题再列三条复查。",
	)
}

// rolesOf joins the roles of spans given as "role:text".
func rolesOf(spans []string) string { return strings.Join(roleThemes(spans), ",") }

// TestProblemsFoundBeforeTheirCauses: causes analyse problems, so when the
// outline finds causes but no problems, the items of shortcomings just
// before the causes are the problems, from the lead-in that announces
// them, even in the middle of a paragraph; items of work done are not.
func TestProblemsFoundBeforeTheirCauses(t *testing.T) {
	ol, got := roles(t, doc(
		"这一年我主要抓了三件事。",
		"第三件是抓队伍建设，我和2名积极分子谈心6次。话说回来，我自己欠下的也不少，有几条必须说清楚。一是党建和业务的问题我没抓住，讲评只开了2次。",
		"二是组织生活的质量不高，3次党课有2次是念文件。",
		"三是对年轻党员关心不够，8名中只谈过3人。",
		"这些问题的根子，在我自己身上。",
		"明年我打算把讲评每季度开一次。",
	))
	want := "achievements,achievements,problems,problems,problems,causes,measures"
	if rs := rolesOf(got); rs != want || ol.Doubt != "" {
		t.Errorf("got %v (doubt %q), want %s", got, ol.Doubt, want)
	}
	if !strings.HasPrefix(got[2], "problems:话说回来") {
		t.Errorf("the problems start at %q, want the lead-in", got[2])
	}
	// Work done before the causes stays work done, and the outline stays
	// in doubt.
	ol, got = roles(t, doc(
		"这一年我主要抓了三件事。",
		"一是组织生活，我主持支委会12次。",
		"二是队伍建设，发展党员2名。",
		"这些问题的根子，在我自己身上。",
		"明年我打算把讲评每季度开一次。",
	))
	if rs := rolesOf(got); strings.Contains(rs, "problems") || ol.Doubt == "" {
		t.Errorf("work done taken for problems: %v (doubt %q)", got, ol.Doubt)
	}
}

// TestAddressesAndPlainProblemHeadings: a salutation to a body (院党委、各位
// 同志：) in a heading style is front matter; 还有哪些没干好 and 还差在哪儿
// head the problems; 问题较多的4个社区 in the measures opens nothing.
func TestAddressesAndPlainProblemHeadings(t *testing.T) {
	d := doc("院党委、各位同志：", "一、履职情况", "我主持支委会12次。", "还有哪些没干好", "我调研不够。", "明年打算咋干", "3月底前对问题较多的4个社区开展一次检查。")
	d.Paragraphs[0].Level = 1
	_, got := roles(t, d)
	want := "other,achievements,achievements,problems,problems,measures,measures"
	if rs := rolesOf(got); rs != want {
		t.Errorf("got %v, want %s", got, want)
	}
	_, got = roles(t, doc("一、主要工作", "我主持支委会12次。", "还差在哪儿", "我调研不够。"))
	if rs := rolesOf(got); rs != "achievements,achievements,problems,problems" {
		t.Errorf("还差在哪儿: got %v", got)
	}
	_, got = roles(t, doc("一、主要工作", "（一）加强支部：", "我主持支委会12次。"))
	if rs := rolesOf(got); rs != "achievements,achievements,achievements" {
		t.Errorf("a heading ending with 支部： read as a salutation: got %v", got)
	}
}

// TestMoreTurnsOfBatchN: a closing clause and the turn in one sentence (问
// 题都摆在这儿了，明年我打算怎么改？), a later year and a will (2026年是开局
// 之年，我将……), a label naming problems and causes (问题和原因。一是……), a
// root owned by the writer (根源在我身上), and a numbered heading about last
// year's 述职评议 are read; the same words in other places open nothing.
func TestMoreTurnsOfBatchN(t *testing.T) {
	_, got := roles(t, doc(
		"2025年度述职报告",
		"我主持支委会12次。",
		"问题和原因。一是对下级监督偏弱，我谈话少。根源在我身上，怕得罪人。",
		"问题都摆在这儿了，明年我打算怎么改？想了两条。",
	))
	want := "other,achievements,problems,causes,measures"
	if rs := rolesOf(got); rs != want {
		t.Errorf("got %v, want %s", got, want)
	}
	_, got = roles(t, doc("2025年度述职报告", "一、上年度述职评议问题整改情况", "去年指出的2个问题已整改。", "二、主要工作", "我主持支委会12次。"))
	if rs := rolesOf(got); rs != "other,followup,followup,achievements,achievements" {
		t.Errorf("a numbered heading about 述职评议 read as the title: got %v", got)
	}
	_, got = roles(t, doc("2025年度述职报告", "我主持支委会12次。", "存在的问题。我调研不够。", "2026年是开局之年，我将抓好三件事。"))
	if rs := rolesOf(got); rs != "other,achievements,problems,measures" {
		t.Errorf("a later year and a will: got %v", got)
	}
	_, got = roles(t, doc("2025年度述职报告", "我主持支委会12次。", "2025年是攻坚之年，我将精力放在项目上，建成3个站点。", "存在的问题。我调研不够。"))
	if rs := rolesOf(got); rs != "other,achievements,achievements,problems" {
		t.Errorf("the report's own year read as a plan: got %v", got)
	}
}

// TestProblemsAfterALeadInThatEndsAParagraph: the lead-in may close the
// paragraph before the items (……这些成绩是大家干出来的。话说回来，这一年毛
// 病也不少。), and items of shortcomings may use plain words (不经常、走了过
// 场、管得松、只谈了14个).
func TestProblemsAfterALeadInThatEndsAParagraph(t *testing.T) {
	_, got := roles(t, doc(
		"头一件，是把组织生活过实在，全年开支委会12次。",
		"第三件，是抓人，发展党员1名。话说回来，我自己心里清楚，这一年毛病也不少。",
		"第一个，抓支部的事不经常，8月的主题党日推迟了。",
		"第二个，谈心谈话走了过场，19名党员我只谈了14个。",
		"第三个，宣传阵地管得松。",
		"往深里想，根子还在我自己。",
		"新的一年怎么改，我想了三条。",
	))
	want := "achievements,achievements,problems,problems,problems,problems,causes,measures"
	if rs := rolesOf(got); rs != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestWhereTheProblemsLie: a heading that asks where the problems lie
// (二、问题出在哪里) heads the problems when a later heading opens the
// causes, and the causes when none does; 再说说明年的打算 opens the
// measures.
func TestWhereTheProblemsLie(t *testing.T) {
	_, got := roles(t, doc("一、主要工作", "我主持支委会12次。", "二、问题出在哪里", "我调研不够。", "三、原因主要在我自己", "我重业务轻党建。", "再说说明年的打算。", "3月底前建立台账。"))
	if rs := rolesOf(got); rs != "achievements,achievements,problems,problems,causes,causes,causes,causes" {
		t.Errorf("got %v", got)
	}
	_, got = roles(t, doc("一、主要工作", "我主持支委会12次。", "二、存在的问题", "我调研不够。", "三、问题出在哪里", "我重业务轻党建。"))
	if rs := rolesOf(got); rs != "achievements,achievements,problems,problems,causes,causes" {
		t.Errorf("got %v", got)
	}
	_, got = roles(t, doc("先说今年干的几件事。我主持支委会12次。", "再说说明年的打算，我想做好两件事。", "3月底前建立台账。"))
	if rs := rolesOf(got); rs != "achievements,measures,measures" {
		t.Errorf("再说说明年的打算: got %v", got)
	}
}

// TestStyledPartsAndPlainSubheadings: in a document whose parts have
// heading styles, a short plain line that names a part by a word (关于……
// 的问题) is a sub-heading, not a new part; a styled heading naming no
// part after last year's rectification opens the achievements; far from
// the first heading, short paragraphs are the body, not a preamble.
func TestStyledPartsAndPlainSubheadings(t *testing.T) {
	d := doc("2025年度述职报告", "各位领导：", "一、上年度述职评议指出问题的整改情况", "关于“议事流于形式”的问题", "我推行每月一议，已整改。",
		"二、一年来的主要情况", "我主持支委会12次。", "三、存在的主要问题", "工作不到位", "我调研不够。", "四、2026年工作打算", "3月底前建立台账。")
	for _, i := range []int{2, 5, 7, 10} {
		d.Paragraphs[i].Level = 2
	}
	_, got := roles(t, d)
	want := "other,other,followup,followup,followup,achievements,achievements,problems,problems,problems,measures,measures"
	if rs := rolesOf(got); rs != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
	_, got = roles(t, doc("2025年度述职报告", "先说说这一年干了啥。我主持支委会12次。", "第一件，发展党员2名。", "第二件，建成阵地3个。", "再说说存在的问题。一是我调研不够。", "明年我准备这样干：", "3月底前建立台账。"))
	if rs := rolesOf(got); rs != "other,achievements,achievements,achievements,problems,measures,measures" {
		t.Errorf("a preamble far from the first heading: got %v", got)
	}
}

// TestTransitionsInsideParagraphs: a paragraph may end by announcing the
// next part (话说回来，毛病也不少，我一条条摆出来。) or turn with a question
// (为啥会这样？); a heading that sets out to remedy shortcomings (聚焦短板
// 弱项，排定来年攻坚清单) heads the measures. A question inside the
// achievements that names no part opens nothing.
func TestTransitionsInsideParagraphs(t *testing.T) {
	_, got := roles(t, doc(
		"先说说这一年干了啥。我主持支委会12次。怎么让党员动起来？我建了网格。话说回来，毛病也不少，我一条条摆出来。",
		"第一，学习抓得不实。第二，老党员作用没发挥好。为啥会这样？根子还在我自己身上。",
		"一是思想上有偏差。明年咋办，我打算这么干。",
		"一是3月底前建立台账。",
	))
	want := "achievements,problems,problems,causes,causes,measures,measures"
	if rs := rolesOf(got); rs != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
	_, got = roles(t, doc("一、主要工作", "我主持支委会12次。", "二、查找履职中的差距短板", "我调研不够。", "三、聚焦短板弱项，排定来年攻坚清单", "3月底前建立台账。"))
	if rs := rolesOf(got); rs != "achievements,achievements,problems,problems,measures,measures" {
		t.Errorf("a remedy heading: got %v", got)
	}
}

// TestWebCopiesThemeLinesAndLabels: the table of contents of a web copy
// is front matter; a bullet before a number (■ 一、) takes the number's
// level; a theme named before a colon opens the theme; labels that count
// the problems (问题有三点：) or name the measures (整改打算：) open them; 有
// 不少没干好的地方 turns to the problems.
func TestWebCopiesThemeLinesAndLabels(t *testing.T) {
	_, got := roles(t, doc("首页 > 述职报告", "2025年度述职报告", "目录", "■ 一、履职情况", "■ 二、存在的问题",
		"各位领导：", "■ 一、履职情况", "我主持支委会12次。", "■ 二、存在的问题", "（一）调研不够。我下基层少。", "（二）学习不深。我读书少。"))
	want := "other,other,other,other,other,other,achievements,achievements,problems,problems,problems"
	if rs := rolesOf(got); rs != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
	_, got = roles(t, doc("抓基层党建：把组织体系织进楼栋", "我主持支委会12次。", "问题有三点：一是我调研不够。", "整改打算：3月底前建立台账。",
		"党风廉政建设：担子我扛", "我约谈8人。"))
	want = "achievements/party-building,achievements/party-building,problems/party-building,measures/party-building,achievements/integrity,achievements/integrity"
	if rs := strings.Join(roleThemes(got), ","); rs != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
	_, got = roles(t, doc("先说说这一年干了些啥。我主持支委会12次。", "这一年也有不少没干好的地方，主要是我自己的问题。", "第一，集体经济没有起色。"))
	if rs := rolesOf(got); rs != "achievements,problems,problems" {
		t.Errorf("没干好的地方: got %v", got)
	}
}

// roleThemes returns the "role/theme" of each span given as "role/theme:text".
func roleThemes(spans []string) []string {
	var out []string
	for _, g := range spans {
		out = append(out, g[:strings.Index(g, ":")])
	}
	return out
}

// TestWhyWithoutAQuestionMarkAndAYearsRectification: 为啥会这样，…… opens
// the causes without a question mark; a heading on a named year's review
// and its rectification is the follow-up part.
func TestWhyWithoutAQuestionMarkAndAYearsRectification(t *testing.T) {
	_, got := roles(t, doc("我主持支委会12次。", "存在的问题。我调研不够。", "为啥会这样，我自己琢磨了好几回。根子在我。", "明年我打算这么干。"))
	if rs := rolesOf(got); rs != "achievements,problems,causes,measures" {
		t.Errorf("got %v", got)
	}
	_, got = roles(t, doc("2025年度述职报告", "一、2024年度述职评议指出问题的整改情况", "去年指出的2个问题已整改。", "二、2025年度履职情况", "我主持支委会12次。"))
	if rs := rolesOf(got); rs != "other,followup,followup,achievements,achievements" {
		t.Errorf("got %v", got)
	}
}

// TestPartsByContent: with no heading and no cue, the paragraphs' content
// gives the parts: work done, the writer's shortcomings, why, and plans in
// the future tense, in that order only; a report of work done and plans
// alone finds no problems and keeps no structure.
func TestPartsByContent(t *testing.T) {
	ol, got := roles(t, doc(
		"2025年度述职报告",
		"这一年我主持支委会12次，讲党课4次，全年发展党员2名。",
		"我对年轻党员关心不够，8名中只谈过3人，组织生活抓得不实。",
		"这和我重业务轻党建有关，认识上有偏差。",
		"每月至少谈心2人，3月底前建立台账，力争全年不少于24人次。",
		"以上述职，请予评议。",
	))
	if rs := rolesOf(got); rs != "other,achievements,problems,causes,measures,other" || ol.Structure != lint.StructureContent {
		t.Errorf("got %v (%s)", got, ol.Structure)
	}
	ol, got = roles(t, doc(
		"2025年度述职报告",
		"这一年我主持支委会12次，讲党课4次，全年发展党员2名。",
		"每月至少谈心2人，3月底前建立台账，力争全年不少于24人次。",
	))
	if ol.Structure != lint.StructureNone || strings.Contains(rolesOf(got), "measures") {
		t.Errorf("without problems: got %v (%s)", got, ol.Structure)
	}
}

// TestPartsByContentWithYearsAndOwners: a paragraph opening with the next
// year, or setting deadlines and owners, is a plan; plain admissions
// (只有8次、没有组织讨论、推迟) are shortcomings.
func TestPartsByContentWithYearsAndOwners(t *testing.T) {
	ol, got := roles(t, doc(
		"2025年度述职报告",
		"今年我把支部建在警组上，全所党员19名，开展包村联户走访1200户。",
		"我抓学习常常给警情让路，主题党日按时开的只有8次，4次推迟，没有组织讨论。",
		"我思想上还是把破案当硬指标，认识上有偏差。",
		"2026年，我把主题党日固定在每月第一个周四，讨论记录由组织委员负责上传。",
	))
	if rs := rolesOf(got); rs != "other,achievements,problems,causes,measures" || ol.Structure == lint.StructureNone {
		t.Errorf("got %v (%s)", got, ol.Structure)
	}
}

// TestPlansByContent: an outline whose cues found problems but no measures
// moves on to the measures at the first paragraph that reads as a plan,
// and keeps the closing formula out of them; a paragraph of work done
// after the problems opens nothing.
func TestPlansByContent(t *testing.T) {
	expectRoles(t, "achievements,problems,problems,measures,other",
		"我主持支委会12次，讲党课4次。",
		"话说回来，毛病也不少，我一条条摆出来。我调研不够，下基层少。",
		"我对年轻党员关心不够，只谈过3人。",
		"每月至少谈心2人，3月底前建立台账，力争全年不少于24人次。",
		"以上述职，请予评议。",
	)
	expectNoRole(t, "measures",
		"我主持支委会12次，讲党课4次。",
		"话说回来，毛病也不少，我一条条摆出来。我调研不够，下基层少。",
		"去年我已完成了12次走访，全年达到了目标。",
	)
}

// TestContentUnderCuedMeasures: a cue that opens only the measures leaves
// the problems and causes before it to their content; a paragraph that
// quotes the rule it fell short of (每季度、至少、上半年) is no plan.
func TestContentUnderCuedMeasures(t *testing.T) {
	expectRoles(t, "achievements,problems,causes,measures,other",
		"这一年我主持支委会14次，讲党课3次，走访群众60户。",
		"抓业务多、抓党建少，是我最突出的短板。支部定的书记每季度到每个党小组至少一次，我上半年只去了2次。",
		"思想上，我仍把党建当成软任务，排日程时先排业务。",
		"2026年3月底前，我将制定联系党小组计划，全年不少于12次。",
		"以上述职，请予评议。",
	)
	expectNoRole(t, "problems",
		"这一年我主持支委会14次，讲党课3次，走访群众60户。",
		"我坚持每季度到每个党小组至少一次，上半年完成了8次。",
		"2026年3月底前，我将制定联系党小组计划，全年不少于12次。",
		"以上述职，请予评议。",
	)
}

// TestCausesByTheirThinking: in an outline found by cues that found no
// causes, a paragraph after the problems' first that tells of the
// author's own thinking (觉得、想法、惯性、碍于情面) is the causes; a second
// paragraph of problems that does not stays problems.
func TestCausesByTheirThinking(t *testing.T) {
	expectRoles(t, "achievements,problems,causes,measures,other",
		"这一年我主持支委会14次，讲党课3次，走访群众60户。",
		"我自身还存在不少问题。理论学习还不够深入系统，联系群众还不够紧密。",
		"我心里总觉得社区事务杂，学习是软任务；凭经验办事的惯性大，遇事不愿多动脑筋。",
		"2026年3月底前，我将制定联系党小组计划，全年不少于12次。",
		"以上述职，请予评议。",
	)
	expectRoles(t, "achievements,problems,problems,measures,other",
		"这一年我主持支委会14次，讲党课3次，走访群众60户。",
		"我自身还存在不少问题。理论学习还不够深入系统，联系群众还不够紧密。",
		"我对党员教育管理不够严格，全年有5名流动党员未参加组织生活，我觉得打个电话就行。",
		"2026年3月底前，我将制定联系党小组计划，全年不少于12次。",
		"以上述职，请予评议。",
	)
}

// TestPlanWordsInTheirSense: 将 as 把 (2个社区将经费用于……) and 计划 as a
// noun (年度经营计划) make no plan, so the problems and work around them
// keep their roles; 将 after a subject and 计划 after a year do.
func TestPlanWordsInTheirSense(t *testing.T) {
	b := &builder{year: 2025}
	for text, want := range map[string]bool{
		"我推动把党建工作写进公司年度经营计划，和董事长每季度专门碰一次头。":                   false,
		"对网格党建指导不细，上半年有40个网格无活动记录，区审计指出2个社区将经费1.8万元用于购置办公设备。": false,
		"我将于3月底前建立台账，每季度通报一次。":                                true,
		"2026年计划发展党员4名，由组织委员负责。":                              true,
	} {
		if got := b.isPlan(text); got != want {
			t.Errorf("isPlan(%s) = %v, want %v", text, got, want)
		}
	}
}

// TestTurnsWithinThemes: within a theme, 问题方面，一是…… opens the problems
// and 2026年，一是…… the measures.
func TestTurnsWithinThemes(t *testing.T) {
	expectRoles(t, "achievements/ideology,achievements/ideology,problems/ideology,measures/ideology,other",
		"【一、意识形态工作】",
		"一是落实责任制。我每学期主持专题研判2次，全年4次。",
		"问题方面，一是网络阵地管得不细，我2天后才知道家长群的不实信息。二是我全年只听思政课6节。",
		"2026年，一是3月底前在36个班级群建立联络员制度。二是我每学期听课不少于10节。",
		"以上述职，请予评议。",
	)
}

// TestSpokenTurnToFailings: a spoken transition that turns to what was not
// done well (再掏心窝子讲讲没干好的) opens the problems.
func TestSpokenTurnToFailings(t *testing.T) {
	expectRoles(t, "achievements,achievements,problems,problems,measures,measures,other",
		"头一块，先说说今年实打实干了哪几件事。",
		"我带着村两委修了2.3公里村道，办了4期培训班。",
		"说完干成的，再掏心窝子讲讲没干好的。",
		"村里的年轻党员我联系得少，6名在外务工的党员我全年只通了两次电话。",
		"明年怎么干，我想好了几条。",
		"3月底前我建好流动党员微信群，每月组织一次线上学习。",
		"以上述职，请予评议。",
	)
}

// TestShortcomingsInPlainFacts: problems told as plain facts (参学率只有六成、
// 有3个月没有开展活动、直到10月份才发现) are read as problems by content;
// the same paragraph of work done is not.
func TestShortcomingsInPlainFacts(t *testing.T) {
	expectRoles(t, "achievements,problems,causes,measures,other",
		"全年我主持召开支委会12次，讲党课3次，发展党员3名。",
		"我对党员教育管理抓得不实，一线党员参学率只有六成；机加党小组有3个月没有开展活动，我直到10月份才发现。",
		"我思想上存在把党建当副业的想法。",
		"2026年3月底前，我将把学习改为班前十分钟，由4个党小组长负责。",
		"以上述职，请予评议。",
	)
	expectNoRole(t, "problems",
		"全年我主持召开支委会12次，讲党课3次，发展党员3名。",
		"我抓党员教育管理，一线党员参学率达到九成；机加党小组每月开展活动，10月份通过检查。",
		"2026年3月底前，我将把学习改为班前十分钟，由4个党小组长负责。",
		"以上述职，请予评议。",
	)
}

// TestShortfallOpeningThePlans: in a report with no problem part, the
// shortfall a measures part opens with (回头看……只完成了1名。) is a problem
// part, however short; a measures part that opens with its plan is not.
func TestShortfallOpeningThePlans(t *testing.T) {
	expectRoles(t, "achievements,achievements,measures,problems,measures,measures,other",
		"一、2025年主要工作",
		"我固定每月最后一个周五开主题党日，全年12次，到会率从68%提高到89%。",
		"二、2026年工作打算",
		"回头看，年初定的发展2名新党员只完成了1名。明年我主要做好四件事：",
		"一是2026年发展预备党员2名，6月底前完成政审。",
		"以上述职，请予评议。",
	)
	expectNoRole(t, "problems",
		"一、2025年主要工作",
		"我固定每月最后一个周五开主题党日，全年12次，到会率从68%提高到89%。",
		"二、2026年工作打算",
		"明年我主要做好四件事，补上发展党员不足的短板：",
		"一是2026年发展预备党员2名，6月底前完成政审。",
		"以上述职，请予评议。",
	)
}

// TestCausesInCircumstances: after the problems, a paragraph that puts
// them down to circumstances (人手紧张、报表多、经费只有、年纪大) and never
// says 我 is the causes; a paragraph of others' problems is not.
func TestCausesInCircumstances(t *testing.T) {
	lines := []string{
		"今年我把主要力气花在小区党建上，推动成立小区党支部6个，走访居民420户。",
		"我对小区党支部抓建立多、抓运转少，两个支部全年只开了3次支委会，主题党日有4个月没有开展。",
		"",
		"2026年一季度，我将到两个小区党支部各蹲点一个月，3月底前建立台账。",
		"以上述职，请予评议。",
	}
	if rs := withLine(t, lines, 2, "社区9名专职社工要服务1.2万居民，人手十分紧张。上级布置的报表和创建任务多，党建经费全年只有12万元，部分小区党支部书记年纪大、精力有限。"); rs != "achievements,problems,causes,measures,other" {
		t.Errorf("got %v", rs)
	}
	if rs := withLine(t, lines, 2, "部分在职党员报到后参与不多，136名中参加过3次以上活动的只有41名，有的小区党支部书记经费使用不规范。"); rs != "achievements,problems,problems,measures,other" {
		t.Errorf("others' problems are no causes: got %v", rs)
	}
}

// TestOthersShortcomingsByContent: a paragraph of others' shortcomings
// (有的党员教师……到会率偏低), with no 我, is problems by its content; a
// paragraph of others' work is not.
func TestOthersShortcomingsByContent(t *testing.T) {
	lines := []string{
		"化工学院党委书记2025年度述职报告",
		"我主持修订了学院发展党员工作细则，全年发展党员12名，讲党课4次。",
		"",
		"教师科研考核压力大，辅导员一人带三四百名学生，精力有限。我自己也有原因：思想上重学科建设、轻党建。",
		"2026年春季学期开学第一周，我将和4个教工支部书记逐一签订组织生活责任书。",
		"以上述职，请予评议。",
	}
	bothWays(t, lines, 2,
		"教工支部组织生活的到会率偏低，全年平均为76%，有的党员教师以出差为由缺席，全年只参加了4次。", "other,achievements,problems,causes,measures,other",
		"有的党员教师带学生参加挑战杯，获得全国二等奖2项，到会率达到96%。", "problems")
}

// TestPlainLayoutsOfBatchZ: the signals of plain reports without headings,
// each both ways. A paragraph opening with a failing (支部学习我抓得不实，)
// is a problem and one opening with its remedy (针对学习不够的问题，我……) is
// not; a vague plan opened by 我将 is a plan; a short sentence summing up
// (这些算是做了点事。) lets the next sentence turn to the problems; 明年一季度，
// 我牵头…… opens the measures; a closing request after a few words (就说
// 这么多，请……评议。) closes the report.
func TestPlainLayoutsOfBatchZ(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"failing first", []string{
			"2025年度述职报告",
			"今年我主持支委会12次，讲党课3次，走访群众60户。",
			"支部学习我抓得不实，12次集中学习有5次被压到半小时，基本是念完文件就散。",
			"我心里一直把党建当成软任务，总觉得考核的硬指标都在业务上，学习也不愿多花心思。",
			"我将进一步加强支部学习，持续提升党员素质，切实抓好理论武装。",
			"就说这么多，请各位领导和同志们评议。",
			"述职人：赵志刚",
		}, "other,achievements,problems,causes,measures,other,other"},
		{"remedy first", []string{
			"2025年度述职报告",
			"今年我主持支委会12次，讲党课3次，走访群众60户。",
			"针对支部学习不实的问题，我把集中学习固定在每月第一个周二，全年12次。",
			"我将进一步加强支部学习，持续提升党员素质，切实抓好理论武装。",
			"以上述职，请予评议。",
		}, "other,achievements,achievements,achievements,other"},
		{"summing up, then the next year", []string{
			"2025年度述职报告",
			"头一件，是把支部活动往车间里搬，全年在车间开会9次。",
			"这些算是做了点事。但说实话，这一年我自己毛病也不少。",
			"我平时学得少，支部会为生产让路改期3次。",
			"明年一季度，我牵头把支部活动时间写进生产排班表。",
			"以上述职，请予评议。",
		}, "other,achievements,problems,problems,measures,other"},
	} {
		if _, got := roles(t, doc(tc.lines...)); rolesOf(got) != tc.want {
			t.Errorf("%s: got %v, want %s", tc.name, rolesOf(got), tc.want)
		}
	}
}

// TestFailingsBeforeAlso: when the first problem a cue finds adds to
// others (两委班子里也有问题。), the paragraph of failings just before it is
// problems too; a paragraph of work done is not.
func TestFailingsBeforeAlso(t *testing.T) {
	lines := []string{
		"2025年度述职报告",
		"今年村里修了2.6公里水泥路，村集体经济收入38万元。",
		"",
		"两委班子里也有问题。分管卫生的副主任对垃圾清运抓得松，三组、五组的垃圾点7月份一周没清。",
		"明年开春，3月底前我把在外的23名党员分成3个小组。",
		"以上述职，请予评议。",
	}
	if rs := withLine(t, lines, 2, "村里62名党员，在外打工的23名里有9人一年到头没参加过一次组织生活，线上学习群只有2名党员发过言。"); rs != "other,achievements,problems,problems,measures,other" {
		t.Errorf("got %v", rs)
	}
	if rs := withLine(t, lines, 2, "村里62名党员，我组织在外打工的23名党员参加线上学习，全年学习12次。"); rs != "other,achievements,achievements,problems,measures,other" {
		t.Errorf("work done is no problem: got %v", rs)
	}
}

// TestPlainLayoutsOfBatchAA, both ways: problems told of 支部书记 in the
// third person; a target against what came of it (说要……到年底……只有2个) and
// 一直没、只跟……2次 as failings; causes opened by 这些问题为什么会出 or by
// 这些问题，说到底出在我自己身上, but not a problem that names itself mine.
func TestPlainLayoutsOfBatchAA(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"third person", []string{
			"2025年度述职报告",
			"支部推行党员示范课，46名党员全年上示范课112节。",
			"党支部书记抓党建的精力投入不足。支部书记同时分管教学，12次支委会中有5次只讲了教学。",
			"2026年起，支部把每月第一周周三下午固定为支部活动时间。",
			"以上述职，请予评议。",
		}, "other,achievements,problems,measures,other"},
		{"a target and what came of it", []string{
			"2025年度述职报告",
			"党建跟为农服务我是捆在一起抓的，春耕前跑了8个村。",
			"年初我在支部大会上说要在6个门店都设示范岗，到年底挂牌的只有城关和石门2个。老党员想讲党课，我一直没排上。",
			"明年3月底前，剩下4个门店的示范岗全部挂牌。",
			"以上述职，请予评议。",
		}, "other,achievements,problems,measures,other"},
		{"why the problems came", []string{
			"2025年度述职报告",
			"先说说这一年干了啥。全年我开议事会18场，发展预备党员2名。",
			"再说说我自己的问题。第一，支部学习是我图省事，12次有5次顺带开。",
			"这些问题为什么会出，我琢磨了一下，主要有这么几个方面：一是人员流动大，二是我图省事。",
			"明年我打算在这几方面下功夫，3月底前建好学习台账。",
			"以上述职，请予评议。",
		}, "other,achievements,problems,causes,measures,other"},
		{"where the problems lie", []string{
			"2025年度述职报告",
			"这一年，我把主要力气用在集体经济上，合作社分红18万元。",
			"回头看这一年，我自己身上的毛病也不少。一是党员教育抓得不细，21名老党员学习只靠开会。",
			"这些问题，说到底出在我自己身上。我总觉得挣钱修路才是政绩。",
			"明年，我打算重点从四个方面改，3月底前建好联系卡。",
			"以上述职，请予评议。",
		}, "other,achievements,problems,causes,measures,other"},
	} {
		if _, got := roles(t, doc(tc.lines...)); rolesOf(got) != tc.want {
			t.Errorf("%s: got %v, want %s", tc.name, rolesOf(got), tc.want)
		}
	}
	// The other way: work done, with a target met, is no problem.
	expectNoRole(t, "problems",
		"2025年度述职报告",
		"党建跟为农服务我是捆在一起抓的，春耕前跑了8个村。",
		"年初我在支部大会上说要在6个门店都设示范岗，到年底6个门店全部挂牌，群众打分平均96分。",
		"明年3月底前，在2个新门店设示范岗。",
		"以上述职，请予评议。",
	)
}

// TestDoubtOnFailingsOfAnyone: when no problem part is found, paragraphs
// of failings whoever they are told of (no 我) make the outline doubt, so
// that no-problems does not judge on it.
func TestDoubtOnFailingsOfAnyone(t *testing.T) {
	ol, _ := roles(t, doc(
		"2025年度述职报告",
		"支部推行党员示范课，46名党员全年上示范课112节。",
		"党员教育管理存在宽松软现象，7名退休党员全年只走访过2次，一名党员生病住院一个月后才知道。",
		"青年教师的思想引领做得不实，41名青年教师中谈过心的只有5名。",
		"以上述职，请予评议。",
	))
	if ol.Doubt == "" {
		t.Errorf("no doubt (%s)", ol.Structure)
	}
}

// TestPlainLayoutsOfBatchBB, both ways: a list of plain failings (头一条，我学
// 新东西慢。) before causes that point back at it (这些毛病，根子在我自己) is
// the problems; after the causes, 在……上，我将进一步…… opens the measures,
// while 我将支部活动固定在…… (将 as 把) in the work is no plan.
func TestPlainLayoutsOfBatchBB(t *testing.T) {
	expectRoles(t, "other,achievements,problems,problems,problems,causes,measures,other",
		"2025年度述职报告",
		"今年支部的会，我一次没落下，党员大会开了4次。",
		"头一条，我学新东西慢。上面用手机平台管党员学习，我到现在还用不利索。",
		"第二条，接班人我没带出来。支委5个人，平均年龄57岁。",
		"第三条，集体的账我算得不细。",
		"这些毛病，根子在我自己。我有老资格思想，觉得干了十几年，凭经验就行。",
		"在学手机平台上，我将进一步拜大学生村官当师傅，每周二晚上学一回。",
		"以上述职，请予评议。",
	)
	b := &builder{year: 2025}
	if b.isPlan("我将支部活动固定在每月最后一个周五，全年开了12次，到会率达到了89%。") {
		t.Error("将 as 把 in work done read as a plan")
	}
	if !b.isPlan("我将进一步加强理论学习，持续提升履职能力。") {
		t.Error("a pledge opened by 我将进一步 not read as a plan")
	}
}

// TestSpokenFollowup: 再说说去年评议时大家给我提的意见 opens the follow-up
// of last year's problems; 再说说去年的工作 does not.
func TestSpokenFollowup(t *testing.T) {
	lines := []string{
		"2025年度述职报告",
		"先说说这一年干了些啥。我把党建写进了所里的章程，跟5个合伙人一个一个谈。",
		"",
		"下面说说问题，这部分我不绕弯子。一是我抓学习不够，全年集中学习只有6次。",
		"明年3月底前，我把集中学习固定在每月第一个周五。",
		"以上述职，请予评议。",
	}
	bothWays(t, lines, 2,
		"再说说去年评议时大家给我提的三条意见，改得怎么样。第一条说我开会少，今年支委会开了12次。", "other,achievements,followup,problems,measures,other",
		"再说说去年的工作基础，所里律师从11名增加到16名。", "followup")
}

// TestLifelineIsNoRoot: 命根子 (a lifeline) in a paragraph of work opens no
// causes, while 根子在我 does; 有待增强 is a shortcoming.
func TestLifelineIsNoRoot(t *testing.T) {
	b := &builder{year: 2025, role: lint.RoleAchievements}
	if r := b.signalRole("安全生产是铸造车间的命根子。"); r != "" {
		t.Errorf("命根子 read as %s", r)
	}
	b.role = lint.RoleProblems
	if r := b.signalRole("这些毛病，根子在我自己。"); r != lint.RoleCauses {
		t.Errorf("根子在我自己 read as %q", r)
	}
	if !opensWithFailing("抓党建工作的创新意识有待增强，工作思路还不够开阔。") {
		t.Error("有待增强 is no failing")
	}
}

// withLine returns the roles of lines with line k replaced by text.
func withLine(t *testing.T, lines []string, k int, text string) string {
	t.Helper()
	lines = slices.Clone(lines)
	lines[k] = text
	_, got := roles(t, doc(lines...))
	return rolesOf(got)
}

// expectRoles checks the roles the outline gives lines.
func expectRoles(t *testing.T, want string, lines ...string) {
	t.Helper()
	if _, got := roles(t, doc(lines...)); rolesOf(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// expectNoRole checks that the outline gives no line of lines a role.
func expectNoRole(t *testing.T, role string, lines ...string) {
	t.Helper()
	if _, got := roles(t, doc(lines...)); strings.Contains(rolesOf(got), role) {
		t.Errorf("%s found: %v", role, got)
	}
}

// bothWays checks line k of lines both ways: with hit the outline gives
// the roles want, with miss no line the role not.
func bothWays(t *testing.T, lines []string, k int, hit, want, miss string, not lint.Role) {
	t.Helper()
	if rs := withLine(t, lines, k, hit); rs != want {
		t.Errorf("got %v, want %s", rs, want)
	}
	if rs := withLine(t, lines, k, miss); strings.Contains(rs, string(not)) {
		t.Errorf("%s found: %v", not, rs)
	}
}

// TestFailingsOfBatchCC: 偏重形式, 两张皮 and a situation that 仍然存在 open a
// problem; a paragraph that reports the situation it looked into does not.
func TestFailingsOfBatchCC(t *testing.T) {
	for text, want := range map[string]bool{
		"我在抓支部理论武装上偏重形式。全年集中学习24次，但以读文件为主。": true,
		"我在党建和业务融合上还存在“两张皮”现象。":             true,
		"组织生活“为生产让路”的情况仍然存在。全年有3次推迟。":       true,
		"我走访了12家企业，了解情况后推动解决问题31件。":         false,
	} {
		if got := opensWithFailing(text); got != want {
			t.Errorf("opensWithFailing(%s) = %v, want %v", text, got, want)
		}
	}
}

// TestRootThenRemedy: after the causes, 有了病根，明年就得开方子。 turns to
// the measures; a second sentence about the root stays in the causes.
func TestRootThenRemedy(t *testing.T) {
	lines := []string{
		"2025年度述职报告",
		"先说说这一年实打实干成的事。我推动加装电梯12部，开楼道协商会27场。",
		"成绩就讲这些，下面说说我自己的毛病。一是我下楼栋少，全年只走访了40户。",
		"这些毛病到底是怎么来的，我翻来覆去想了很久，根子在我重事务轻党建。",
		"",
		"3月底前我组织网格长轮训，分3期，每期2天。",
		"以上述职，请予评议。",
	}
	if rs := withLine(t, lines, 4, "有了病根，明年就得开方子。我给自己定了这么几条："); rs != "other,achievements,problems,causes,measures,measures,other" {
		t.Errorf("the turn to the remedy was missed: %v", rs)
	}
	if rs := withLine(t, lines, 4, "病根还在于我满足于听汇报，很少自己下去看。"); !strings.HasPrefix(rs, "other,achievements,problems,causes,causes") {
		t.Errorf("a second sentence of the root left the causes: %v", rs)
	}
}
