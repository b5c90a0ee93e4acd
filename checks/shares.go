package checks

import (
	"fmt"
	"math"
	"strings"

	"shuzhi/lint"
)

// The 七个防止 guards that the share rules enforce.
const guardLongAchievements = "防止讲成绩长篇大论，讲问题浅尝辄止"

// NoProblems flags a report that has no problem part, or only a token one.
var NoProblems = &lint.Check{
	ID:       "no-problems",
	Title:    "只讲成绩不讲问题",
	Source:   "篇二：“防止讲成绩长篇大论，讲问题浅尝辄止”；篇五：“防止讲成绩好大喜功、谈问题一带而过”",
	Severity: lint.SeverityCritical,
	Guard:    guardLongAchievements,
	Doc: `找出报告中的“存在的问题”和“原因”部分（标题或“存在的问题主要有”“究其原因”等提示语）。
全文没有问题部分，或问题和原因合计不足正文的一小部分（只是一两句点到为止），
就是只讲成绩不讲问题，审核时应退回重写：逐条查摆本人和本级党组织的具体问题，并分析原因。`,
	Params: []lint.Param{
		{Key: "token_share", Kind: lint.ParamShare, Default: 0.08, Doc: "问题和原因合计少于正文的这一比例，视为没有问题部分（只是一两句点到为止）"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("问题和原因合计少于正文的%s即视为没有问题部分", pct(s.Float("token_share")))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n我带头讲党课4次，组织主题党日12次，走访党员32户，发展党员2名。\n二、下一步打算\n我将继续加强支部建设。"},
		{Bad: false, Text: "一、主要工作\n我带头讲党课4次，组织主题党日12次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		if pass.Outline.Doubt != "" || pass.Outline.Structure == lint.StructureNone {
			// No part was found, or the parts found are in doubt: the
			// problems may be there unread. problems-share says so once;
			// no 重写 rests on an unread structure (DESIGN.md "humility").
			return
		}
		share := pass.Share(lint.RoleProblems, lint.RoleCauses)
		if pass.Words(lint.RoleProblems, lint.RoleCauses) > 0 && share >= pass.Float("token_share") {
			return
		}
		msg := "未找到存在的问题部分"
		if share > 0 {
			msg = fmt.Sprintf("问题和原因只占正文的%s，一带而过", pct(share))
		}
		pass.Report(lint.Finding{
			Para:       firstOf(pass, lint.RoleProblems, lint.RoleCauses),
			Message:    msg,
			Suggestion: "单列“存在的问题及原因”部分，逐条查摆本人和本级党组织的具体问题（见人见事），并分析主观原因",
		})
	},
}

// ProblemsShare checks that problems and causes take their share.
var ProblemsShare = &lint.Check{
	ID:       "problems-share",
	Title:    "问题和原因篇幅不少于要求",
	Defect:   "问题和原因篇幅不足",
	Source:   "篇三：“问题及原因要占述职报告的三分之一左右”；篇二：“总结成绩、分析问题以及下步打算各占总篇幅的三分之一”；篇一：问题、原因和措施“应占到述职报告内容的三分之二”",
	Severity: lint.SeverityError,
	Guard:    guardLongAchievements,
	Doc: `按 Word 字数计算各部分占正文（不含标题、称呼、开头结尾套语和署名）的比例。
问题和原因（按方案也可包括措施）合计不得低于方案要求。报告结构无法识别时也在此说明，
不会默认通过。篇幅不够：充实问题查摆（具体到人、事、数据）和原因剖析，同时压缩成绩部分。`,
	Params: []lint.Param{
		{Key: "min", Kind: lint.ParamShare, Default: 0.30, Doc: "下列部分合计占正文的下限（0 表示不检查）"},
		{Key: "roles", Kind: lint.ParamRoles, Default: []lint.Role{lint.RoleProblems, lint.RoleCauses}, Doc: "计入的部分（篇一的方案把措施也算在内）"},
	},
	Thresholds: func(s lint.Settings) string {
		if s.Float("min") == 0 {
			return "本方案不检查"
		}
		return fmt.Sprintf("%s合计不少于正文的%s", rolesText(s.Roles("roles")), pct(s.Float("min")))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n我带头讲党课4次，组织主题党日12次，走访党员32户，发展党员2名，整顿软弱涣散村1个，建成党群服务中心2个，培训党员186人次，开展志愿服务40场。\n二、存在的问题\n5名流动党员失联。\n三、下一步打算\n我将于3月底前建立台账。"},
		{Bad: false, Text: "一、主要工作\n我带头讲党课4次，组织主题党日12次。\n二、存在的问题及原因\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。究其原因，是我重业务轻党建，对流动党员管理没有亲自过问。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		if pass.Outline.Doubt != "" {
			pass.Report(lint.Finding{
				Para:       firstOf(pass, lint.RoleAchievements),
				Message:    pass.Outline.Doubt + "，无法核对篇幅比例",
				Suggestion: "用“存在的问题”“原因分析”“下一步打算”等小标题（或“存在的问题主要有”“究其原因”“下一步我将”等提示语）把各部分分开",
				Unsure:     true,
			})
			return
		}
		if pass.Outline.Structure == lint.StructureNone {
			pass.Report(lint.Finding{
				Message:    "未能识别报告的成绩、问题、原因、措施各部分，无法核对篇幅比例",
				Suggestion: "用“一、二、三、”等标题分出各部分，或在段首使用“存在的问题主要有”“究其原因”“下一步我将”等提示语",
			})
			return
		}
		least, roles := pass.Float("min"), pass.Roles("roles")
		if least == 0 || len(roles) == 0 {
			return
		}
		share := pass.Share(roles...)
		if !below(share, least) || tokenProblems(pass) {
			return
		}
		pass.Report(lint.Finding{
			Para:       firstOf(pass, roles...),
			Message:    fmt.Sprintf("%s合计%d字，占正文的%s，低于要求的%s", rolesText(roles), pass.Words(roles...), pct(share), pct(least)),
			Suggestion: "充实问题查摆和原因剖析：写清本人和本级党组织的具体问题（见人见事见数据）和主观原因，同时压缩成绩部分",
		})
	},
}

// AchievementsShare checks that achievements do not crowd out the rest.
var AchievementsShare = &lint.Check{
	ID:       "achievements-share",
	Title:    "成绩篇幅不超过要求",
	Defect:   "成绩篇幅过长",
	Source:   "篇七：“写成绩的部分一般不超过1/3”；篇二：“防止讲成绩长篇大论”",
	Severity: lint.SeverityError,
	Guard:    guardLongAchievements,
	Doc: `成绩（履职情况、主要做法和成效）占正文的比例不得超过方案上限。
超出：删去一般性工作的罗列，每项工作只保留本人做了什么、有什么变化的数据和事例，
把篇幅让给问题、原因和措施。`,
	Params: []lint.Param{
		{Key: "max", Kind: lint.ParamShare, Default: 0.36, Doc: "成绩占正文的上限（0 表示不检查）"},
	},
	Thresholds: func(s lint.Settings) string {
		if s.Float("max") == 0 {
			return "本方案不检查"
		}
		return fmt.Sprintf("成绩不超过正文的%s", pct(s.Float("max")))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n我带头讲党课4次，组织主题党日12次，走访党员32户，发展党员2名，整顿软弱涣散村1个，建成党群服务中心2个。\n二、存在的问题\n我对流动党员管理不够，有5名流动党员失联。\n三、下一步打算\n我将于3月底前建立台账。"},
		{Bad: false, Text: "一、主要工作\n我带头讲党课4次。\n二、存在的问题及原因\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。究其原因，是我重业务轻党建。\n三、下一步打算\n我将于3月底前建立流动党员台账，每季度联系一次。"},
	},
	Run: func(pass *lint.Pass) {
		max := pass.Float("max")
		if max == 0 || pass.Outline.Structure == lint.StructureNone || pass.Outline.Doubt != "" || tokenProblems(pass) {
			return // without a problem part no-problems says it once
		}
		share := pass.Share(lint.RoleAchievements)
		if !above(share, max) {
			return
		}
		pass.Report(lint.Finding{
			Para:       firstOf(pass, lint.RoleAchievements),
			Message:    fmt.Sprintf("成绩部分%d字，占正文的%s，超过上限%s", pass.Words(lint.RoleAchievements), pct(share), pct(max)),
			Suggestion: "删去一般性工作的罗列，每项只保留本人做了什么、带来什么变化的数据和事例",
		})
	},
}

// MeasuresShare checks that the measures part exists and is in proportion.
var MeasuresShare = &lint.Check{
	ID:       "measures-share",
	Title:    "下一步措施篇幅适当",
	Defect:   "措施篇幅不当",
	Source:   "篇三：“提出下一步工作思路和打算”；篇二：“下步打算各占总篇幅的三分之一”",
	Severity: lint.SeverityError,
	Doc: `报告应有下一步工作打算（措施）部分，且占正文的比例在方案范围内。
缺少：针对查摆的每个问题写出整改措施；过长：写成了工作计划，应压缩并突出针对性。`,
	Params: []lint.Param{
		{Key: "min", Kind: lint.ParamShare, Default: 0.10, Doc: "措施占正文的下限（0 表示不检查）"},
		{Key: "max", Kind: lint.ParamShare, Default: 0.45, Doc: "措施占正文的上限（0 表示不检查）"},
	},
	Validate: func(s lint.Settings) error { return minNotAboveMax(s.Float("min"), s.Float("max")) },
	Thresholds: func(s lint.Settings) string {
		lo, hi := s.Float("min"), s.Float("max")
		switch {
		case lo > 0 && hi > 0:
			return fmt.Sprintf("措施占正文的%s–%s", pct(lo), pct(hi))
		case lo > 0:
			return fmt.Sprintf("措施不少于正文的%s", pct(lo))
		case hi > 0:
			return fmt.Sprintf("措施不超过正文的%s", pct(hi))
		}
		return "本方案不检查"
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n我带头讲党课4次，组织主题党日12次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。"},
		{Bad: false, Text: "一、主要工作\n我带头讲党课4次，组织主题党日12次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账，每季度联系一次。"},
	},
	Run: func(pass *lint.Pass) {
		lo, hi := pass.Float("min"), pass.Float("max")
		if pass.Outline.Structure == lint.StructureNone || pass.Outline.Doubt != "" {
			return
		}
		share := pass.Share(lint.RoleMeasures)
		switch {
		case pass.Words(lint.RoleMeasures) == 0 && lo > 0:
			pass.Report(lint.Finding{
				Para:       lastBodyPara(pass),
				Message:    "未找到下一步工作打算（措施）部分",
				Suggestion: "针对查摆的每个问题写出整改措施：做什么、何时完成、谁负责、达到什么目标",
			})
		case lo > 0 && below(share, lo):
			pass.Report(lint.Finding{
				Para:       firstOf(pass, lint.RoleMeasures),
				Message:    fmt.Sprintf("措施部分%d字，占正文的%s，低于要求的%s", pass.Words(lint.RoleMeasures), pct(share), pct(lo)),
				Suggestion: "针对查摆的每个问题写出整改措施：做什么、何时完成、谁负责、达到什么目标",
			})
		case hi > 0 && above(share, hi) && !tokenProblems(pass):
			// Without a problem part the measures are long by
			// consequence: no-problems says what is wrong.
			pass.Report(lint.Finding{
				Para:       firstOf(pass, lint.RoleMeasures),
				Message:    fmt.Sprintf("措施部分%d字，占正文的%s，超过上限%s", pass.Words(lint.RoleMeasures), pct(share), pct(hi)),
				Suggestion: "压缩措施部分，只保留针对所查问题的整改举措，避免写成工作计划",
			})
		}
	},
}

// tokenProblems reports whether the problem part is so thin that
// no-problems covers it (so problems-share does not report it twice).
func tokenProblems(pass *lint.Pass) bool {
	return pass.Words(lint.RoleProblems, lint.RoleCauses) == 0 ||
		pass.Share(lint.RoleProblems, lint.RoleCauses) < pass.Profile.Settings(NoProblems.ID).Float("token_share")
}

// minNotAboveMax is the Validate of rules with a lower and an upper bound,
// either of which may be 0 (not checked).
func minNotAboveMax(lo, hi float64) error {
	if lo > 0 && hi > 0 && lo > hi {
		return fmt.Errorf("min（%v）大于 max（%v）", lo, hi)
	}
	return nil
}

// firstOf returns the first paragraph of the first of the roles the
// report has, or the first body paragraph when it has none of them.
func firstOf(pass *lint.Pass, roles ...lint.Role) int {
	for _, r := range roles {
		for _, s := range pass.Outline.Spans {
			if s.Role == r {
				return s.Para
			}
		}
	}
	for _, s := range pass.Outline.Spans {
		if s.Role != lint.RoleOther {
			return s.Para
		}
	}
	return 0
}

// lastBodyPara returns the last paragraph of the body.
func lastBodyPara(pass *lint.Pass) int {
	for k := len(pass.Outline.Spans) - 1; k >= 0; k-- {
		if s := pass.Outline.Spans[k]; s.Role != lint.RoleOther {
			return s.Para
		}
	}
	return 0
}

func pct(f float64) string {
	return fmt.Sprintf("%.0f%%", f*100)
}

// below and above compare a share with a plan's limit in whole per cents,
// as the plans state them and the findings show them: 24.6% meets
// "25%", which a reviewer reading 约四分之一 would not fault.
func below(share, limit float64) bool { return math.Round(share*100) < math.Round(limit*100) }
func above(share, limit float64) bool { return math.Round(share*100) > math.Round(limit*100) }

func rolesText(roles []lint.Role) string {
	names := make([]string, len(roles))
	for i, r := range roles {
		names[i] = r.Label()
	}
	return strings.Join(names, "、")
}
