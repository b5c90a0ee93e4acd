package checks

import (
	"fmt"
	"math"
	"strings"

	"shuzhi/lint"
)

// LengthTotal checks the 字数 of the whole document against the profile.
var LengthTotal = &lint.Check{
	ID:       "length-total",
	Title:    "字数符合方案要求",
	Defect:   "字数不符合方案要求",
	Source:   "篇一：“字数3000之内”；篇二：“书面述职报告字数控制在2000~2500字范围”",
	Severity: lint.SeverityError,
	Doc: `按 Word 的“字数”统计全文（中文字符与标点各计 1，连续的英文、数字计 1 个词；
不计页眉页脚、批注、已删除的修订和自动编号），与方案规定的上下限比较。
超出上限：压缩成绩部分的罗列和背景介绍，保留有数据、有事例的内容；
低于下限：补足问题查摆、原因剖析和具体措施，而不是堆砌成绩。`,
	Params: []lint.Param{
		{Key: "min", Kind: lint.ParamCount, Default: 800, Doc: "全文字数下限（0 表示不限）"},
		{Key: "max", Kind: lint.ParamCount, Default: 3000, Doc: "全文字数上限（0 表示不限）"},
	},
	Validate: func(s lint.Settings) error { return minNotAboveMax(float64(s.Int("min")), float64(s.Int("max"))) },
	Thresholds: func(s lint.Settings) string {
		return LengthRange(s).Text()
	},
	Examples: []lint.Example{
		{Bad: true, Override: "rules: {length-total: {min: 0, max: 30}}", Text: "2025年，我带头讲党课4次，走访党员32户，组织主题党日12次，推动3个村集体经济增收。存在的问题主要是我对流动党员管理不够，全年有5名流动党员未参加组织生活。"},
		{Bad: false, Override: "rules: {length-total: {min: 0, max: 30}}", Text: "我讲党课4次。问题是5人失联。我将3月底前建台账。"},
	},
	Run: func(pass *lint.Pass) {
		lim := LengthRange(pass.Settings())
		n := pass.Counts().Words
		switch {
		case lim.Max > 0 && n > lim.Max:
			pass.Report(lint.Finding{
				Message:    fmt.Sprintf("全文%d字，超过上限%d字（多%d字）", n, lim.Max, n-lim.Max),
				Suggestion: "压缩成绩部分的罗列和背景介绍，保留有数据、有事例的内容，问题、原因和措施不要删减",
			})
		case lim.Min > 0 && n < lim.Min:
			pass.Report(lint.Finding{
				Message:    fmt.Sprintf("全文%d字，不足下限%d字（少%d字）", n, lim.Min, lim.Min-n),
				Suggestion: "补足本人查摆的具体问题、主观原因剖析和有时限、有责任人的整改措施",
			})
		}
	},
}

// LengthRange is the range of 字数 that length-total's settings allow.
func LengthRange(s lint.Settings) lint.Range {
	return lint.Range{Min: s.Int("min"), Max: s.Int("max")}
}

