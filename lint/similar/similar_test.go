package similar

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"shuzhi/dict"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"gopkg.in/yaml.v3"
)

// honestLimit is the containment no pair of honest corpus reports may
// reach.
const honestLimit = 0.1

// loadCorpus reads the honest reports of testdata/reports, one paragraph a
// non-blank line: all but those whose NAME.expect.yaml expects the rule
// copied.
func loadCorpus(tb testing.TB) []Doc {
	tb.Helper()
	files, err := filepath.Glob("../../testdata/reports/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var docs []Doc
	for _, f := range files {
		var expect struct {
			Rules []string `yaml:"rules"`
		}
		if data, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".expect.yaml"); err == nil {
			if err := yaml.Unmarshal(data, &expect); err != nil {
				tb.Fatalf("%s: %v", f, err)
			}
		}
		if slices.Contains(expect.Rules, "copied") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, Doc{ID: filepath.Base(f), Paragraphs: paragraphs(string(data))})
	}
	if len(docs) < 40 {
		tb.Fatalf("corpus: %d honest reports, want at least 40", len(docs))
	}
	return docs
}

// paragraphs splits text into its non-blank lines.
func paragraphs(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		if line = strings.TrimRight(line, "\r\n"); strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
	}
	return out
}

// formulationsFile is the lexicon of dict/ that shuzhi's profiles pass
// as the mandatory formulations.
const formulationsFile = "formulations.txt"

// defaultOptions returns the default K, Window and MinPassage with the
// formulations of dict/, as shuzhi's built-in profiles give them.
func defaultOptions(tb testing.TB) Options {
	tb.Helper()
	forms, err := dict.Lines(formulationsFile)
	if err != nil {
		tb.Fatal(err)
	}
	return Options{K: DefaultK, Window: DefaultWindow, MinPassage: DefaultMinPassage, Formulations: forms}
}

// build indexes docs with the default options.
func build(tb testing.TB, docs ...Doc) *Index {
	tb.Helper()
	ix := NewIndex(defaultOptions(tb))
	for _, d := range docs {
		if err := ix.Add(d); err != nil {
			tb.Fatal(err)
		}
	}
	return ix
}

// matchWith returns the match of id with other.
func matchWith(ix *Index, id, other string) (Match, bool) {
	for _, m := range ix.Matches(id) {
		if m.Other == other {
			return m, true
		}
	}
	return Match{}, false
}

// byID returns the document named id.
func byID(docs []Doc, id string) Doc {
	i := slices.IndexFunc(docs, func(d Doc) bool { return d.ID == id })
	return docs[i]
}

// runes returns text[start:end] in runes.
func runes(text string, start, end int) string { return string([]rune(text)[start:end]) }

// letters returns the letters and digits of s, folded as the index folds
// them.
func letters(s string) string { return string(normalize(s)) }

// checkPassages checks that every passage of the matches of id points at
// text on both sides, starts and ends with a letter or digit, and that the
// two sides have nearly the same letters.
func checkPassages(t *testing.T, ix *Index, docs map[string]Doc, id string) {
	t.Helper()
	d := docs[id]
	for _, m := range ix.Matches(id) {
		if m.Containment <= 0 || m.Containment > 1 || len(m.Passages) == 0 {
			t.Errorf("%s~%s: containment %v with %d passages", id, m.Other, m.Containment, len(m.Passages))
		}
		o := docs[m.Other]
		for i, p := range m.Passages {
			if i > 0 {
				q := m.Passages[i-1]
				if p.Para < q.Para || p.Para == q.Para && p.Start < q.End {
					t.Errorf("%s~%s: passages out of order or overlapping: %+v then %+v", id, m.Other, q, p)
				}
			}
			if got := runes(d.Paragraphs[p.Para], p.Start, p.End); got != p.Text {
				t.Errorf("%s~%s: Text %q, but the span holds %q", id, m.Other, p.Text, got)
			}
			other := runes(o.Paragraphs[p.OtherPara], p.OtherStart, p.OtherEnd)
			for _, s := range []string{p.Text, other} {
				rs := []rune(s)
				if _, ok := fold(rs[0]); !ok {
					t.Errorf("%s~%s: passage %q starts with %q", id, m.Other, s, rs[0])
				}
				if _, ok := fold(rs[len(rs)-1]); !ok {
					t.Errorf("%s~%s: passage %q ends with %q", id, m.Other, s, rs[len(rs)-1])
				}
			}
			a, b := []rune(letters(p.Text)), []rune(letters(other))
			if len(a) < DefaultMinPassage || abs(len(a)-len(b)) > DefaultK+len(a)/8 || a[0] != b[0] && !isDigit(a[0]) {
				t.Errorf("%s~%s: passage sides differ: %q / %q", id, m.Other, p.Text, other)
			}
		}
	}
}

