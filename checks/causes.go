package checks

import (
	"fmt"

	"strings"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

var (
	// causeMarker finds cause analysis inside a problems part.
	causeMarker = match.MustCompile(`原因|根源|因为|由于|归根结底|主观上|客观上`)
	// ownFailing: what a secretary writing 我 admits of himself — a
	// lack, a shortfall, a wrong habit (我对……压担子不够、我抓……思路不宽).
	ownFailing = match.MustCompile(`不够|不足|不宽|不深|不实|不严|不细|不到位|缺少|缺乏|没有及时|没有亲自|偏粗放|偏软|满足于|习惯于|停留在`)
	// ownedCause places the cause in the secretary: 原因在我、根源在于我自己、
	// 主要是自身原因、问题出在我身上、我自己也有原因.
	ownedCause = match.MustCompile(`(原因|根源|根子|症结)[^。；]{0,6}(在|是)(于)?(我|本人|自身|自己)|(主要|根本|关键|根子|问题)(还是)?(在于|在|出在|是)(我|本人)(自己|自身|身上)?|(自身|自己|个人|主观)(的)?原因|(我|本人)(自己|自身)?(也|还)?有[^。；]{0,4}(责任|原因)`)
)

// cause is one item of cause analysis: its text and where it lies.
type cause struct {
	text   string
	extent lint.Extent
}

// causeItems returns the cause analysis, item by item: the items of the
// causes part, or, when it has none, the sentences of the problems part
// that carry a cause marker.
func causeItems(pass *lint.Pass) []cause {
	var out []cause
	for _, it := range pass.Items(lint.RoleCauses) {
		out = append(out, cause{it.Text, it.Extent})
	}
	if len(out) > 0 {
		return out
	}
	for _, part := range pass.Parts(lint.RoleProblems) {
		for _, s := range pass.Sentences(part) {
			if text := pass.Text(s); causeMarker.MatchString(text) {
				out = append(out, cause{text, lint.Extent{s}})
			}
		}
	}
	return out
}

// failsOwn reports whether a sentence of a cause has the secretary fail:
// 我 and, after it in the same sentence, a failing (我……不够、我……满足于),
// so that "二是人手不够，……材料基本靠我一个人弄。" stays a circumstance.
func failsOwn(pass *lint.Pass, e lint.Extent) bool {
	for _, loc := range e {
		for _, s := range pass.Sentences(loc) {
			subjects := individualSubjects(pass, lint.Extent{s})
			if len(subjects) == 0 {
				continue
			}
			rest := pass.Text(lint.Loc{Para: s.Para, Start: subjects[0].End, End: s.End})
			if ownFailing.MatchString(rest) {
				return true
			}
		}
	}
	return false
}

// SubjectiveCauses flags cause analysis that blames only circumstances.
var SubjectiveCauses = &lint.Check{
	ID:       "subjective-causes",
	Title:    "只分析客观原因，不分析主观原因",
	Source:   "篇二“七个防止”：“防止只分析客观原因，不分析党组织书记主观原因”",
	Guard:    "防止只分析客观原因",
	Severity: lint.SeverityError,
	Doc: `在原因部分（或问题部分中“究其原因”“原因在于”之后）数主观原因（思想认识不到位、重业务轻党建、
第一责任人意识不强、精力投入不够、抓得不紧……）和客观原因（人手不足、任务繁重、经费紧张、
党员外出务工、点多面广……）。“有的支委责任意识不强”“部分党员积极性不高”是他人的态度，不算书记本人的主观原因。
客观原因可以写，但不能只有客观原因：没有一条原因落到书记本人
（“究其原因，主要在我自己”“我重业务轻党建”），且主观原因占比很低时，就是只分析客观原因。
应从思想认识、责任落实、能力作风上剖析本人的主观原因。`,
	Params: []lint.Param{
		{Key: "subjective_share", Kind: lint.ParamShare, Default: 0.4, Doc: "没有一条原因归于书记本人时，主观原因占原因的比例低于此值即为只分析客观原因"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("没有一条原因归于书记本人，且主观原因少于原因的%s", pct(s.Float("subjective_share")))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n全年有5名流动党员未参加组织生活。\n三、原因分析\n一是村里青壮年大多外出务工，党员流动性大。二是村干部人手不足，任务繁重。三是活动经费紧张，条件有限。\n四、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n全年有5名流动党员未参加组织生活。\n三、原因分析\n客观上，村里青壮年大多外出务工。但根源在我自己：我重经济轻党建，对流动党员管理满足于打电话，没有亲自过问。\n四、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		causes := causeItems(pass)
		if len(causes) == 0 {
			return
		}
		for _, part := range pass.Parts(lint.RoleCauses) {
			if ownedCause.MatchString(pass.Text(part)) {
				return // "这些问题……根子在我身上，主要有三点：" before the items
			}
		}
		subjective, objective := pass.Lexicon("causes-subjective"), pass.Lexicon("causes-objective")
		subj, obj := 0, 0
		var objNames []string
		others := pass.Patterns("subjects-others")
		theirs := 0
		for _, c := range causes {
			var ms []lint.Match
			for _, m := range pass.Find(subjective, c.extent) {
				if others.MatchAny(clauseOf(pass, m)) {
					theirs++ // 有的支委责任意识不强: others' attitude, not the secretary's
					continue
				}
				ms = append(ms, m)
			}
			subj += len(ms)
			own := len(individualSubjects(pass, c.extent)) > 0
			if ownedCause.MatchString(c.text) || (own && len(ms) > 0) || failsOwn(pass, c.extent) {
				return // a cause the secretary owns: 我……不够、我……缺少
			}
			for _, m := range pass.Find(objective, c.extent) {
				obj++
				if len(objNames) < 3 {
					objNames = append(objNames, m.Text)
				}
			}
		}
		if subj+obj+theirs == 0 || float64(subj) >= pass.Float("subjective_share")*float64(subj+obj+theirs) {
			return
		}
		blamed := ""
		if theirs > 0 {
			blamed = fmt.Sprintf("，归于他人态度的%d处", theirs)
		}
		at := firstOf(pass, lint.RoleCauses, lint.RoleProblems)
		pass.Report(lint.Finding{
			Para: at,
			Message: fmt.Sprintf("原因分析中客观原因%d处（%s）%s，主观原因%d处，没有一条归于书记本人",
				obj, strings.Join(objNames, "、"), blamed, subj),
			Suggestion: "补充本人在思想认识、责任落实、能力作风方面的主观原因，如“我重业务轻党建，对……没有亲自过问”",
		})
	},
}

// maxClause bounds, in runes, how far clauseOf looks either side.
const maxClause = 60

// clauseOf returns the clause of its paragraph a match lies in: the text
// between the punctuation marks around it, at most maxClause runes either
// side.
func clauseOf(pass *lint.Pass, m lint.Match) string {
	before := []rune(pass.Text(lint.Loc{Para: m.Para, Start: max(0, m.Start-maxClause), End: m.Start}))
	after := []rune(pass.Text(lint.Loc{Para: m.Para, Start: m.End, End: m.End + maxClause}))
	start, end := len(before), 0
	for start > 0 && !strings.ContainsRune(clauseEnds, before[start-1]) {
		start--
	}
	for end < len(after) && !strings.ContainsRune(clauseEnds, after[end]) {
		end++
	}
	return string(before[start:]) + m.Text + string(after[:end])
}

// clauseEnds are the marks that end a clause.
const clauseEnds = "，,。；;：:！？!?"