// LengthSection checks each theme of a 三合一 report against its budget.
var LengthSection = &lint.Check{
	ID:       "length-section",
	Title:    "三合一各部分字数符合分配",
	Defect:   "三合一各部分字数不符合分配",
	Source:   "篇二：“基层党建工作1000字、党风廉政建设800字、意识形态工作700字”",
	Severity: lint.SeverityError,
	Doc: `三合一述职报告按主题分成基层党建、党风廉政建设、意识形态三部分，
各部分字数应在方案分配的字数上下浮动范围内：超出分配是错误；少于分配只是提示（不影响结论），
全文字数另由 length-total 检查。主题由一级标题识别
（如“一、抓基层党建工作情况”“二、履行党风廉政建设主体责任情况”“三、落实意识形态工作责任制情况”）。
缺少某一主题，或某一主题明显超出分配，都应调整：把超出部分压缩，把缺少的主题补齐。`,
	Params: []lint.Param{
		{Key: "party_building", Kind: lint.ParamCount, Default: 0, Doc: "基层党建部分应有的字数（0 表示不分主题）"},
		{Key: "integrity", Kind: lint.ParamCount, Default: 0, Doc: "党风廉政建设部分应有的字数（0 表示不分主题）"},
		{Key: "ideology", Kind: lint.ParamCount, Default: 0, Doc: "意识形态部分应有的字数（0 表示不分主题）"},
		{Key: "tolerance", Kind: lint.ParamShare, Default: 0.2, Doc: "各部分字数允许上下浮动的比例"},
	},
	Thresholds: func(s lint.Settings) string {
		budgets := ThemeBudgets(s)
		if len(budgets) == 0 {
			return "本方案不分主题"
		}
		var parts []string
		for _, t := range budgets {
			lo, hi := budgetRange(t)
			parts = append(parts, fmt.Sprintf("%s %d字（%d–%d）", t.Theme.Label(), t.Words, lo, hi))
		}
		return strings.Join(parts, "；")
	},
	Examples: []lint.Example{
		{Bad: true, Profile: "three-part", Text: threePartExample, Override: "rules: {length-section: {party_building: 8, integrity: 20, ideology: 18, tolerance: 0.3}}"},
		{Bad: false, Profile: "three-part", Text: threePartExample, Override: "rules: {length-section: {party_building: 30, integrity: 20, ideology: 18, tolerance: 0.3}}"},
	},
	Run: func(pass *lint.Pass) {
		budgets := ThemeBudgets(pass.Settings())
		if len(budgets) == 0 {
			return
		}
		words := map[lint.Theme]int{}
		first := map[lint.Theme]int{}
		for i, s := range pass.Outline.Spans {
			if s.Role == lint.RoleOther || s.Theme == lint.ThemeNone {
				continue
			}
			if _, ok := first[s.Theme]; !ok {
				first[s.Theme] = s.Para
			}
			words[s.Theme] += pass.SpanWords(i)
		}
		if len(words) == 0 {
			pass.Report(lint.Finding{
				Message:    "未能识别基层党建、党风廉政建设、意识形态三个部分，无法核对各部分字数",
				Suggestion: "用一级标题分开三部分，如“一、抓基层党建工作情况”“二、履行党风廉政建设主体责任情况”“三、落实意识形态工作责任制情况”",
			})
			return
		}
		for _, t := range budgets {
			n := words[t.Theme]
			lo, hi := budgetRange(t)
			switch {
			case n == 0:
				pass.Report(lint.Finding{
					Message:    fmt.Sprintf("缺少%s部分（应约%d字）", t.Theme.Label(), t.Words),
					Suggestion: fmt.Sprintf("补写%s部分：本人履职情况、存在的问题及原因、下一步打算", t.Theme.Label()),
				})
			case n > hi:
				pass.Report(lint.Finding{
					Para:       first[t.Theme],
					Message:    fmt.Sprintf("%s部分%d字，超出分配的%d字（上限%d字）", t.Theme.Label(), n, t.Words, hi),
					Suggestion: fmt.Sprintf("压缩%s部分，把篇幅让给其他部分", t.Theme.Label()),
				})
			case n < lo:
				// Under its allocation while the whole is in range is
				// advice: the plan's limit is the total.
				pass.Report(lint.Finding{
					Severity:   lint.SeverityInfo,
					Para:       first[t.Theme],
					Message:    fmt.Sprintf("%s部分%d字，不足分配的%d字（下限%d字）", t.Theme.Label(), n, t.Words, lo),
					Suggestion: fmt.Sprintf("充实%s部分的具体工作、问题和措施", t.Theme.Label()),
				})
			}
		}
	},
}

// threePartExample is a 三合一 report in miniature: each theme far below
// the real budgets, and within budgets scaled down to its size.
const threePartExample = "一、抓基层党建工作情况\n我带头讲党课4次，组织主题党日12次。\n二、党风廉政建设情况\n我开展廉政谈话18人次。\n三、意识形态工作情况\n我组织研判4次。"

