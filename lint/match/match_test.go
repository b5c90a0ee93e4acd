package match

import (
	"math/rand"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// naive lists every occurrence of every phrase, as Each should report
// them, sorted by end, then longest first.
func naive(phrases []string, text string) [][3]int {
	var out [][3]int
	seen := map[string]bool{}
	for i, p := range phrases {
		if p == "" || seen[p] {
			continue
		}
		seen[p] = true
		for s := 0; s+len(p) <= len(text); s++ {
			if text[s:s+len(p)] == p {
				out = append(out, [3]int{i, s, s + len(p)})
			}
		}
	}
	slices.SortFunc(out, func(a, b [3]int) int {
		if a[2] != b[2] {
			return a[2] - b[2]
		}
		return a[1] - b[1]
	})
	return out
}

func randomText(r *rand.Rand, alphabet []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(alphabet[r.Intn(len(alphabet))])
	}
	return b.String()
}

func TestAutomatonFindsWhatNaiveSearchFinds(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []string{"问", "题", "原", "因", "a", "b", "措施"}
	for trial := range 500 {
		var phrases []string
		for range 1 + r.Intn(8) {
			phrases = append(phrases, randomText(r, alphabet, 1+r.Intn(3)))
		}
		text := randomText(r, alphabet, r.Intn(40))
		a := NewAutomaton(phrases)
		var got [][3]int
		a.Each(text, func(p, s, e int) bool {
			got = append(got, [3]int{p, s, e})
			return true
		})
		want := naive(phrases, text)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: phrases %q in %q: got %v, want %v", trial, phrases, text, got, want)
		}
		if a.Contains(text) != (len(want) > 0) {
			t.Fatalf("trial %d: Contains(%q) with %q = %v", trial, text, phrases, !(len(want) > 0))
		}
	}
}

func TestAutomatonStops(t *testing.T) {
	a := NewAutomaton([]string{"问题", "题"})
	n := 0
	a.Each("问题问题", func(int, int, int) bool { n++; return false })
	if n != 1 {
		t.Fatalf("Each went on after false: %d calls", n)
	}
	if NewAutomaton([]string{""}).Contains("任何文本") {
		t.Fatal("the empty phrase was found")
	}
}

// patterns are shaped like the project's cues and checks: alternations,
// optional groups, bounded gaps, classes and anchors.
var patterns = []string{
	`原因|根源|根子|症结|病根|(为什么|为啥)[^。！？]*[？?]`,
	`(还|仍|也)?(存在|有)(着)?[^。！？]{0,10}(问题|不足|差距)`,
	`^[^。！？]{0,8}(明年|下一步|今后)[，,]?(我|本人)?(将|要|打算)`,
	`\d+(名|个|人)`,
	`(20\d\d|二〇[一二]\d)年`,
	`[XＸ]{2,}|某某`,
	`a*`,
	`(?i)abc`,
	`问题$`,
	`^(客观上|主观上)`,
	`[一二三四五六七八九十]+是`,
	`(原|措)(因|施)?题`,
}

func TestRegexpAgreesWithRegexp(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	alphabet := []string{"原因", "问题", "存在", "有", "着", "明年", "我", "将", "，", "。", "？", "为什么",
		"1", "2", "名", "20", "X", "Ｘ", "某", "a", "A", "b", "c", "客观上", "一", "二", "是", "措", "施", "题", "不足"}
	for _, p := range patterns {
		re, std := MustCompile(p), regexp.MustCompile(p)
		for range 3000 {
			text := randomText(r, alphabet, r.Intn(12))
			if got, want := re.MatchString(text), std.MatchString(text); got != want {
				t.Fatalf("%s on %q: MatchString %v, regexp %v", p, text, got, want)
			}
			if got, want := re.FindAllStringSubmatchIndex(text, -1), std.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s on %q: FindAll %v, regexp %v", p, text, got, want)
			}
			if got, want := re.ReplaceAllString(text, "<$0>"), std.ReplaceAllString(text, "<$0>"); got != want {
				t.Fatalf("%s on %q: Replace %q, regexp %q", p, text, got, want)
			}
		}
	}
}

func TestRequiredFindsStrongLiterals(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string // nil: no condition
	}{
		{`原因|原则`, []string{"原因", "原则"}},
		{`(还|仍)?(存在|有)(着)?[^。]{0,10}(问题|不足)`, []string{"问题", "不足"}},
		{`\d+名`, []string{"名"}},
		{`a*`, nil},
		{`(?i)abc`, nil},
		{`原因|.`, nil},
		{`问题(分析|原因)`, []string{"问题分析", "问题原因"}},
		{`^究其原因`, []string{"究其原因"}},
		{`^.{0,40}(还|仍)(存在|有)`, []string{"还存在", "还有", "仍存在", "仍有"}},
		{`^(从|在)?主观`, []string{"主观"}},
		{`^(a|.)`, nil},
	} {
		tree, err := syntax.Parse(tc.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got := Required(tree)
		slices.Sort(got)
		slices.Sort(tc.want)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Required(%s) = %q, want %q", tc.expr, got, tc.want)
		}
	}
}

func TestSetMatchesAsItsExpressions(t *testing.T) {
	var res []*Regexp
	for _, p := range patterns {
		if p != `a*` { // matches every text
			res = append(res, MustCompile(p))
		}
	}
	set := NewSet(res)
	r := rand.New(rand.NewSource(3))
	alphabet := []string{"原因", "问题", "存在", "有", "着", "明年", "我", "将", "，", "。", "？", "为什么",
		"1", "名", "20", "X", "某", "a", "A", "b", "c", "客观上", "一", "是", "措", "施", "题", "不足"}
	for range 5000 {
		text := randomText(r, alphabet, r.Intn(10))
		want := false
		for _, re := range res {
			want = want || re.Engine().MatchString(text)
		}
		if got := set.MatchAny(text); got != want {
			t.Fatalf("MatchAny(%q) = %v, want %v", text, got, want)
		}
	}
	if NewSet(nil).MatchAny("问题") {
		t.Fatal("an empty set matched")
	}
}

func TestEveryPartOfAConcatenationIsACondition(t *testing.T) {
	re := MustCompile(`[0-9０-９]+(余|多)?(名|次|人次)`)
	for text, want := range map[string]bool{"三名党员": false, "3次": true, "第3个": false, "共12人次": true} {
		if got := re.Possible(text); got != want {
			t.Errorf("Possible(%q) = %v, want %v", text, got, want)
		}
	}
}
