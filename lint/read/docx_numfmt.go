package read

import (
	"strconv"
	"strings"
)

// formatNumber renders a list counter in a w:numFmt. Formats the reader
// does not know, and values a format cannot express, fall back to decimal.
func formatNumber(n int, format string) string {
	switch format {
	case "none":
		return ""
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "upperLetter", "lowerLetter":
		if n > 0 {
			base := 'a'
			if format == "upperLetter" {
				base = 'A'
			}
			return strings.Repeat(string(base+rune((n-1)%26)), (n-1)/26+1)
		}
	case "upperRoman", "lowerRoman":
		if n > 0 {
			r := roman(n)
			if format == "lowerRoman" {
				r = strings.ToLower(r)
			}
			return r
		}
	case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting":
		if n >= 0 && n < 10000 {
			return chineseNumber(n)
		}
	case "ideographDigital", "taiwaneseDigital":
		if n >= 0 {
			return mapDigits(n, []rune("〇一二三四五六七八九"))
		}
	case "decimalFullWidth", "decimalFullWidth2":
		if n >= 0 {
			return mapDigits(n, []rune("０１２３４５６７８９"))
		}
	case "ideographTraditional":
		return pick(n, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiac":
		return pick(n, "子丑寅卯辰巳午未申酉戌亥")
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		return pick(n, "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
	case "decimalEnclosedParen":
		return pick(n, "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇")
	case "decimalEnclosedFullstop":
		return pick(n, "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛")
	}
	return strconv.Itoa(n)
}

// pick returns the n-th (1-based) character of a finite sequence, or n in
// decimal beyond it.
func pick(n int, seq string) string {
	rs := []rune(seq)
	if n < 1 || n > len(rs) {
		return strconv.Itoa(n)
	}
	return string(rs[n-1])
}

// mapDigits writes n digit by digit with the given ten digits.
func mapDigits(n int, digits []rune) string {
	s := []rune(strconv.Itoa(n))
	for i, d := range s {
		s[i] = digits[d-'0']
	}
	return string(s)
}

// chineseNumber writes 0 ≤ n < 10000 in Chinese counting style: 十, 十一,
// 二十一, 一百, 一百零一, 一百一十, 一千零一十.
func chineseNumber(n int) string {
	const digits = "〇一二三四五六七八九"
	if n == 0 {
		return "〇"
	}
	d := []rune(digits)
	units := []string{"千", "百", "十", ""}
	var b strings.Builder
	zero := false
	for i, p := 0, 1000; p > 0; i, p = i+1, p/10 {
		v := n / p % 10
		switch {
		case v == 0:
			zero = b.Len() > 0
		default:
			if zero {
				b.WriteString("零")
				zero = false
			}
			if !(v == 1 && p == 10 && b.Len() == 0) {
				b.WriteRune(d[v])
			}
			b.WriteString(units[i])
		}
	}
	return b.String()
}

// roman writes n ≥ 1 in Roman numerals (thousands as repeated M).
func roman(n int) string {
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	symbols := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}

// symbolBullets maps the private-use code points Word writes for bullets
// in the Symbol and Wingdings fonts to the characters they show.
var symbolBullets = map[rune]rune{
	0xF0B7: '•', 0xF0A7: '▪', 0xF0D8: '➢', 0xF06C: '●', 0xF06E: '■',
	0xF075: '◆', 0xF076: '❖', 0xF0FC: '✓', 0xF0A8: '□', 0xF071: '❑',
}

// bulletText returns a bullet level's w:lvlText as displayed: font-specific
// private-use glyphs become the character they show, "•" when unknown.
func bulletText(text string) string {
	return strings.Map(func(r rune) rune {
		if r < 0xE000 || r > 0xF8FF {
			return r
		}
		if c, ok := symbolBullets[r]; ok {
			return c
		}
		return '•'
	}, text)
}

// symbolFont is the Adobe Symbol encoding of 0x20–0x7E: Greek letters and
// mathematical signs where ASCII has Latin letters and punctuation.
var symbolFont = []rune(" !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼")

// symChar decodes a w:sym: its w:char (hex) in its w:font. Ordinary code
// points are themselves; the Symbol font's private-use range is mapped;
// other fonts' private-use glyphs (Wingdings …) cannot be decoded, and
// neither can an invalid code point: ok is false.
func symChar(hex, font string) (r rune, ok bool) {
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) {
		return 0, false
	}
	r = rune(v)
	if r < 0xE000 || r > 0xF8FF {
		return r, true
	}
	low := r
	if r >= 0xF000 && r <= 0xF0FF {
		low = r - 0xF000
	}
	if strings.EqualFold(font, "Symbol") && low >= 0x20 && low < 0x20+rune(len(symbolFont)) {
		return symbolFont[low-0x20], true
	}
	return 0, false
}
