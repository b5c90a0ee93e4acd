package checks

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"shuzhi/lint"
)

// DataAndCases flags achievements told without numbers or named cases.
var DataAndCases = &lint.Check{
	ID:       "data-and-cases",
	Title:    "用数据、事例说话，防止虚、空、飘",
	Defect:   "缺少数据和事例，虚、空、飘",
	Source:   "篇二：“注重用数据、事例说话，防止虚、空、飘”；篇七：“提倡用实例、数据说话，切忌‘虚、空、飘’”",
	Guard:    "防止虚、空、飘",
	Severity: lint.SeverityError,
	Doc: `在成绩部分统计“证据”：带单位或量词的数字（12次、35名、90%、3.5万元）和有名有姓的事例
（《……》文件或活动、带引号的项目和品牌名称，如“红色物业”）。年份、日期、序号、标题编号
和带数字的固定提法（三会一课、四个意识、二十大、十四五）不算数据。
每百字的证据数和含证据段落的比例都低于阈值时，成绩写得虚、空、飘：每项工作写清本人做了
什么、做了多少、带来什么变化，用数字和具体事例说明。`,
	Params: []lint.Param{
		{Key: "per_100", Kind: lint.ParamNumber, Default: 0.8, Doc: "成绩部分每百字的数据和事例少于此数"},
		{Key: "paragraphs", Kind: lint.ParamShare, Default: 0.5, Doc: "且含数据或事例的段落少于此比例，即为虚、空、飘"},
		{Key: "min_words", Kind: lint.ParamCount, Default: 100, Doc: "成绩部分不足此字数时不判断"},
		{Key: "min_paragraph", Kind: lint.ParamCount, Default: 40, Doc: "成绩部分短于此字符数的段落（小标题、过渡句）不要求有数据"},
	},
	Thresholds: func(s lint.Settings) string {
		return fmt.Sprintf("成绩部分（不少于%d字时判断）每百字证据少于%.1f处，且含证据的段落（不少于%d字符的段落）少于%s", s.Int("min_words"), s.Float("per_100"), s.Int("min_paragraph"), pct(s.Float("paragraphs")))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n一年来，我始终把抓党建作为第一要务，认真落实三会一课制度，党员队伍建设不断加强，组织生活质量明显提升，党员先锋模范作用得到充分发挥。\n我坚持以党建引领基层治理，深入推进四个意识教育，支部的凝聚力战斗力不断增强，各项工作取得明显成效。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Text: "一、主要工作\n一年来，我主持召开支委会24次、党员大会12次，讲党课4次，全村56名党员参学率98%。\n我牵头推行“红色代办”，为群众代办事项312件，化解矛盾纠纷17起。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		words := pass.Words(lint.RoleAchievements)
		if words == 0 || words < pass.Int("min_words") {
			return
		}
		evidence, paras, covered := 0, 0, 0
		var bare []int
		for _, part := range pass.Parts(lint.RoleAchievements) {
			n := len(findEvidence(pass, lint.Extent{part}))
			evidence += n
			runes := utf8.RuneCountInString(strings.TrimSpace(pass.Text(part)))
			if runes < pass.Int("min_paragraph") {
				continue
			}
			paras++
			// A paragraph is covered by evidence at half the rate asked of
			// the part: one weak figure in a long paragraph does not cover it.
			if n > 0 && float64(n)*100/float64(runes) >= pass.Float("per_100")/2 {
				covered++
			} else {
				bare = append(bare, part.Para)
			}
		}
		per100 := float64(evidence) * 100 / float64(words)
		coverage := 1.0
		if paras > 0 {
			coverage = float64(covered) / float64(paras)
		}
		per100Min := pass.Float("per_100")
		if per100 >= per100Min || coverage >= pass.Float("paragraphs") {
			return
		}
		at := firstOf(pass, lint.RoleAchievements)
		if len(bare) > 0 {
			at = bare[0]
		}
		pass.Report(lint.Finding{
			Para: at,
			Message: fmt.Sprintf("成绩部分%d字只有%d处数据或事例（每百字%.1f处，要求不少于%.1f处）；%d段中%d段没有任何数据或事例（%s）",
				words, evidence, per100, per100Min, paras, paras-covered, paraList(bare)),
			Suggestion: "每项工作写清本人做了什么、做了多少、带来什么变化：用次数、人数、比例和有名有姓的事例说话，删去“明显提升”“不断增强”之类的空话",
		})
	},
}

// paraList names paragraphs for a message: 第3、5、8段 (at most five).
func paraList(paras []int) string {
	if len(paras) == 0 {
		return "无"
	}
	var names []string
	for i, p := range paras {
		if i == 5 {
			names = append(names, "…")
			break
		}
		names = append(names, fmt.Sprint(p+1))
	}
	return "第" + strings.Join(names, "、") + "段"
}