// abs is the absolute value of x.
func abs(x int) int { return max(x, -x) }

// TestHonestCorpus checks that honest reports on the same topics, written
// with the same policy vocabulary, stay far below any copying threshold.
func TestHonestCorpus(t *testing.T) {
	docs := loadCorpus(t)
	ix := build(t, docs...)
	byName := make(map[string]Doc)
	for _, d := range docs {
		byName[d.ID] = d
	}
	worst, pairs := Match{}, 0
	var worstID string
	for _, d := range docs {
		for _, m := range ix.Matches(d.ID) {
			pairs++
			if m.Containment > worst.Containment {
				worst, worstID = m, d.ID
			}
		}
		checkPassages(t, ix, byName, d.ID)
	}
	t.Logf("%d reports, %d pairs share a passage; max containment %.4f (%s in %s)",
		len(docs), pairs, worst.Containment, worstID, worst.Other)
	if worst.Containment >= honestLimit {
		t.Errorf("honest reports %s and %s: containment %.3f, want < %v; passages:\n%s",
			worstID, worst.Other, worst.Containment, honestLimit, texts(worst))
	}
}

// texts lists the passages of m, one a line.
func texts(m Match) string {
	var b strings.Builder
	for _, p := range m.Passages {
		fmt.Fprintf(&b, "\t%d:%d-%d %s\n", p.Para, p.Start, p.End, p.Text)
	}
	return b.String()
}

// longest returns the indexes of the n longest paragraphs of d, in
// document order.
func longest(d Doc, n int) []int {
	idx := make([]int, len(d.Paragraphs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return len([]rune(d.Paragraphs[b])) - len([]rune(d.Paragraphs[a]))
	})
	idx = idx[:n]
	slices.Sort(idx)
	return idx
}

// splice returns d named id with the given paragraphs inserted after its
// paragraph at.
func splice(d Doc, id string, at int, paras ...string) Doc {
	out := slices.Clone(d.Paragraphs)
	return Doc{ID: id, Paragraphs: slices.Insert(out, at+1, paras...)}
}

// countable is the number of letters and digits of paras.
func countable(paras ...string) int {
	n := 0
	for _, p := range paras {
		n += len(normalize(p))
	}
	return n
}

// copyCase is a report that takes two paragraphs of a source report,
// changed by edit, and the index of the corpus with it.
type copyCase struct {
	ix             *Index
	docs           map[string]Doc
	copied, source Doc
	at             int   // the copied paragraphs are copied.Paragraphs[at+1], [at+2]
	from           []int // their source paragraphs
	share          float64
}

func newCopyCase(t *testing.T, edit func(string) string) copyCase {
	t.Helper()
	docs := loadCorpus(t)
	source := byID(docs, "b05-jiedao-dangwei-headed.txt")
	host := byID(docs, "a01-cun-headed.txt")
	from := longest(source, 2)
	paras := []string{edit(source.Paragraphs[from[0]]), edit(source.Paragraphs[from[1]])}
	const at = 3
	c := copyCase{copied: splice(host, "copied.txt", at, paras...), source: source, at: at, from: from}
	c.share = float64(countable(paras...)) / float64(countable(c.copied.Paragraphs...))
	c.docs = map[string]Doc{c.copied.ID: c.copied}
	var all []Doc
	for _, d := range docs {
		if d.ID != host.ID {
			all = append(all, d)
			c.docs[d.ID] = d
		}
	}
	c.ix = build(t, append(all, c.copied)...)
	return c
}

