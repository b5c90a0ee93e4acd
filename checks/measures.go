package checks

import (
	"fmt"
	"unicode/utf8"

	"shuzhi/lint"
)

// measureScore counts the dimensions that make a measure checkable: a
// deadline, an owner, a quantified target and a concrete vehicle (list,
// ledger, plan, project).
func measureScore(pass *lint.Pass, it lint.Item) (score int, hard bool) {
	text := it.Text
	for _, name := range []string{"measure-deadline", "measure-owner", "measure-target"} {
		if pass.Patterns(name).MatchAny(text) {
			score++
			hard = true
		}
	}
	if pass.Has(pass.Lexicon("measure-carriers"), it.Extent) || namedCase.MatchString(text) {
		score++
	}
	return score, hard
}

// ConcreteMeasures flags measures that only name directions.
var ConcreteMeasures = &lint.Check{
	ID:       "concrete-measures",
	Title:    "只提努力方向，不提具体措施",
	Source:   "篇二“七个防止”：“防止只提努力方向和目标，不提务实管用的具体任务和措施”；篇二：“要切实可行、便于操作，有明确的工作重点和具体抓手，不能大而化之”",
	Guard:    "防止只提努力方向，不提具体措施",
	Severity: lint.SeverityError,
	Doc: `把措施部分分成条目，逐条看四个方面：时限（3月底前、每季度、年内）、责任（我牵头、由……负责、
责任人）、量化目标（不少于、覆盖、达到 + 数字）、载体（清单、台账、方案、销号、书记项目）。
一条都没有的是“方向性表态”（进一步加强、持续推进、不断提升……）。以“进一步”开头但有时限、
有责任人的措施是具体措施。方向性条目过多、平均得分过低时，措施就只是努力方向：每条措施写清
做什么、谁负责、何时完成、达到什么标准。`,
	Params: []lint.Param{
		{Key: "direction_only_share", Kind: lint.ParamShare, Default: 0.5, Doc: "方向性条目（时限、责任、量化目标、载体四项全无）占措施条目的比例达到此值"},
		{Key: "concrete_mean", Kind: lint.ParamNumber, Max: 4, Default: 1.0, Doc: "且措施条目平均得分（满分4）低于此值，即为只提方向"},
		{Key: "min_items", Kind: lint.ParamCount, Default: 2, Doc: "措施条目少于此数时不判断"},
		{Key: "vague_runes", Kind: lint.ParamCount, Default: 120, Doc: "措施部分（至少min_items条）不少于此字数而通篇没有一处时限、责任人或量化目标时，即使提到载体也只是努力方向"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("方向性条目（四项全无）不少于%s，且平均每条得分低于%.1f（满分4；至少%d条措施时判断）；或措施部分不少于%d字而通篇没有时限、责任人和量化目标", pct(s.Float("direction_only_share")), s.Float("concrete_mean"), s.Int("min_items"), s.Int("vague_runes"))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n一是进一步加强理论武装，不断提高党员素质。二是持续深化支部建设，切实增强凝聚力。三是积极推动党建与业务融合，全面提升工作水平。"},
		{Bad: false, Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n一是进一步加强流动党员管理，3月底前由我牵头建立流动党员台账。二是每季度开展一次线上组织生活，参学率不低于90%。"},
	},
	Run: func(pass *lint.Pass) {
		items := pass.Items(lint.RoleMeasures)
		if len(items) == 0 {
			return
		}
		total, runes, anyHard := 0, 0, false
		var empty []lint.Item
		for _, it := range items {
			s, hard := measureScore(pass, it)
			total += s
			anyHard = anyHard || hard
			runes += utf8.RuneCountInString(it.Text)
			if s == 0 {
				empty = append(empty, it)
			}
		}
		mean := float64(total) / float64(len(items))
		share := float64(len(empty)) / float64(len(items))
		var directions bool
		if len(items) < pass.Int("min_items") {
			// Too few items to weigh; a measures part of a sentence or two
			// that names no deadline, owner, target or vehicle at all is
			// still only directions.
			directions = len(empty) == len(items) && runes >= minDirectionRunes
		} else {
			directions = share >= pass.Float("direction_only_share") && mean < pass.Float("concrete_mean")
		}
		if directions {
			for _, it := range empty {
				pass.Report(lint.Finding{
					Para: it.At.Para, Start: it.At.Start, End: it.At.End,
					Message: fmt.Sprintf("措施“%s”没有时限、责任人、量化目标或载体，只是努力方向（措施%d条中%d条如此，平均每条%.1f分）",
						brief(it.Text), len(items), len(empty), mean),
					Suggestion: "写清做什么、谁负责、何时完成、达到什么标准，如“3月底前由我牵头建立流动党员台账，每季度联系一次”",
				})
			}
			return
		}
		if anyHard || len(items) < pass.Int("min_items") || runes < pass.Int("vague_runes") {
			return
		}
		// Vehicles named (谈心谈话、示范岗) but not one deadline, owner or
		// target in the whole part: still only directions.
		for _, it := range items {
			pass.Report(lint.Finding{
				Para: it.At.Para, Start: it.At.Start, End: it.At.End,
				Message:    fmt.Sprintf("措施“%s”没有时限、责任人和量化目标；措施部分%d条都没有，只是努力方向", brief(it.Text), len(items)),
				Suggestion: "写清谁负责、何时完成、达到什么标准，如“3月底前由我牵头建立流动党员台账，每季度联系一次”",
			})
		}
	},
}

// minDirectionRunes is how long a measures part of fewer items than
// min_items must be, with nothing concrete in it, to be only directions
// (我将继续努力。 is too short to judge).
const minDirectionRunes = 30
