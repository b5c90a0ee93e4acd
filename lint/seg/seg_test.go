package seg

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/yanyiwu/gojieba"

	"shuzhi/dict"
)

func defaultSeg(t testing.TB) Segmenter {
	t.Helper()
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func texts(tokens []Token) []string {
	out := make([]string, len(tokens))
	for i, tok := range tokens {
		out[i] = tok.Text
	}
	return out
}

// checkTokens fails unless tokens cover text exactly, in order, with
// consistent rune offsets.
func checkTokens(t *testing.T, text string, tokens []Token) {
	t.Helper()
	var b strings.Builder
	runes := 0
	for _, tok := range tokens {
		if tok.Start != runes || tok.End != runes+utf8.RuneCountInString(tok.Text) || tok.Text == "" {
			t.Errorf("%q: token %+v does not follow rune offset %d", text, tok, runes)
		}
		b.WriteString(tok.Text)
		runes = tok.End
	}
	if b.String() != text {
		t.Errorf("tokens concatenate to %q, want %q", b.String(), text)
	}
	if utf8.ValidString(text) {
		r := []rune(text)
		for _, tok := range tokens {
			if tok.End <= len(r) && string(r[tok.Start:tok.End]) != tok.Text {
				t.Errorf("%q: runes [%d:%d] are %q, token says %q", text, tok.Start, tok.End, string(r[tok.Start:tok.End]), tok.Text)
			}
		}
	}
}

func TestPartyTermsInSentences(t *testing.T) {
	s := defaultSeg(t)
	for _, c := range []struct{ text, term string }{
		{"我严格落实三会一课制度", "三会一课"},
		{"我切实履行第一责任人职责，带头讲党课。", "第一责任人"},
		{"坚决扛起全面从严治党主体责任", "主体责任"},
		{"认真履行一岗双责，与班子成员开展廉政谈话", "一岗双责"},
		{"每月10日开展主题党日活动", "主题党日"},
		{"推进两学一做学习教育常态化制度化", "两学一做"},
		{"落实第一议题制度", "第一议题"},
		{"组织理论学习中心组学习14次", "理论学习中心组"},
		{"整顿软弱涣散村党组织2个", "软弱涣散"},
		{"坚决整治四风突出问题", "四风"},
		{"运用监督执纪第一种形态", "第一种形态"},
		{"实行台账管理、逐项销号", "销号"},
		{"落实意识形态工作责任制", "意识形态工作责任制"},
		{"增强四个意识、坚定四个自信、做到两个维护", "两个维护"},
		{"严格执行三重一大决策制度", "三重一大"},
		{"组织在职党员到社区双报到", "双报到"},
		{"建立流动党员台账", "流动党员"},
		{"我领办的书记项目带动4个村", "书记项目"},
	} {
		tokens := s.Cut(c.text)
		checkTokens(t, c.text, tokens)
		if !slices.Contains(texts(tokens), c.term) {
			t.Errorf("Cut(%q) = %q, want %s as one token", c.text, texts(tokens), c.term)
		}
	}
}

// TestUserDictTerms checks every term of dict/userdict.txt comes out as
// one token between ordinary words on either side.
func TestUserDictTerms(t *testing.T) {
	s := defaultSeg(t)
	lines, err := dict.Lines("userdict.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, frame := range []string{"我严格落实%s制度", "我认真抓好%s有关工作。", "今年以来%s方面存在不足"} {
		for _, line := range lines {
			term := strings.Fields(line)[0]
			text := fmt.Sprintf(frame, term)
			if got := texts(s.Cut(text)); !slices.Contains(got, term) {
				t.Errorf("Cut(%q) = %q, want %s as one token", text, got, term)
			}
		}
	}
}

func TestOffsets(t *testing.T) {
	s := defaultSeg(t)
	for _, text := range []string{
		"",
		"我们使用Python和Go开发2023年。",
		"2023年全镇发展党员21名，占比72%，COVID-19疫情期间iPhone X也能用。",
		"中文 English 混排 text\t第二列\r\n下一行……“创新”是关键——①②③",
		"東京2024オリンピック，한국어，emoji 🎉 党建",
		"无效\xff字节\xe4\xb8与\x00空字节\x00三会一课",
		"\xff\xfe",
		"\uFFFD党建\uFFFD",
	} {
		checkTokens(t, text, s.Cut(text))
	}

	tokens := s.Cut("我们使用Python和Go开发。")
	i := slices.IndexFunc(tokens, func(tok Token) bool { return tok.Text == "Python" })
	if i < 0 || tokens[i].Start != 4 || tokens[i].End != 10 {
		t.Errorf("Cut = %+v, want Python at runes [4,10)", tokens)
	}
	tokens = s.Cut("党建\x00三会一课")
	if got := texts(tokens); !slices.Contains(got, "三会一课") || tokens[len(tokens)-1].Start != 3 {
		t.Errorf("Cut after a NUL = %+v, want 三会一课 at rune 3", tokens)
	}
}

func TestAlign(t *testing.T) {
	for _, c := range []struct {
		text  string
		words []string
		want  []Token
	}{
		{"党建abc", []string{"党建", "", "abc"}, []Token{{"党建", 0, 2}, {"abc", 2, 5}}},
		// Words that stop matching: the rest is one token.
		{"党建abc", []string{"党建", "x"}, []Token{{"党建", 0, 2}, {"abc", 2, 5}}},
		// Words that stop short.
		{"党建abc", []string{"党"}, []Token{{"党", 0, 1}, {"建abc", 1, 5}}},
		// Words longer than the text.
		{"党", []string{"党建"}, []Token{{"党", 0, 1}}},
	} {
		if got := align(c.text, c.text, c.words); !slices.Equal(got, c.want) {
			t.Errorf("align(%q, %q) = %+v, want %+v", c.text, c.words, got, c.want)
		}
	}
	if got := cleanText("a\xffb\x00c\uFFFD"); got != "a b c\uFFFD" {
		t.Errorf("cleanText = %q", got)
	}
}

func TestNewWithWords(t *testing.T) {
	const text = "打造红色驿站党建品牌"
	if got := texts(defaultSeg(t).Cut(text)); slices.Contains(got, "红色驿站") {
		t.Fatalf("the default segmenter already keeps 红色驿站: %q", got)
	}
	s, err := New("红色驿站")
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(s.Cut(text)); !slices.Contains(got, "红色驿站") {
		t.Errorf("Cut(%q) = %q after adding 红色驿站", text, got)
	}
	for _, bad := range []string{"", "红色 驿站", "红色\x00驿站", "\xff"} {
		if _, err := New(bad); err == nil {
			t.Errorf("New(%q): got no error", bad)
		}
	}
}

func TestUserDictFormat(t *testing.T) {
	got, err := userDictLines([]string{"三会一课", "党费 n", "书记项目 500 nz"})
	if err != nil {
		t.Fatal(err)
	}
	want := "三会一课 300 n\n党费 300 n\n书记项目 500 nz\n"
	if string(got) != want {
		t.Errorf("userDictLines = %q, want %q", got, want)
	}
	for _, bad := range []string{"a 0 n", "a x n", "a 5", "a 1 n extra", "\xff"} {
		if _, err := userDictLines([]string{bad}); err == nil {
			t.Errorf("userDictLines(%q): got no error", bad)
		}
	}
}

// TestNoModuleCache proves seg never falls back on the dictionaries in
// gojieba's module directory: it still works with their paths pointing
// nowhere.
func TestNoModuleCache(t *testing.T) {
	nowhere := filepath.Join(t.TempDir(), "nonexistent")
	for _, v := range []*string{&gojieba.DICT_DIR, &gojieba.DICT_PATH, &gojieba.HMM_PATH,
		&gojieba.USER_DICT_PATH, &gojieba.IDF_PATH, &gojieba.STOP_WORDS_PATH} {
		old := *v
		*v = filepath.Join(nowhere, filepath.Base(old))
		t.Cleanup(func() { *v = old })
	}
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(s.Cut("我严格落实三会一课制度")); !slices.Contains(got, "三会一课") {
		t.Errorf("Cut = %q", got)
	}
}

func TestLoadMissingFile(t *testing.T) {
	files, err := dictFiles()
	if err != nil {
		t.Fatal(err)
	}
	files[2] = filepath.Join(t.TempDir(), "missing.utf8")
	if _, err := load(files); err == nil {
		t.Error("load with a missing file: got no error")
	}
	files[2] = ""
	if _, err := load(files); err == nil {
		t.Error("load with an empty path: got no error")
	}
}

// TestEmbeddedDictionary checks the trimmed main dictionary is one
// cppjieba can read ("word freq tag" lines, or it aborts) and stays
// trimmed.
func TestEmbeddedDictionary(t *testing.T) {
	data, err := dictFile{"jieba.dict.utf8", mainDictGz, true}.contents()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		f := strings.Fields(line)
		if len(f) != 3 || strings.Count(line, " ") != 2 || !strings.HasSuffix(line, "\n") {
			t.Fatalf("line %d: %q is not \"word freq tag\"", n, line)
		}
		if freq, err := strconv.Atoi(f[1]); err != nil || freq <= 0 {
			t.Fatalf("line %d: %q: bad frequency", n, line)
		}
	}
	if n < 50000 || n > 100000 {
		t.Errorf("jieba.dict.utf8 has %d entries; the trimmed dictionary has about 78,000", n)
	}
}

