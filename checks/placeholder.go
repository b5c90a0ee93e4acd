package checks

import (
	"fmt"

	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// Placeholder flags template slots left unfilled.
var Placeholder = &lint.Check{
	ID:       "placeholder",
	Title:    "模板占位符未填",
	Source:   "篇一：“防止……以照抄照搬代替对联系实际的思考”；流传的述职模板留有 X次、XX委、*年*月*日 等待填位置",
	Severity: lint.SeverityError,
	Doc: `查找套用模板后没有填写的占位符：20__年、20XX年、____、XX次、xx、X月X日、达X%、X局、X政府、
××同志、***、某某、某单位、*年*月*日、模板里遮住的人名（A总书记、《A谈治国理政》）、
【此处填写…】、待补充 等。X光、X射线、B超、5G、1+X证书、Windows XP、某些、某种、型号（如 X5）不算。
每处都要换成真实的年份、数字、单位和人名；若是照搬他人材料留下的痕迹，应结合本单位实际重写该段。`,
	Examples: []lint.Example{
		{Bad: true, Text: "20__年，我带头讲党课XX次，走访党员X户，××同志被评为优秀党员。"},
		{Bad: false, Text: "2025年，我带头讲党课4次，协调卫生院为12名老党员做X光检查，对某些薄弱环节及时整改。"},
	},
	Run: func(pass *lint.Pass) {
		for i, p := range pass.Doc.Paragraphs {
			for _, h := range findPlaceholders(p.Text) {
				pass.Report(lint.Finding{
					Para: i, Start: h.start, End: h.end,
					Message:    fmt.Sprintf("占位符“%s”未填写", h.text),
					Suggestion: "换成真实的年份、数字、单位或人名；照搬他人材料的段落应结合本单位实际重写",
				})
			}
		}
	},
}

// placeholderHit is one placeholder, in rune offsets of its paragraph.
type placeholderHit struct {
	start, end int
	text       string
}

var (
	// Each pattern is a slot in a template. Matches are vetted by
	// isPlaceholder for the cases RE2 cannot express (no look-around).
	placeholderPatterns = []*match.Regexp{
		match.MustCompile(`20[_＿]{1,2}|20[XＸxｘ×]{2}`),
		match.MustCompile(`第[XＸ×][次个批届期]?`),
		match.MustCompile(`[_＿]{2,}`),
		match.MustCompile(`[XＸxｘ×]{1,3}[年月日次个名人项件场户元万期届篇余条家所支村镇乡局委处科股天批县市区省厅办部院校站队%％]|[XＸxｘ×]{1,3}(政府|公司|集团|中心)`),
		match.MustCompile(`[XＸ]{2,}|×{2,}|[xｘ]{2,}|[＊*]{1,3}[年月日局镇村县市区]|[＊*]{2,}`),
		// A template's masked name: A总书记、A新时代、《A谈治国理政》.
		match.MustCompile(`[A-Z](总书记|书记|主席|新时代|谈治国理政|重要讲话|重要指示|讲话精神)`),
		match.MustCompile(`某某|某(同志|单位|村|镇|乡|街道|社区|局|支部|书记)`),
		match.MustCompile(`[（(【]\s*(此处|在此)[^）)】]{0,20}[）)】]|【[^】]{0,20}(填写|填入|姓名|名称|数字|日期)[^】]{0,10}】`),
		match.MustCompile(`待补充|待填写|待填|此处填写|TODO`),
	}
)

// placeholderChars holds a character that every placeholder pattern must
// match: a cheap test before the patterns.
const placeholderChars = "XxＸｘ×_＿*＊某待此【TABCDEFGHIJKLMNOPQRSUVWYZ"

// findPlaceholders returns the placeholders in text, without overlaps.
func findPlaceholders(text string) []placeholderHit {
	if !strings.ContainsAny(text, placeholderChars) {
		return nil // every pattern needs one of these
	}
	var hits []placeholderHit
	covered := map[int]bool{}
	emphasis := strings.Count(text, "**") >= 2
	for _, re := range placeholderPatterns {
		for _, loc := range re.FindAllStringIndex(text, -1) {
			if overlaps(covered, loc[0], loc[1]) || !isPlaceholder(text, loc[0], loc[1], emphasis) {
				continue
			}
			for b := loc[0]; b < loc[1]; b++ {
				covered[b] = true
			}
			start := utf8.RuneCountInString(text[:loc[0]])
			hits = append(hits, placeholderHit{start: start, end: start + utf8.RuneCountInString(text[loc[0]:loc[1]]), text: text[loc[0]:loc[1]]})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	return hits
}

// isPlaceholder rejects matches that are part of a word or a number: an X
// next to Latin letters or digits (型号 X5, Linux), and asterisks of
// Markdown emphasis.
func isPlaceholder(text string, start, end int, emphasis bool) bool {
	m := text[start:end]
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	first, _ := utf8.DecodeRuneInString(m)
	if first >= 'A' && first <= 'Z' && first != 'X' && isLatinOrDigit(before) {
		return false // inside a Latin word or a number
	}
	if first == 'X' || first == 'x' || first == 'Ｘ' || first == 'ｘ' {
		if isLatinOrDigit(before) || (strings.Trim(m, "XxＸｘ") == "" && isLatinOrDigit(after)) {
			return false
		}
	}
	if first == '*' || first == '＊' {
		return !emphasis
	}
	return true
}

func overlaps(covered map[int]bool, start, end int) bool {
	for b := start; b < end; b++ {
		if covered[b] {
			return true
		}
	}
	return false
}

func isLatinOrDigit(r rune) bool {
	return r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
