package read

import "testing"

func TestChineseNumber(t *testing.T) {
	want := map[int]string{
		0: "〇", 1: "一", 2: "二", 9: "九", 10: "十", 11: "十一", 15: "十五", 19: "十九", 20: "二十",
		21: "二十一", 30: "三十", 99: "九十九", 100: "一百", 101: "一百零一", 105: "一百零五",
		110: "一百一十", 111: "一百一十一", 119: "一百一十九", 120: "一百二十", 200: "二百",
		999: "九百九十九", 1000: "一千", 1001: "一千零一", 1010: "一千零一十", 1100: "一千一百",
		1234: "一千二百三十四", 2005: "二千零五", 9999: "九千九百九十九",
	}
	for n, s := range want {
		for _, format := range []string{"chineseCounting", "chineseCountingThousand", "taiwaneseCountingThousand"} {
			if got := formatNumber(n, format); got != s {
				t.Errorf("formatNumber(%d, %s) = %q, want %q", n, format, got, s)
			}
		}
	}
	// Every value from 1 to 120 is distinct and never starts with 零 or 一十.
	seen := map[string]int{}
	for n := 1; n <= 120; n++ {
		s := chineseNumber(n)
		if prev, dup := seen[s]; dup {
			t.Errorf("chineseNumber(%d) = chineseNumber(%d) = %q", n, prev, s)
		}
		seen[s] = n
		if r := []rune(s); r[0] == '零' || (len(r) > 1 && r[0] == '一' && r[1] == '十') {
			t.Errorf("chineseNumber(%d) = %q", n, s)
		}
	}
	if got := formatNumber(10000, "chineseCounting"); got != "10000" {
		t.Errorf("formatNumber(10000, chineseCounting) = %q, want the decimal fallback", got)
	}
}

func TestFormatNumber(t *testing.T) {
	cases := []struct {
		n      int
		format string
		want   string
	}{
		{1, "decimal", "1"},
		{12, "", "12"},
		{7, "someFutureFormat", "7"},
		{3, "none", ""},
		{3, "decimalZero", "03"},
		{12, "decimalZero", "12"},
		{1, "upperLetter", "A"},
		{26, "upperLetter", "Z"},
		{27, "upperLetter", "AA"},
		{28, "lowerLetter", "bb"},
		{0, "lowerLetter", "0"},
		{4, "upperRoman", "IV"},
		{9, "lowerRoman", "ix"},
		{1994, "upperRoman", "MCMXCIV"},
		{1, "ideographTraditional", "甲"},
		{4, "ideographTraditional", "丁"},
		{10, "ideographTraditional", "癸"},
		{11, "ideographTraditional", "11"},
		{0, "ideographTraditional", "0"},
		{12, "ideographZodiac", "亥"},
		{1, "decimalEnclosedCircleChinese", "①"},
		{10, "decimalEnclosedCircleChinese", "⑩"},
		{20, "decimalEnclosedCircle", "⑳"},
		{21, "decimalEnclosedCircleChinese", "21"},
		{3, "decimalEnclosedParen", "⑶"},
		{3, "decimalEnclosedFullstop", "⒊"},
		{2024, "ideographDigital", "二〇二四"},
		{15, "decimalFullWidth", "１５"},
		{-1, "chineseCounting", "-1"},
	}
	for _, c := range cases {
		if got := formatNumber(c.n, c.format); got != c.want {
			t.Errorf("formatNumber(%d, %q) = %q, want %q", c.n, c.format, got, c.want)
		}
	}
}

func TestBulletText(t *testing.T) {
	for in, want := range map[string]string{"\uF0B7": "•", "\uF0A7": "▪", "\uF0D8": "➢", "\uF0FC": "✓", "\uF0E0": "•", "●": "●", "-": "-", "": ""} {
		if got := bulletText(in); got != want {
			t.Errorf("bulletText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSymChar(t *testing.T) {
	if len(symbolFont) != 0x7F-0x20 {
		t.Fatalf("symbolFont has %d characters, want %d (0x20–0x7E)", len(symbolFont), 0x7F-0x20)
	}
	for hex, want := range map[string]rune{"F061": 'α', "F057": 'Ω', "F044": 'Δ', "F070": 'π', "F031": '1', "F0B7": 0, "2605": '★', "0": 0, "D800": 0, "110000": 0} {
		got, ok := symChar(hex, "Symbol")
		if ok != (want != 0) || got != want {
			t.Errorf("symChar(%q, Symbol) = %q, %v; want %q", hex, got, ok, want)
		}
	}
}
