package count

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// c builds the expected Counts; Words is always Chinese + NonChineseWords,
// and the tests check that Text computes it so.
func c(chinese, nonChinese, charsNoSpaces, chars, punct int) Counts {
	return Counts{
		Words:           chinese + nonChinese,
		Chinese:         chinese,
		NonChineseWords: nonChinese,
		CharsNoSpaces:   charsNoSpaces,
		Chars:           chars,
		Punct:           punct,
	}
}

var textTests = []struct {
	name string
	in   string
	want Counts // Chinese, NonChineseWords, CharsNoSpaces, Chars, Punct
}{
	// The worked examples of DESIGN.md.
	{"design year", "本项目于2023年启动。", c(8, 1, 12, 12, 1)},
	{"design latin words", "我们使用Python和Go开发。", c(8, 2, 16, 16, 1)},
	{"design spaces", "中文 English 混排 text", c(4, 2, 15, 18, 0)},
	{"design ascii comma", "中文,测试", c(4, 1, 5, 5, 0)},
	{"design quotes and ellipsis", "“创新”是关键……", c(9, 0, 9, 9, 4)},
	{"design hyphenated", "COVID-19疫情", c(2, 1, 10, 10, 0)},
	{"design circled digits", "①②③", c(0, 1, 3, 3, 0)},
	{"design kana", "東京2024オリンピック", c(8, 1, 12, 12, 0)},

	// Emptiness and whitespace.
	{"empty", "", c(0, 0, 0, 0, 0)},
	{"only spaces", "   ", c(0, 0, 0, 3, 0)},
	{"ideographic spaces", "\u3000\u3000", c(0, 0, 0, 2, 0)},
	{"indented paragraph", "\u3000\u3000本年度", c(3, 0, 3, 5, 0)},
	{"tab separates", "a\tb", c(0, 2, 2, 3, 0)},
	{"nbsp separates", "a\u00a0b", c(0, 2, 2, 3, 0)},
	{"em space separates", "x\u2003y", c(0, 2, 2, 3, 0)},
	{"narrow nbsp separates", "x\u202fy", c(0, 2, 2, 3, 0)},
	{"line breaks not counted", "第一行\n第二行\r\n", c(6, 0, 6, 6, 0)},
	{"newline breaks run", "end\nstart", c(0, 2, 8, 8, 0)},
	{"cr breaks run", "end\rstart", c(0, 2, 8, 8, 0)},
	{"unicode separators", "a\u2028b\u2029c\u0085d", c(0, 4, 4, 4, 0)},
	{"vertical tab and form feed", "a\vb\fc", c(0, 3, 3, 3, 0)},
	{"only breaks", "\n\r\n\v\f", c(0, 0, 0, 0, 0)},
	{"heading with indent", "\t\u3000\u3000一、总体情况\r\n", c(6, 0, 6, 9, 1)},

	// Ignored code points.
	{"zwsp inside a word", "ab\u200bcd", c(0, 1, 4, 4, 0)},
	{"zwsp alone", "\u200b", c(0, 0, 0, 0, 0)},
	{"bom", "\ufeff中文", c(2, 0, 2, 2, 0)},
	{"bom inside a word", "CO\ufeffVID", c(0, 1, 5, 5, 0)},

	// Runs of non-East Asian characters.
	{"dotted abbreviation", "A.B.C.", c(0, 1, 6, 6, 0)},
	{"sentence", "Hello, world!", c(0, 2, 12, 13, 0)},
	{"lone ascii comma", ",", c(0, 1, 1, 1, 0)},
	{"pinyin with tone marks", "pīnyīn", c(0, 1, 6, 6, 0)},
	{"emoji after han", "点赞👍", c(2, 1, 3, 3, 0)},
	{"emoji run", "👍👍", c(0, 1, 2, 2, 0)},
	{"invalid utf-8", "\xff\xfe", c(0, 1, 2, 2, 0)},
	{"yijing hexagram is not cjk", "䷀", c(0, 1, 1, 1, 0)},
	{"en dash is not typed chinese", "a–b", c(0, 1, 3, 3, 0)},

	// Typed Chinese punctuation.
	{"double em dash", "——", c(2, 0, 2, 2, 2)},
	{"em dash between words", "a—b", c(1, 2, 3, 3, 1)},
	{"horizontal bar", "―", c(1, 0, 1, 1, 1)},
	{"single quotes", "‘引号’", c(4, 0, 4, 4, 2)},
	{"middle dot", "马克思·韦伯", c(6, 0, 6, 6, 1)},
	{"enumeration comma", "1、2、3", c(2, 3, 5, 5, 2)},

	// CJK symbols and punctuation U+3001–303F.
	{"iteration mark and zero are letters", "々〇", c(2, 0, 2, 2, 0)},
	{"hangzhou numeral", "〡〢", c(2, 0, 2, 2, 0)},
	{"wave dash and ditto", "〜〃", c(2, 0, 2, 2, 2)},
	{"corner brackets", "「」", c(2, 0, 2, 2, 2)},
	{"katakana middle dot", "・", c(1, 0, 1, 1, 1)},

	// Full-width and half-width forms U+FF00–FFEF.
	{"full-width digits", "２０２３", c(4, 0, 4, 4, 0)},
	{"full-width letters", "ＡＢＣ", c(3, 0, 3, 3, 0)},
	{"full-width comma", "，", c(1, 0, 1, 1, 1)},
	{"full-width parentheses", "（一）", c(3, 0, 3, 3, 2)},
	{"yen sign then digits", "￥100", c(1, 1, 4, 4, 1)},
	{"half-width katakana", "ｶﾀｶﾅｰ", c(5, 0, 5, 5, 0)},
	{"half-width punctuation", "｡｢｣､", c(4, 0, 4, 4, 4)},
	{"half-width hangul", "ﾡﾢ", c(2, 0, 2, 2, 0)},

	// Other East Asian blocks.
	{"hangul syllables", "한국어", c(3, 0, 3, 3, 0)},
	{"hangul jamo", "\u1100\u1161", c(2, 0, 2, 2, 0)},
	{"hangul compatibility jamo", "ㄱㅏ", c(2, 0, 2, 2, 0)},
	{"bopomofo", "ㄅㄆㄇ", c(3, 0, 3, 3, 0)},
	{"hiragana", "ひらがな", c(4, 0, 4, 4, 0)},
	{"enclosed cjk", "㈠㊣", c(2, 0, 2, 2, 0)},
	{"cjk compatibility after digits", "100㎡", c(1, 1, 4, 4, 0)},
	{"vertical forms", "︐︙", c(2, 0, 2, 2, 2)},
	{"cjk compatibility forms", "﹁﹂", c(2, 0, 2, 2, 2)},
	{"enclosed ideographic supplement", "🈶🈚", c(2, 0, 2, 2, 0)},
	{"extension A", "㐀", c(1, 0, 1, 1, 0)},
	{"extension B", "𠀀𪚥", c(2, 0, 2, 2, 0)},
	{"compatibility ideographs", "豈\U0002F800", c(2, 0, 2, 2, 0)},
	{"radicals", "⺀⼀", c(2, 0, 2, 2, 0)},
	{"ideographic description", "⿰", c(1, 0, 1, 1, 0)},
	{"kana supplement", "\U0001B001", c(1, 0, 1, 1, 0)},

	// A realistic sentence.
	{"report sentence", "全年开展“三会一课”48次，覆盖党员1,200余人（同比增长15%）。",
		c(25, 3, 35, 35, 6)},
}