// ThemeBudget is the 字数 a theme of a 三合一 report should take.
type ThemeBudget struct {
	Theme     lint.Theme
	Words     int
	Tolerance float64 // allowed deviation, as a fraction of Words
}

// ThemeBudgets returns the budgets length-section's settings give, in
// report order; none when the profile does not split by theme.
func ThemeBudgets(s lint.Settings) []ThemeBudget {
	var out []ThemeBudget
	for _, t := range []struct {
		theme lint.Theme
		key   string
	}{{lint.ThemePartyBuilding, "party_building"}, {lint.ThemeIntegrity, "integrity"}, {lint.ThemeIdeology, "ideology"}} {
		if w := s.Int(t.key); w > 0 {
			out = append(out, ThemeBudget{Theme: t.theme, Words: w, Tolerance: s.Float("tolerance")})
		}
	}
	return out
}

func budgetRange(t ThemeBudget) (lo, hi int) {
	return int(math.Round(float64(t.Words) * (1 - t.Tolerance))), int(math.Round(float64(t.Words) * (1 + t.Tolerance)))
}

// SpeakingTime estimates how long the report takes to deliver on site.
var SpeakingTime = &lint.Check{
	ID:       "speaking-time",
	Title:    "现场述职时间不超过规定",
	Defect:   "现场述职超时",
	Source:   "篇二：“述职时间控制在10分钟以内”；篇六：“演讲时间不超过8分钟”",
	Severity: lint.SeverityError,
	Doc: `按方案规定的语速估算现场述职用时：口述字数（字数减去标点）除以每分钟字数。
超时：删减成绩的铺陈，口述稿只保留最能说明问题的数据和事例，问题和措施不要压缩。`,
	Params: []lint.Param{
		{Key: "max_minutes", Kind: lint.ParamNumber, Default: 0.0, Doc: "现场述职的最长分钟数（0 表示不限时）"},
		{Key: "rate", Kind: lint.ParamCount, Default: 200, Doc: "估算用的语速，每分钟字数"},
	},
	Validate: func(s lint.Settings) error {
		if s.Float("max_minutes") > 0 && s.Int("rate") == 0 {
			return fmt.Errorf("限时的方案 rate 应为正数")
		}
		return nil
	},
	Thresholds: func(s lint.Settings) string {
		minutes, rate := s.Float("max_minutes"), s.Int("rate")
		if minutes == 0 {
			return "本方案不限时"
		}
		return fmt.Sprintf("不超过%g分钟，按每分钟%d字估算（约%d字）", minutes, rate, int(minutes*float64(rate)))
	},
	Examples: []lint.Example{
		{Bad: true, Profile: "onsite-8", Override: "rules: {speaking-time: {max_minutes: 0.1, rate: 200}}", Text: "我带头讲党课4次，组织主题党日12次，走访党员32户。存在的问题是5名流动党员失联。下一步我将3月底前建立流动党员台账。"},
		{Bad: false, Profile: "onsite-8", Override: "rules: {speaking-time: {max_minutes: 1, rate: 200}}", Text: "我带头讲党课4次。存在的问题是5名流动党员失联。下一步我将3月底前建立台账。"},
	},
	Run: func(pass *lint.Pass) {
		maxMinutes, rate := pass.Float("max_minutes"), pass.Int("rate")
		if maxMinutes == 0 || rate <= 0 {
			return
		}
		c := pass.Counts()
		spoken := c.Words - c.Punct
		minutes := float64(spoken) / float64(rate)
		if minutes > maxMinutes {
			limit := int(maxMinutes * float64(rate))
			pass.Report(lint.Finding{
				Message:    fmt.Sprintf("口述约%d字，按每分钟%d字需%.1f分钟，超过%g分钟的限制", spoken, rate, minutes, maxMinutes),
				Suggestion: fmt.Sprintf("口述稿压缩到%d字以内：删减成绩铺陈，保留关键数据和事例", limit),
			})
		}
	},
}