// check asserts that the copied report's best match is the source, that
// each copied paragraph is covered for at least cover of its letters by
// passages pointing into the right source paragraph, and that the
// containment is at least cover times the copied share.
func (c copyCase) check(t *testing.T, cover float64) Match {
	t.Helper()
	ms := c.ix.Matches(c.copied.ID)
	if len(ms) == 0 || ms[0].Other != c.source.ID {
		t.Fatalf("best match of the copy: %v, want %s", ms, c.source.ID)
	}
	m := ms[0]
	t.Logf("containment %.3f (copied share %.3f), next best %v", m.Containment, c.share, ms[1:min(2, len(ms))])
	if m.Containment < cover*c.share || m.Containment > c.share+0.02 {
		t.Errorf("containment %.3f, want about the copied share %.3f", m.Containment, c.share)
	}
	for i, src := range c.from {
		para := c.at + 1 + i
		covered := 0
		for _, p := range m.Passages {
			if p.Para == para {
				covered += countable(p.Text)
				if p.OtherPara != src {
					t.Errorf("passage %q of paragraph %d points at source paragraph %d, want %d", p.Text, para, p.OtherPara, src)
				}
			}
		}
		if want := countable(c.copied.Paragraphs[para]); float64(covered) < cover*float64(want) {
			t.Errorf("paragraph %d: %d of %d letters in passages, want ≥ %.0f%%:\n%s", para, covered, want, cover*100, texts(m))
		}
	}
	checkPassages(t, c.ix, c.docs, c.copied.ID)
	checkPassages(t, c.ix, c.docs, c.source.ID)
	return m
}

// TestCopiedParagraphs splices two paragraphs of one corpus report into
// another: the copy names its source with both paragraphs whole, and the
// source names the copy.
func TestCopiedParagraphs(t *testing.T) {
	c := newCopyCase(t, func(s string) string { return s })
	m := c.check(t, 1)
	if len(m.Passages) != 2 {
		t.Errorf("passages:\n%s want the two copied paragraphs", texts(m))
	}
	for i, p := range m.Passages {
		src := c.source.Paragraphs[c.from[i]]
		if letters(p.Text) != letters(src) {
			t.Errorf("passage %d = %q, want the whole paragraph %q", i, p.Text, src)
		}
	}
	back, ok := matchWith(c.ix, c.source.ID, c.copied.ID)
	if !ok {
		t.Fatal("the source does not name the copy")
	}
	for i, p := range back.Passages {
		if p.Para != c.from[i] || p.OtherPara != c.at+1+i {
			t.Errorf("source passage %d at paragraphs %d/%d, want %d/%d", i, p.Para, p.OtherPara, c.from[i], c.at+1+i)
		}
	}
}

// editEvery changes one Han character in every n: to the next code point,
// another character.
func editEvery(n int) func(string) string {
	return func(s string) string {
		rs := []rune(s)
		for i := n / 2; i < len(rs); i += n {
			for j := i; j < len(rs); j++ {
				if unicode.Is(unicode.Han, rs[j]) {
					rs[j]++
					break
				}
			}
		}
		return string(rs)
	}
}

// TestNearCopy changes a character in every 25 of the copied paragraphs:
// the passages still span them.
func TestNearCopy(t *testing.T) {
	newCopyCase(t, editEvery(25)).check(t, 0.85)
}

// TestNearCopyWords rewrites the copied paragraphs as a copier does:
// changes of person, a dropped word, other figures.
func TestNearCopyWords(t *testing.T) {
	r := strings.NewReplacer("我", "本人", "街道", "镇", "全年", "一年来", "进一步", "", "党工委", "党委")
	c := newCopyCase(t, func(s string) string {
		s = r.Replace(s)
		return strings.Map(func(r rune) rune {
			if isDigit(r) {
				return '0' + (r-'0'+3)%10
			}
			return r
		}, s)
	})
	c.check(t, 0.8)
}

