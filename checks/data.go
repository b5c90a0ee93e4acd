package checks

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"shuzhi/lint"
)

// minEvidenceParagraph is the least length, in runes, of an achievements
// paragraph that is expected to carry evidence (shorter ones are headings
// and linking sentences).
const minEvidenceParagraph = 40

// DataAndCases flags achievements told without numbers or named cases.
var DataAndCases = &lint.Check{
	ID:       "data-and-cases",
	Title:    "用数据、事例说话，防止虚、空、飘",
	Source:   "篇二：“注重用数据、事例说话，防止虚、空、飘”；篇七：“提倡用实例、数据说话，切忌‘虚、空、飘’”",
	Guard:    "防止虚、空、飘",
	Severity: lint.SeverityError,
	Doc: `在成绩部分统计“证据”：带单位或量词的数字（12次、35名、90%、3.5万元）和有名有姓的事例
（《……》文件或活动、带引号的项目和品牌名称，如“红色物业”）。年份、日期、序号、标题编号
和带数字的固定提法（三会一课、四个意识、二十大、十四五）不算数据。
每百字的证据数和含证据段落的比例都低于阈值时，成绩写得虚、空、飘：每项工作写清本人做了
什么、做了多少、带来什么变化，用数字和具体事例说明。`,
	Thresholds: func(p *lint.Profile) string {
		return fmt.Sprintf("成绩部分（不少于%d字时判断）每百字证据少于%.1f处，且含证据的段落少于%s", p.Content.EvidenceMinWords, p.Content.EvidencePer100, pct(p.Content.EvidenceParagraphs))
	},
	Examples: []lint.Example{
		{Bad: true, Text: "一、主要工作\n一年来，我始终把抓党建作为第一要务，认真落实三会一课制度，党员队伍建设不断加强，组织生活质量明显提升，党员先锋模范作用得到充分发挥。\n我坚持以党建引领基层治理，深入推进四个意识教育，支部的凝聚力战斗力不断增强，各项工作取得明显成效。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Text: "一、主要工作\n一年来，我主持召开支委会24次、党员大会12次，讲党课4次，全村56名党员参学率98%。\n我牵头推行“红色代办”，为群众代办事项312件，化解矛盾纠纷17起。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		words := pass.Words(lint.RoleAchievements)
		if words < pass.Profile.Content.EvidenceMinWords {
			return
		}
		evidence, paras, covered := 0, 0, 0
		var bare []int
		for _, pt := range partParagraphs(pass, lint.RoleAchievements) {
			n := len(findEvidence(pass, pt.text))
			evidence += n
			if utf8.RuneCountInString(strings.TrimSpace(pt.text)) < minEvidenceParagraph {
				continue
			}
			paras++
			if n > 0 {
				covered++
			} else {
				bare = append(bare, pt.para)
			}
		}
		per100 := float64(evidence) * 100 / float64(words)
		coverage := 1.0
		if paras > 0 {
			coverage = float64(covered) / float64(paras)
		}
		c := pass.Profile.Content
		if per100 >= c.EvidencePer100 || coverage >= c.EvidenceParagraphs {
			return
		}
		at := firstOf(pass, lint.RoleAchievements)
		if len(bare) > 0 {
			at = bare[0]
		}
		pass.Report(lint.Finding{
			Para: at,
			Message: fmt.Sprintf("成绩部分%d字只有%d处数据或事例（每百字%.1f处，要求不少于%.1f处）；%d段中%d段没有任何数据或事例（%s）",
				words, evidence, per100, c.EvidencePer100, paras, paras-covered, paraList(bare)),
			Suggestion: "每项工作写清本人做了什么、做了多少、带来什么变化：用次数、人数、比例和有名有姓的事例说话，删去“明显提升”“不断增强”之类的空话",
		})
	},
}

// partText is the text a role has in one paragraph, headings excluded.
type partText struct {
	para  int
	start int // rune offset of text in the paragraph
	text  string
}

// partParagraphs returns, paragraph by paragraph, the text of a role
// without its headings. Spans of the role that one paragraph holds are
// joined (they are contiguous but for a rare interruption).
func partParagraphs(pass *lint.Pass, role lint.Role) []partText {
	var out []partText
	for i, sp := range pass.Outline.Spans {
		if sp.Role != role {
			continue
		}
		start := sp.Start
		if pass.Outline.HeadingLevel[sp.Para] > 0 && sp.Start == 0 {
			start = pass.Outline.HeadingEnd[sp.Para]
		}
		if start >= sp.End {
			continue
		}
		text := lint.RuneSlice(pass.SpanText(i), start-sp.Start, sp.End-sp.Start)
		if n := len(out); n > 0 && out[n-1].para == sp.Para {
			out[n-1].text += text
			continue
		}
		out = append(out, partText{para: sp.Para, start: start, text: text})
	}
	return out
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