func TestText(t *testing.T) {
	for _, tt := range textTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) =\n\t%+v, want\n\t%+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestAdd(t *testing.T) {
	a := Counts{Words: 1, Chinese: 2, NonChineseWords: 3, CharsNoSpaces: 4, Chars: 5, Punct: 6}
	b := Counts{Words: 10, Chinese: 20, NonChineseWords: 30, CharsNoSpaces: 40, Chars: 50, Punct: 60}
	a.Add(b)
	want := Counts{Words: 11, Chinese: 22, NonChineseWords: 33, CharsNoSpaces: 44, Chars: 55, Punct: 66}
	if a != want {
		t.Errorf("Add = %+v, want %+v", a, want)
	}
}

// TestAdditive checks that counting paragraphs one by one and adding them
// gives the count of the text they make, joined by line breaks.
func TestAdditive(t *testing.T) {
	var sum Counts
	var parts []string
	for _, tt := range textTests {
		sum.Add(Text(tt.in))
		parts = append(parts, tt.in)
	}
	if got := Text(strings.Join(parts, "\n")); got != sum {
		t.Errorf("Text(joined) = %+v, sum of parts = %+v", got, sum)
	}
}

func TestIsEastAsian(t *testing.T) {
	yes := []rune{
		0x00B7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026,
		0x1100, 0x11FF, 0x2E80, 0x2FFF, 0x3001, 0x303F, 0x3040, 0x30FF, 0x3105,
		0x3131, 0x3200, 0x32FF, 0x3300, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF,
		0xA960, 0xA97F, 0xAC00, 0xD7A3, 0xD7FF, 0xF900, 0xFAFF, 0xFE10, 0xFE1F,
		0xFE30, 0xFE4F, 0xFF00, 0xFF5E, 0xFF66, 0xFFEF, 0x16FE2, 0x1AFF0, 0x1B000,
		0x1B16F, 0x1F200, 0x1F2FF, 0x20000, 0x2A6DF, 0x2F800, 0x30000, 0x3FFFF,
	}
	no := []rune{
		0, 'A', '9', ',', '-', ' ', 0x00A0, 0x00B6, 0x00B8, 0x10FF, 0x1200,
		0x2013, 0x2016, 0x201A, 0x201E, 0x2025, 0x2027, 0x2460, 0x2E7F,
		0x3000, 0x4DC0, 0x4DFF, 0xA000, 0xA95F, 0xA980, 0xABFF, 0xE000, 0xF8FF,
		0xFB00, 0xFE0F, 0xFE20, 0xFE2F, 0xFE50, 0xFEFF, 0xFFF0, 0xFFFD,
		0x16FDF, 0x1AFEF, 0x1B170, 0x1F1FF, 0x1F300, 0x1F44D, 0x1FFFF, 0x40000,
		0xE0001, utf8.MaxRune,
	}
	for _, r := range yes {
		if !IsEastAsian(r) {
			t.Errorf("IsEastAsian(%U %q) = false, want true", r, r)
		}
	}
	for _, r := range no {
		if IsEastAsian(r) {
			t.Errorf("IsEastAsian(%U %q) = true, want false", r, r)
		}
	}
}