// TestFiguresOnly: a sentence pattern filled with other figures, with no
// K identical characters between them, is not a passage; with the same
// figures it is one, and a copied paragraph whose figures were changed is
// one passage, whatever the lengths of the new figures.
func TestFiguresOnly(t *testing.T) {
	pattern := "召开党员大会%d次、支委会%d次、党小组会%d次，讲党课%d次，开展主题党日%d次。"
	a := Doc{ID: "a", Paragraphs: []string{fmt.Sprintf(pattern, 6, 14, 24, 3, 12)}}
	b := Doc{ID: "b", Paragraphs: []string{fmt.Sprintf(pattern, 4, 12, 36, 2, 10)}}
	ix := build(t, a, b)
	if ms := ix.Matches("a"); len(ms) != 0 {
		t.Errorf("a sentence pattern with other figures matched: %+v", ms)
	}
	b.Paragraphs[0] = a.Paragraphs[0]
	ix = build(t, a, b)
	if m, ok := matchWith(ix, "a", "b"); !ok || m.Containment != 1 {
		t.Errorf("the same sentence with the same figures: %+v, want containment 1", m)
	}
	a.Paragraphs[0] = "我逐一给9名流动党员打电话建立联系卡，在浙江义乌务工的4名党员通过视频参加了7次主题党日。全年培养入党积极分子3名，发展预备党员1名。"
	b.Paragraphs[0] = "我逐一给12名流动党员打电话建立联系卡，在浙江义乌务工的5名党员通过视频参加了9次主题党日。全年培养入党积极分子2名，发展预备党员3名。"
	ix = build(t, a, b)
	m, ok := matchWith(ix, "a", "b")
	if !ok || len(m.Passages) != 1 || m.Passages[0].Text != strings.TrimSuffix(a.Paragraphs[0], "。") {
		t.Errorf("copy with other figures: %+v, want the whole paragraph", m)
	}
}