func TestWriteDictFiles(t *testing.T) {
	files, err := dictContents()
	if err != nil {
		t.Fatal(err)
	}
	cache := setCacheHome(t, t.TempDir())
	t.Setenv("TMPDIR", t.TempDir())

	paths, err := writeDictFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(paths[0])
	if !strings.HasPrefix(dir, filepath.Join(cache, "shuzhi", "dict-")) {
		t.Errorf("files written to %s, want under %s", dir, cache)
	}
	want := make([][]byte, len(files))
	for i, f := range files {
		if want[i], err = f.contents(); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(paths[i])
		if err != nil || !bytes.Equal(got, want[i]) {
			t.Errorf("%s: wrong contents (err %v)", paths[i], err)
		}
	}

	// Files with the right contents are kept; damaged ones are replaced,
	// even when the damage keeps their length.
	keep, err := os.Stat(paths[1])
	if err != nil {
		t.Fatal(err)
	}
	sameLength := bytes.Clone(want[0])
	sameLength[len(sameLength)/2] ^= 1
	for _, damage := range [][]byte{[]byte("damaged"), sameLength} {
		if err := os.WriteFile(paths[0], damage, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(paths[2], damage, 0o600); err != nil {
			t.Fatal(err)
		}
		again, err := writeDictFiles(files)
		if err != nil || again != paths {
			t.Fatalf("second write: %v, %v; want %v", again, err, paths)
		}
		for _, i := range []int{0, 2} {
			if got, _ := os.ReadFile(paths[i]); !bytes.Equal(got, want[i]) {
				t.Errorf("damaged %s was not rewritten", paths[i])
			}
		}
	}
	if st, err := os.Stat(paths[1]); err != nil || !os.SameFile(st, keep) {
		t.Error("a file with the right contents was rewritten")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != len(files) {
		t.Errorf("%s holds %d entries, want %d (temporary files left behind?)", dir, len(entries), len(files))
	}

	// Other contents go to another directory.
	other := slices.Clone(files)
	other[3] = dictFile{other[3].name, []byte("党课 2.0\n"), false}
	if p, err := writeDictFiles(other); err != nil || filepath.Dir(p[0]) == dir {
		t.Errorf("other contents written to %v (%v), want a directory other than %s", p, err, dir)
	}
}

// setCacheHome points os.UserCacheDir into dir and returns it.
func setCacheHome(t *testing.T, dir string) string {
	t.Helper()
	for _, v := range []string{"XDG_CACHE_HOME", "HOME", "LocalAppData"} {
		t.Setenv(v, dir)
	}
	cache, err := os.UserCacheDir()
	if err != nil || !strings.HasPrefix(cache, dir) {
		t.Skipf("cannot point the user cache directory into %s: %s, %v", dir, cache, err)
	}
	return cache
}

func TestWriteDictFilesFallback(t *testing.T) {
	files, err := dictContents()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, home := range []string{notDir, filepath.Join(t.TempDir(), "a;b")} {
		cache := setCacheHome(t, home)
		paths, err := writeDictFiles(files)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(paths[0], tmp) {
			t.Errorf("cache %s: files written to %s, want under %s", cache, paths[0], tmp)
		}
	}
	t.Setenv("TMPDIR", notDir)
	_, err = writeDictFiles(files)
	var ce *CacheError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "TMPDIR") || !strings.Contains(err.Error(), "无法写入分词词典") {
		t.Errorf("no writable directory: err = %v", err)
	}
}

func TestDefaultOnce(t *testing.T) {
	a, b := defaultSeg(t), defaultSeg(t)
	if a != b {
		t.Error("Default returned two segmenters")
	}
}

func TestConcurrentCut(t *testing.T) {
	s := defaultSeg(t)
	text := sampleText(t)
	want := s.Cut(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 5 {
				if got := s.Cut(text); !slices.Equal(got, want) {
					t.Error("concurrent Cut differs from a single one")
					return
				}
			}
		})
	}
	wg.Wait()
}

// sampleText returns the sample reports of testdata, about 3700 字.
func sampleText(t testing.TB) string {
	t.Helper()
	names, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no sample reports: %v", err)
	}
	var b strings.Builder
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}

// BenchmarkLoad measures a cold load of the embedded dictionaries by a
// fresh segmenter (the files are already written).
func BenchmarkLoad(b *testing.B) {
	files, err := dictFiles()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		j, err := load(files)
		if err != nil {
			b.Fatal(err)
		}
		j.jb.Free()
	}
}

// BenchmarkCut measures cutting the sample reports.
func BenchmarkCut(b *testing.B) {
	s := defaultSeg(b)
	text := sampleText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Cut(text)
	}
}
