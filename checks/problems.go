package checks

import (
	"fmt"

	"strings"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

var (
	// timeReference names when something happened: a month, a half year,
	// an event on the calendar.
	timeReference = match.MustCompile(`\d{1,2}月|[上下]半年|年初|年中|年底|第[一二三四]季度|换届|汛期|春节|国庆`)
	// concreteFact states a fact rather than a judgement: something not
	// done, done only so much.
	concreteFact = match.MustCompile(`(未|没有|从未|尚未|仅|只有|只)(能|按期|按时|参加|开展|召开|建立|完成|整改|落实|到|去|发展|开|讲|走访|缴纳|交纳|换届|记录|公开|录入|上报|组织|过问|谈|听|提|拿出|制定)`)
	// occasion names the check or review that brought a problem to light
	// (学校组织部专项检查时发现、巡察中指出).
	occasion = match.MustCompile(`(检查|巡察|巡视|督查|考核|测评|评议|调研|审计|验收|暗访|抽查)(时|中|期间)[，,]?(发现|指出|反映|查出|暴露)`)
)

// problemItem is a problem item with what the rules read in it.
type problemItem struct {
	lint.Item
	specific  bool // a number, a named case, a time, a concrete fact or the occasion it came to light
	hedged    bool // hedges or a generic "万能" problem
	disguised bool // an achievement dressed as a problem
}

// vague reports whether the item is one a reviewer would send back as
// 表面化、一般化: disguised, or hedged with nothing specific.
func (it problemItem) vague() bool { return it.disguised || (it.hedged && !it.specific) }

func readProblems(pass *lint.Pass) []problemItem {
	items := pass.Items(lint.RoleProblems)
	if len(items) == 1 && items[0].Title == "" && len(items[0].Extent) == 1 {
		return claimsOf(pass, items[0].Extent[0])
	}
	var out []problemItem
	for _, it := range items {
		out = append(out, readProblem(pass, it))
	}
	return out
}

// readProblem reads what the rules need in one problem item.
func readProblem(pass *lint.Pass, it lint.Item) problemItem {
	return problemItem{
		Item: it,
		specific: hasEvidence(pass, it.Extent) || timeReference.MatchString(it.Text) || concreteFact.MatchString(it.Text) ||
			occasion.MatchString(it.Text),
		hedged:    pass.Has(pass.Lexicon("hedges"), it.Extent) || pass.Has(pass.Lexicon("generic-problems"), it.Extent),
		disguised: pass.Has(pass.Lexicon("disguised-problems"), it.Extent),
	}
}

// claimsOf splits a problem part written as one paragraph without items
// into its claims: each sentence that judges (hedged or disguised) opens
// a claim, and the sentences after it that do not, which give its facts,
// belong to it. "我抓党建还不够扎实。全年到支部调研只有3次。" is one
// specific claim; six sentences of 不够、有待 are six vague ones.
func claimsOf(pass *lint.Pass, part lint.Loc) []problemItem {
	var out []problemItem
	for _, s := range pass.Sentences(part) {
		it := readProblem(pass, lint.Item{At: s, Text: pass.Text(s), Extent: lint.Extent{s}})
		if n := len(out); n > 0 && !it.hedged && !it.disguised {
			last := &out[n-1]
			last.Text += it.Text
			last.Extent = append(last.Extent, s)
			last.specific = last.specific || it.specific
			continue
		}
		out = append(out, it)
	}
	return out
}

// SuperficialProblems flags problems that stay general or praise.
var SuperficialProblems = &lint.Check{
	ID:       "superficial-problems",
	Title:    "只讲表面化、一般化问题",
	Source:   "篇二“七个防止”：“防止只讲表面化、一般化问题，不讲牵涉责任的深层次问题”；篇二：“分析存在的问题及原因要具体到位……不能遮遮掩掩、点到为止”",
	Guard:    "防止只讲表面化、一般化问题",
	Severity: lint.SeverityError,
	Doc: `把问题部分分成条目（一是……、（一）……、1. ……或自成一段），逐条看是否具体：有带单位的数字、
有名有姓的单位或事例、有时间（上半年、3月、换届时），或写了具体事实（未按期换届、只开了
两次会）。只用“有待提高”“不够深入”“还有差距”之类的概括、或是“理论学习不够系统”“创新意识
不强”这类放之四海皆准的问题，又没有任何具体内容的，是表面化、一般化问题；“对自己要求过严”
“工作节奏太快”这类以表扬代替批评的，也算。用了“不够”但写清了具体事实的问题是具体问题。`,
	Params: []lint.Param{
		{Key: "vague_share", Kind: lint.ParamShare, Default: 0.5, Doc: "笼统或变相表扬的问题条目占问题条目的比例超过此值即为表面化、一般化"},
		{Key: "min_items", Kind: lint.ParamCount, Default: 2, Doc: "问题条目少于此数时不判断"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("笼统或变相表扬的问题条目超过%s（至少%d条问题时判断）", pct(s.Float("vague_share")), s.Int("min_items"))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n一是理论学习不够系统深入。二是创新意识不强，工作方法有待改进。三是对自己要求过严，工作节奏太快。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n一是党员教育管理不够到位，全年有5名流动党员未参加组织生活。二是我到第三网格支部调研只有2次，对支部换届滞后的问题过问不够。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		items := readProblems(pass)
		if len(items) < pass.Int("min_items") || len(items) == 0 {
			return
		}
		var vague []problemItem
		for _, it := range items {
			if it.vague() {
				vague = append(vague, it)
			}
		}
		share := float64(len(vague)) / float64(len(items))
		if share <= pass.Float("vague_share") {
			return
		}
		for _, it := range vague {
			why := "只有概括性的判断，没有人、事、数据"
			if it.disguised {
				why = "以表扬代替批评，不是真正的问题"
			}
			pass.Report(lint.Finding{
				Para: it.At.Para, Start: it.At.Start, End: it.At.End,
				Message:    fmt.Sprintf("问题“%s”%s（问题部分%d条中%d条如此，占%s）", brief(it.Text), why, len(items), len(vague), pct(share)),
				Suggestion: "写清具体事实：哪个支部、哪些党员、哪件事、什么时间、差多少，并点明本人在其中的责任",
			})
		}
	},
}

// SelfResponsibility flags problem parts that only blame others.
var SelfResponsibility = &lint.Check{
	ID:       "self-responsibility",
	Title:    "只讲下级和基层的问题，不讲本人的责任",
	Source:   "篇二“七个防止”：“防止只讲下级和基层的问题，不讲本级党组织特别是书记本人的责任和问题”；篇五：“防止……讲工作多、讲责任少”",
	Guard:    "防止只讲下级和基层的问题",
	Severity: lint.SeverityError,
	Doc: `逐条看问题的主语：“个别支部”“部分党员”“少数村干部”“有的单位”等是下级和基层的问题；
“我”“本人”“作为书记”等是书记本人的问题。没有一条问题由书记本人认领，而讲他人问题的条目
达到一定数量时，就是只讲下级的问题：至少写出一两条本人在思想、履职、作风上的具体问题
（见人见事见思想），下级的问题也要点明本人应负的责任。`,
	Params: []lint.Param{
		{Key: "others_min", Kind: lint.ParamCount, Default: 2, Doc: "没有一条问题由书记本人认领时，主语是下级或他人的问题条目达到此数即触发"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("没有一条问题是书记本人的，且至少%d条问题的主语是下级或他人", s.Int("others_min"))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n一是个别支部组织生活不规范，全年有2个支部未按期召开组织生活会。二是部分党员先锋作用不明显，有6名党员全年未参加志愿服务。三是少数村干部纪律意识淡薄。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n一是个别支部组织生活不规范，全年有2个支部未按期召开组织生活会，我督促不力。二是我本人深入基层不够，全年到支部调研只有3次。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		others := pass.Patterns("subjects-others")
		var own, theirs []lint.Item
		for _, it := range pass.Items(lint.RoleProblems) {
			switch {
			case len(individualSubjects(pass, it.Extent)) > 0:
				own = append(own, it)
			case others.MatchAny(it.Text):
				theirs = append(theirs, it)
			}
		}
		if len(own) > 0 || len(theirs) < max(1, pass.Int("others_min")) {
			return
		}
		at := theirs[0].At
		pass.Report(lint.Finding{
			Para: at.Para, Start: at.Start, End: at.End,
			Message:    fmt.Sprintf("问题部分有%d条讲的是下级或他人（如“%s”），没有一条是书记本人的问题", len(theirs), brief(theirs[0].Text)),
			Suggestion: "补充本人在履行第一责任人职责上的具体问题（如“我到支部调研只有3次”），并写明下级问题中本人应负的责任",
		})
	},
}

// brief shortens an item's text for a message.
func brief(text string) string {
	r := []rune(strings.TrimSpace(text))
	if len(r) > 24 {
		return string(r[:24]) + "…"
	}
	return string(r)
}