// TestSharedFormulations: reports that share only mandatory formulations
// and cited titles do not match, and those characters do not count.
func TestSharedFormulations(t *testing.T) {
	shared := "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届历次全会精神，" +
		"增强“四个意识”、坚定“四个自信”、做到“两个维护”，认真学习《中国共产党支部工作条例（试行）》《中国共产党纪律处分条例》，"
	a := Doc{ID: "a", Paragraphs: []string{
		"2025年度青石岭村党支部书记抓基层党建工作述职报告",
		"按照镇党委关于开展述职评议的通知要求，现将本人一年来的工作报告如下。",
		shared + "我牵头修订村级议事规则，把四议两公开流程细化为11个环节。",
		"以上述职，请予评议。"}}
	b := Doc{ID: "b", Paragraphs: []string{
		"2025年度城关街道党工委书记抓基层党建工作述职报告",
		"按照区委组织部的通知要求，现将2025年度履职情况报告如下：",
		shared + "街道党工委全年专题研究党建工作9次，推动社区网格党支部全覆盖。",
		"以上述职，请予评议。"}}
	ix := build(t, a, b)
	if ms := ix.Matches("a"); len(ms) != 0 {
		t.Errorf("formulations matched: %+v", ms)
	}
	ix = NewIndex(Options{})
	for _, d := range []Doc{a, b} {
		if err := ix.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	if ms := ix.Matches("a"); len(ms) == 0 {
		t.Error("without formulations the shared paragraph start is not found: the test shows nothing")
	}
}

// TestFormulationsFile checks the lexicon the profiles pass.
func TestFormulationsFile(t *testing.T) {
	opts := defaultOptions(t)
	if len(opts.Formulations) < 60 {
		t.Errorf("%s has %d entries, want at least 60", formulationsFile, len(opts.Formulations))
	}
	fs := compileFormulas(opts.Formulations)
	n := 0
	for _, l := range fs.byFirst {
		n += len(l)
	}
	if n != len(opts.Formulations) {
		t.Errorf("%d of %d formulations compiled: some have fewer than two letters", n, len(opts.Formulations))
	}
	for _, want := range []string{"全面从严治党", "以上述职，请予评议", "现将……报告如下", "增强“四个意识”、坚定“四个自信”、做到“两个维护”"} {
		if !slices.Contains(opts.Formulations, want) {
			t.Errorf("%s lacks %s", formulationsFile, want)
		}
	}
}

// TestExclusion checks which characters are left out of the count.
func TestExclusion(t *testing.T) {
	opts := Options{Formulations: []string{"全面从严治党", "现将……报告如下", "两个维护", "x"}}
	forms := compileFormulas(opts.Formulations)
	for _, tc := range []struct {
		text string
		want int
	}{
		{"落实全面从严治党责任", 4},                             // 落实 责任
		{"学习《中国共产党章程》", 2},                            // 学习
		{"学习《党章》和《准则》", 3},                            // 学习 和
		{"学习《党章", 4},                                  // an open 《 is no title
		{"《关于《条例》的说明》全文", 2},                          // nested titles
		{"现将本人履职情况报告如下。", 6},                          // the gap counts
		{"现将情况报告。报告如下", 10},                           // a sentence between is no gap
		{"做到“两个 维护”，ＡＢＣ　１２３", 8},                      // 做到 abc 123
		{"现将" + strings.Repeat("甲", 41) + "报告如下", 47}, // gap too long
	} {
		p := prepare(Doc{Paragraphs: []string{tc.text}}, &forms)
		if got := p.countable(); got != tc.want {
			t.Errorf("%q: %d countable, want %d", tc.text, got, tc.want)
		}
	}
	// A formulation does not run across paragraphs.
	p := prepare(Doc{Paragraphs: []string{"全面从严", "治党"}}, &forms)
	if p.countable() != 6 {
		t.Errorf("formulation across paragraphs: %d countable, want 6", p.countable())
	}
}

// TestPositions: passages point at the original text, whatever spaces,
// punctuation and full-width forms surround them.
func TestPositions(t *testing.T) {
	text := "村里党员老化，我逐一走访了全村47户党员家庭，建立ＡＢ两类台账，每月更新一次并在党员大会上通报。"
	a := Doc{ID: "a", Paragraphs: []string{"标题", "　　（一）抓队伍。" + text + "效果较好。"}}
	b := Doc{ID: "b", Paragraphs: []string{strings.NewReplacer("，", " ", "。", "; ", "ＡＢ", "ab").Replace(text)}}
	ix := build(t, a, b)
	m, ok := matchWith(ix, "a", "b")
	if !ok || len(m.Passages) != 1 {
		t.Fatalf("match %+v, want one passage", m)
	}
	p := m.Passages[0]
	want := strings.TrimSuffix(text, "。")
	if p.Para != 1 || p.Text != want || runes(a.Paragraphs[1], p.Start, p.End) != want {
		t.Errorf("passage %+v, want %q in paragraph 1", p, want)
	}
	if got := runes(b.Paragraphs[0], p.OtherStart, p.OtherEnd); letters(got) != letters(want) || p.OtherPara != 0 {
		t.Errorf("other side %q, want %q", got, want)
	}
	if wantC := float64(countable(want)) / float64(countable(a.Paragraphs...)); m.Containment != wantC {
		t.Errorf("containment %v, want %v", m.Containment, wantC)
	}
}

// TestReference: a report that copies most of a template given as a
// reference is mostly contained in it.
func TestReference(t *testing.T) {
	docs := loadCorpus(t)
	tmpl := byID(docs, "a06-zhongxue-long.txt")
	tmpl.ID = "reference/template.txt"
	report := Doc{ID: "report.txt", Paragraphs: slices.Clone(tmpl.Paragraphs)}
	for i := range report.Paragraphs {
		if i%3 == 2 {
			report.Paragraphs[i] = "我校今年把课后服务和党员示范岗结合起来，由党员教师轮流值守，家长满意度明显提高。"
		}
	}
	ix := build(t, append(docs, tmpl, report)...)
	ms := ix.Matches(report.ID)
	if len(ms) < 2 || ms[0].Containment < 0.5 || ms[1].Containment < 0.5 {
		t.Fatalf("matches %v, want the template and its original above 0.5", ms)
	}
	if got := []string{ms[0].Other, ms[1].Other}; !slices.Contains(got, tmpl.ID) || !slices.Contains(got, "a06-zhongxue-long.txt") {
		t.Errorf("best matches %q", got)
	}
}

// TestIndex covers the index's edges.
func TestIndex(t *testing.T) {
	ix := NewIndex(Options{})
	if ix.opts.K != DefaultK || ix.opts.Window != DefaultWindow || ix.opts.MinPassage != DefaultMinPassage {
		t.Errorf("zero options became %+v", ix.opts)
	}
	if err := ix.Add(Doc{ID: "a"}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(Doc{ID: "a", Paragraphs: []string{"x"}}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("adding an ID twice: %v, want ErrDuplicate", err)
	}
	if err := ix.Add(Doc{ID: "b", Paragraphs: []string{"", "，。", "短"}}); err != nil {
		t.Fatal(err)
	}
	if len(ix.docs) != 2 || ix.Matches("a") != nil || ix.Matches("b") != nil || ix.Matches("none") != nil {
		t.Error("empty documents or an unknown ID matched")
	}
}

// TestRepetitive: text that repeats itself costs no more than other text,
// and is still found.
func TestRepetitive(t *testing.T) {
	a := Doc{ID: "a", Paragraphs: []string{strings.Repeat("党建工作", 10000)}}
	b := Doc{ID: "b", Paragraphs: []string{"开头不同。" + strings.Repeat("党建工作", 8000)}}
	ix := build(t, a, b)
	for _, p := range ix.docs {
		if fps := winnow(p, ix.opts.K, ix.opts.Window); len(fps) > 4*4 { // four distinct n-grams, each kept at most maxRepeat = 4 times
			t.Errorf("%d fingerprints of a text of period 4", len(fps))
		}
	}
	m, ok := matchWith(ix, "b", "a")
	if !ok || len(m.Passages) != 1 || m.Passages[0].End-m.Passages[0].Start != 32000 {
		t.Errorf("repeated text: %+v", m.Passages)
	}
}

// TestConcurrent adds and asks from many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	docs := loadCorpus(t)
	ix := NewIndex(defaultOptions(t))
	copied := Doc{ID: "copied.txt", Paragraphs: slices.Concat(docs[0].Paragraphs, docs[1].Paragraphs)}
	docs = append(docs, copied)
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Go(func() {
			if err := ix.Add(d); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	results := make([][]Match, len(docs))
	for i, d := range docs {
		wg.Go(func() { results[i] = ix.Matches(d.ID) })
	}
	wg.Wait()
	for i, d := range docs {
		if !slices.EqualFunc(results[i], ix.Matches(d.ID), func(x, y Match) bool {
			return x.Other == y.Other && x.Containment == y.Containment && slices.Equal(x.Passages, y.Passages)
		}) {
			t.Errorf("%s: concurrent and serial matches differ", d.ID)
		}
	}
	if ms := results[len(docs)-1]; len(ms) < 2 || ms[0].Containment < 0.3 {
		t.Errorf("copy of two reports: %v", ms)
	}
}

// FuzzMatches checks that any two texts index and match without a panic
// and with passages inside the texts.
func FuzzMatches(f *testing.F) {
	f.Add("现将本人履职情况报告如下。\n全年召开支委会12次，讲党课4次。《党章》", "全年召开支委会12次，讲党课4次，我牵头。\n《党章")
	f.Add("《《《》", "》》《")
	f.Add(strings.Repeat("党建", 30), strings.Repeat("党建", 31))
	opts := defaultOptions(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		ix := NewIndex(opts)
		docs := map[string]Doc{"a": {ID: "a", Paragraphs: strings.Split(a, "\n")}, "b": {ID: "b", Paragraphs: strings.Split(b, "\n")}}
		for _, id := range []string{"a", "b"} {
			if err := ix.Add(docs[id]); err != nil {
				t.Fatal(err)
			}
		}
		for _, id := range []string{"a", "b"} {
			for _, m := range ix.Matches(id) {
				d, o := docs[id], docs[m.Other]
				for _, p := range m.Passages {
					pr, or := []rune(d.Paragraphs[p.Para]), []rune(o.Paragraphs[p.OtherPara])
					if p.Start < 0 || p.Start >= p.End || p.End > len(pr) || p.OtherStart < 0 ||
						p.OtherStart >= p.OtherEnd || p.OtherEnd > len(or) || string(pr[p.Start:p.End]) != string([]rune(p.Text)) {
						t.Fatalf("bad passage %+v", p)
					}
				}
				if m.Containment <= 0 || m.Containment > 1 {
					t.Fatalf("containment %v", m.Containment)
				}
			}
		}
	})
}
