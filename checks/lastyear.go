package checks

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"shuzhi/lint"
)

// LastYear checks the report against last year's: problems repeated
// without a word on what became of them, and, when the profile asks for
// it, an answer to last year's problems.
var LastYear = &lint.Check{
	ID:       "last-year",
	Title:    "上年度问题的整改回应（防止年年述、年年改、年年在）",
	Defect:   "未回应上年度问题的整改",
	Source:   "篇三：“切实兑现承诺，防止‘年年述、年年改、年年在’”；大通区：述职要讲清上年度问题整改和承诺兑现情况",
	Severity: lint.SeverityError,
	Doc: `给出上年度述职报告（--previous 文件，或按文件名对应的文件夹）时，逐条比较今年和上年的问题：
几乎相同又没有说明整改情况（“上年度指出的……仍未根本解决，原因是……”）的问题，就是年年述、
年年在；大多数问题都照搬上年时，报告应重写。方案或配置要求（content.require_followup）时，
还检查报告是否有上年度问题整改情况的内容。新任书记没有上年度报告，不要求。`,
	Params: []lint.Param{
		{Key: "repeat_similarity", Kind: lint.ParamShare, Default: 0.6, Doc: "今年的问题与上年某条问题的相似度（0–1）达到此值，视为照搬上年"},
		{Key: "repeat_rewrite", Kind: lint.ParamShare, Default: 0.5, Doc: "照搬上年的问题占今年问题的比例达到此值为严重（重写）"},
		{Key: "rewrite_min_items", Kind: lint.ParamCount, Default: 2, Doc: "今年问题少于此数时，照搬再多也不判为严重"},
		{Key: "require_followup", Kind: lint.ParamBool, Default: false, Doc: "是否要求写上年度问题整改情况（新任书记没有上年度报告，默认不要求）"},
		{Key: "followup_sentences", Kind: lint.ParamCount, Default: 2, Doc: "没有单列整改部分时，至少这么多句讲上年度问题整改才算回应"},
	},
	Thresholds: func(s lint.Settings) string {
		req := "不要求单列整改情况"
		if s.Bool("require_followup") {
			req = "要求说明上年度问题整改情况"
		}
		return fmt.Sprintf("与上年问题相似度不低于%s即为重复；重复的问题达到%s时为严重；%s", pct(s.Float("repeat_similarity")), pct(s.Float("repeat_rewrite")), req)
	},
	Examples: []lint.Example{
		{Bad: true, Previous: "二、存在的问题\n一是党员教育管理不够到位，流动党员参加组织生活少。\n二是我深入基层调研不够。", Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n一是党员教育管理不够到位，流动党员参加组织生活少。二是我对村集体经济发展谋划不够，全年只有1个项目落地。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
		{Bad: false, Previous: "二、存在的问题\n一是党员教育管理不够到位，流动党员参加组织生活少。\n二是我深入基层调研不够。", Text: "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n一是上年度指出的党员教育管理不够到位的问题仍未根本解决，流动党员参加组织生活少，原因是我建立台账后没有跟踪。二是我对村集体经济发展谋划不够，全年只有1个项目落地。\n三、下一步打算\n我将于3月底前建立流动党员台账。"},
	},
	Run: func(pass *lint.Pass) {
		checkRepeats(pass)
		checkFollowup(pass)
	},
}

// repeat is a problem item found again in last year's report.
type repeat struct {
	item       lint.Item
	last       lint.Item
	similarity float64
}

func checkRepeats(pass *lint.Pass) {
	prev := pass.Context.Previous
	if prev == nil {
		if why := pass.Context.PreviousMissing; why != "" {
			pass.Report(lint.Finding{
				Para: 0, Severity: lint.SeverityInfo,
				Message:    why + "，没有与上年度报告比较",
				Suggestion: "把本人上年度的述职报告放进 --previous 指定的文件夹，文件名中写明本人姓名或单位",
			})
		}
		return
	}
	lastItems := lint.ItemsOf(prev.Doc, prev.Outline, lint.RoleProblems)
	items := pass.Items(lint.RoleProblems)
	if len(items) == 0 || len(lastItems) == 0 {
		return
	}
	words := pass.Lexicon("followup-words")
	var repeats []repeat
	for _, it := range items {
		best := repeat{item: it}
		for _, last := range lastItems {
			if s := dice(bigrams(it.Text), bigrams(last.Text)); s > best.similarity {
				best.last, best.similarity = last, s
			}
		}
		if best.similarity >= pass.Float("repeat_similarity") && !pass.Has(words, it.Extent) {
			repeats = append(repeats, best)
		}
	}
	share := float64(len(repeats)) / float64(len(items))
	severity := lint.SeverityOff // the configured level
	if len(items) >= pass.Int("rewrite_min_items") && share >= pass.Float("repeat_rewrite") {
		severity = lint.SeverityCritical
	}
	for _, r := range repeats {
		pass.Report(lint.Finding{
			Para: r.item.At.Para, Start: r.item.At.Start, End: r.item.At.End, Severity: severity,
			Message: fmt.Sprintf("问题“%s”与上年度报告第%d段的问题“%s”基本相同（相似度%s），没有说明整改情况（今年%d条问题中%d条如此）",
				brief(r.item.Text), r.last.At.Para+1, brief(r.last.Text), pct(r.similarity), len(items), len(repeats)),
			Suggestion: "写明上年度针对这个问题做了什么、为什么仍未解决、今年怎样改；或换成今年新查摆的问题",
		})
	}
}

func checkFollowup(pass *lint.Pass) {
	if !pass.Bool("require_followup") || pass.Words(lint.RoleFollowup) > 0 {
		return
	}
	words := pass.Lexicon("followup-words")
	n := 0
	for i, p := range pass.Doc.Paragraphs {
		for _, s := range pass.Sentences(lint.Loc{Para: i, Start: 0, End: utf8.RuneCountInString(p.Text)}) {
			if pass.Has(words, lint.Extent{s}) {
				n++
			}
		}
	}
	if n >= pass.Int("followup_sentences") {
		return
	}
	pass.Report(lint.Finding{
		Para:       firstOf(pass, lint.RoleAchievements),
		Message:    "没有说明上年度述职评议指出问题的整改情况",
		Suggestion: "单列或在履职情况中写明：上年度点评指出的问题有几个、整改了几个、怎样整改的、还有哪些没有到位及原因",
	})
}

// bigrams returns the character bigrams of the letters, digits and Han
// characters of s.
func bigrams(s string) map[string]bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	out := make(map[string]bool, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		out[string(rs[i:i+2])] = true
	}
	return out
}

// dice is the Dice coefficient of two sets of bigrams.
func dice(a, b map[string]bool) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	shared := 0
	for g := range a {
		if b[g] {
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}