// TestIsEastAsianScripts checks every code point of the Han, kana and
// hangul scripts, and of Bopomofo in its own blocks, against IsEastAsian,
// so that no block of these scripts is forgotten.
func TestIsEastAsianScripts(t *testing.T) {
	scripts := map[string]*unicode.RangeTable{
		"Han":      unicode.Han,
		"Hiragana": unicode.Hiragana,
		"Katakana": unicode.Katakana,
		"Hangul":   unicode.Hangul,
		"Bopomofo": unicode.Bopomofo,
	}
	for name, table := range scripts {
		n := 0
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if !unicode.Is(table, r) {
				continue
			}
			if name == "Bopomofo" && r < 0x3000 {
				continue // ˪ ˫: tone marks among the spacing modifier letters
			}
			n++
			if !IsEastAsian(r) {
				t.Errorf("%s %U %q: IsEastAsian = false", name, r, r)
			}
		}
		if n == 0 {
			t.Errorf("script %s has no code points", name)
		}
	}
}

// TestPunctIsNotLetter checks that Punct counts no East Asian letter,
// ideograph or number, and that every East Asian punctuation mark in the
// listed blocks is counted.
func TestPunctIsNotLetter(t *testing.T) {
	for r := rune(0); r <= 0x3FFFF; r++ {
		if !IsEastAsian(r) {
			continue
		}
		if isPunct(r) && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			t.Errorf("%U %q is a letter or number but counted as punctuation", r, r)
		}
		inListed := r < 0x3040 && r != 0x3000 && (r < 0x1100 || r > 0x11FF) && (r < 0x2E80 || r > 0x2FFF) ||
			r >= 0xFE10 && r <= 0xFE1F || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF01 && r <= 0xFFEF
		if inListed && unicode.IsPunct(r) && !isPunct(r) {
			t.Errorf("%U %q is punctuation but not counted as such", r, r)
		}
	}
}

func TestTextAllocations(t *testing.T) {
	s := benchText()
	if n := testing.AllocsPerRun(10, func() { Text(s) }); n != 0 {
		t.Errorf("Text allocates %v times per call, want 0", n)
	}
}

func FuzzText(f *testing.F) {
	for _, tt := range textTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Text(s)
		runes := utf8.RuneCountInString(s)
		switch {
		case got.Words != got.Chinese+got.NonChineseWords:
			t.Errorf("Words %d != Chinese %d + NonChineseWords %d", got.Words, got.Chinese, got.NonChineseWords)
		case got.Punct > got.Chinese:
			t.Errorf("Punct %d > Chinese %d", got.Punct, got.Chinese)
		case got.Words > got.CharsNoSpaces:
			t.Errorf("Words %d > CharsNoSpaces %d", got.Words, got.CharsNoSpaces)
		case got.CharsNoSpaces > got.Chars:
			t.Errorf("CharsNoSpaces %d > Chars %d", got.CharsNoSpaces, got.Chars)
		case got.Chars > runes:
			t.Errorf("Chars %d > rune count %d", got.Chars, runes)
		}
		var split Counts
		for _, line := range strings.Split(s, "\n") {
			split.Add(Text(line))
		}
		if split != got {
			t.Errorf("sum over lines %+v != %+v", split, got)
		}
	})
}

// benchText returns about 3000 字 of a mixed report: Chinese, typed
// punctuation, numbers, Latin words and indentation.
func benchText() string {
	const para = "\u3000\u30002023年以来，我始终把抓基层党建作为“第一责任”，" +
		"全年主持召开党委会24次、专题研究党建工作6次，推动“三会一课”制度落实率达到98.5%。" +
		"运用OA系统和“学习强国”App开展线上学习，覆盖党员1,200余人……" +
		"但对照要求，仍存在差距——个别支部组织生活不规范。\r\n"
	n := Text(para).Words
	return strings.Repeat(para, 3000/n+1)
}

func BenchmarkText(b *testing.B) {
	s := benchText()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Text(s)
	}
}
