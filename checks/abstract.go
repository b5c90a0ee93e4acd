package checks

import (
	"fmt"
	"strings"

	"shuzhi/lint"
)

// AbstractTalk flags achievements made of attitudes rather than work.
var AbstractTalk = &lint.Check{
	ID:       "abstract-talk",
	Title:    "只讲认识理念，不讲具体工作",
	Source:   "篇二“七个防止”：“防止只讲认识理念，不讲具体工作”",
	Guard:    "防止只讲认识理念，不讲具体工作",
	Severity: lint.SeverityError,
	Doc: `把成绩部分逐句分成两类：表态句（高度重视、提高政治站位、深刻认识到、把……摆在……位置、
始终坚持……，且没有数字和具体事例）和工作句（有次数、人数、比例或有名有姓的事例，说明做了
什么）。成绩部分第一句常是认识表述，不计入。表态句（按字数计）多于一定比例时，成绩讲的是态度不是工作：
把“高度重视”换成本人具体做了哪些事、做了多少、结果如何。`,
	Params: []lint.Param{
		{Key: "ratio", Kind: lint.ParamShare, Default: 0.5, Doc: "成绩部分表态句（按字数）占表态句与工作句之和的比例超过此值"},
		{Key: "min_ideas", Kind: lint.ParamCount, Default: 2, Doc: "且表态句不少于此数，即为只讲认识理念"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("表态句按字数占表态句与工作句之和超过%s，且表态句不少于%d句", pct(s.Float("ratio")), s.Int("min_ideas"))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n一年来，我认真履行第一责任人职责。我始终把党建工作摆在突出位置，高度重视班子建设。我深刻认识到抓党建是最大的政绩，不断增强责任意识。我坚持以党的创新理论为指导，牢固树立抓党建的意识。全年讲党课4次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Text: "一、主要工作\n一年来，我高度重视党建工作。我主持召开支委会24次，讲党课4次。我走访党员和群众126户，解决急难愁盼问题31件。我牵头整顿后进支部1个，换届后新选村干部5名。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		stance := pass.Lexicon("stance")
		ideas, actions := 0, 0
		ideaRunes, actionRunes := 0, 0
		first := true
		var ideaAt []lint.Loc
		var phrases []string
		for _, part := range pass.Parts(lint.RoleAchievements) {
			for _, s := range pass.Sentences(part) {
				if first {
					first = false // the part's opening sentence may state the attitude
					continue
				}
				sentence := lint.Extent{s}
				switch {
				case hasEvidence(pass, sentence):
					actions++
					actionRunes += s.End - s.Start
				case pass.Has(stance, sentence):
					ideas++
					ideaRunes += s.End - s.Start
					for _, m := range pass.Find(stance, sentence) {
						if len(phrases) < 3 && !contains(phrases, m.Text) {
							phrases = append(phrases, m.Text)
						}
					}
					ideaAt = append(ideaAt, s)
				}
			}
		}
		ratio := pass.Float("ratio")
		// Sentences weigh by their length: three long pledges outweigh one
		// short count.
		share := float64(ideaRunes) / float64(max(1, ideaRunes+actionRunes))
		if ideas == 0 || ideas < pass.Int("min_ideas") || share <= ratio {
			return
		}
		at := ideaAt[0]
		pass.Report(lint.Finding{
			Para: at.Para, Start: at.Start, End: at.End,
			Message: fmt.Sprintf("成绩部分有%d句表态（如“%s”），只有%d句写了具体工作和数据，表态句占%s，超过%s",
				ideas, strings.Join(phrases, "”“"), actions, pct(share), pct(ratio)),
			Suggestion: "把表态换成本人亲自做的事：召开了几次会、解决了什么问题、推动了哪些变化，用数字和事例写实",
		})
	},
}
