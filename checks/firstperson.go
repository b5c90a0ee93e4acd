package checks

import (
	"fmt"

	"strings"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// clauseStart finds where a clause begins: after 。；：，！？ or an
// enumerator (一是、二是).
var clauseStart = match.MustCompile(`(^|[。；：，！？;:,!?]|[一二三四五六七八九十]是)`)

// collectiveSubjects counts collective subjects at the start of clauses
// ("我们组织……", "局党组研究……", "全村党员……"), plus 我们 anywhere.
func collectiveSubjects(pass *lint.Pass, loc lint.Loc) []lint.Match {
	var out []lint.Match
	text := pass.Text(loc)
	starts := map[int]bool{loc.Start: true}
	for _, b := range clauseStart.FindAllStringIndex(text, -1) {
		starts[loc.Start+utf8.RuneCountInString(text[:b[1]])] = true
	}
	for _, m := range pass.Find(pass.Lexicon("subjects-collective"), lint.Extent{loc}) {
		if m.Text == "我们" || starts[m.Start] {
			out = append(out, m)
		}
	}
	return out
}

// FirstPerson flags a 述职 told as a unit or 班子 summary.
var FirstPerson = &lint.Check{
	ID:       "first-person",
	Title:    "以班子述职代替书记述职，写成工作总结",
	Source:   "篇一：“防止……以班子述职代替书记述职、以学校工作代替书记工作”；篇二“七个防止”：“防止把述职报告写成工作总结”；篇七：“防止就事论事，只讲面上工作，不讲个人履职尽责情况”",
	Guard:    "防止把述职报告写成工作总结",
	Severity: lint.SeverityError,
	Doc: `述职是书记本人述职：在成绩和措施部分数个人主语（我、本人、作为书记）和集体主语（我们、
我局、我县、局党组、班子、全镇、各支部……，“我县”“我村”是集体，不是“我”）。个人主语
很少、集体主语占多数时，或成绩和措施通篇没有一处“我”（只写支部、班子或无主语句）时，报告读起来
是单位或班子的工作总结。偶尔用“我们”没有问题。
应以“我”为主语写本人亲自谋划、部署、推动的工作（我主持……、我带头……、我牵头……），
班子和单位的工作写清本人如何领导。`,
	Params: []lint.Param{
		{Key: "per_1000", Kind: lint.ParamNumber, Default: 2.0, Doc: "成绩和措施部分每千字个人主语（我、本人）少于此数"},
		{Key: "share", Kind: lint.ParamShare, Default: 0.25, Doc: "且个人主语占个人与集体主语之和的比例低于此值，即为单位工作总结"},
		{Key: "min_words", Kind: lint.ParamCount, Default: 300, Doc: "成绩和措施部分合计达到此字数而没有一处个人主语，也是单位工作总结（0 表示不按此判断）"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("成绩和措施部分每千字个人主语少于%.1f处，且个人主语少于个人与集体主语之和的%s", s.Float("per_1000"), pct(s.Float("share")))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n一年来，我们坚持以党建引领发展，局党组召开专题会议12次。全局党员参加集中学习48次。我局组织开展主题党日活动24次，班子成员讲党课10次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我们将于3月底前建立流动党员台账。"},
		{Bad: false, Text: "一、主要工作\n一年来，我主持局党组会议研究党建工作12次，带头讲党课4次。我们班子成员分片联系基层支部。我牵头开展主题党日24次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		words := pass.Words(lint.RoleAchievements, lint.RoleMeasures)
		if words == 0 {
			return
		}
		ind, coll := 0, 0
		var collNames []string
		for _, role := range []lint.Role{lint.RoleAchievements, lint.RoleMeasures} {
			for _, part := range pass.Parts(role) {
				ind += len(individualSubjects(pass, lint.Extent{part}))
				for _, m := range collectiveSubjects(pass, part) {
					coll++
					if len(collNames) < 3 && !contains(collNames, m.Text) {
						collNames = append(collNames, m.Text)
					}
				}
			}
		}
		per1000 := float64(ind) * 1000 / float64(words)
		silent := ind == 0 && pass.Int("min_words") > 0 && words >= pass.Int("min_words")
		if !silent && (per1000 >= pass.Float("per_1000") || float64(ind) >= pass.Float("share")*float64(ind+coll)) {
			return
		}
		if coll == 0 {
			pass.Report(lint.Finding{
				Para:       firstOf(pass, lint.RoleAchievements),
				Message:    fmt.Sprintf("成绩和措施部分共%d字，没有一处以书记本人（我、本人）为主语，读起来是单位或班子的工作总结而不是书记述职", words),
				Suggestion: "以“我”为主语写本人亲自谋划、部署、推动了什么（我主持……、我带头……、我牵头……），班子和单位的工作写清本人如何领导",
			})
			return
		}
		pass.Report(lint.Finding{
			Para: firstOf(pass, lint.RoleAchievements),
			Message: fmt.Sprintf("成绩和措施部分以集体为主语（%s等%d处），书记本人作主语只有%d处（每千字%.1f处），读起来是单位工作总结而不是书记述职",
				strings.Join(collNames, "、"), coll, ind, per1000),
			Suggestion: "以“我”为主语写本人亲自谋划、部署、推动了什么（我主持……、我带头……、我牵头……），班子和单位的工作写清本人如何领导",
		})
	},
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
