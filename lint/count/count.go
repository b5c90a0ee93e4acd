// Package count implements Word-compatible 字数 (see DESIGN.md, "Word-compatible 字数").
//
// 字数 is 中文字符 plus 非中文单词: every East Asian code point counts 1, and
// every other maximal run of non-space characters counts 1. Runs are broken
// by whitespace and by East Asian characters. U+200B (zero width space) and
// U+FEFF (byte order mark, zero width no-break space) are not characters at
// all: they are skipped without breaking a run.
package count

// Counts are the figures of Word's 字数统计 dialog for some text.
type Counts struct {
	// Words is 字数: Chinese plus NonChineseWords.
	Words int
	// Chinese is 中文字符: East Asian characters, East Asian punctuation included.
	Chinese int
	// NonChineseWords is 非中文单词: maximal runs of other non-space characters.
	NonChineseWords int
	// CharsNoSpaces is 字符数(不计空格).
	CharsNoSpaces int
	// Chars is 字符数(计空格).
	Chars int
	// Punct is the East Asian punctuation within Chinese: counted by Word,
	// but not spoken, so speaking-time estimates leave it out.
	Punct int
}

// Add adds o to c, field by field.
func (c *Counts) Add(o Counts) {
	c.Words += o.Words
	c.Chinese += o.Chinese
	c.NonChineseWords += o.NonChineseWords
	c.CharsNoSpaces += o.CharsNoSpaces
	c.Chars += o.Chars
	c.Punct += o.Punct
}

// Text counts s as Word does. Invalid UTF-8 bytes count as one non-East
// Asian character each. Line breaks (LF, CR, VT, FF, NEL, U+2028, U+2029)
// break runs and are counted nowhere; other whitespace (space, tab, NBSP,
// U+3000 ideographic space, the U+2000 spaces …) breaks runs and counts
// only in Chars.
func Text(s string) Counts {
	var c Counts
	inRun := false
	for _, r := range s {
		if r < 0x80 {
			switch r {
			case '\n', '\r', '\v', '\f':
				inRun = false
			case ' ', '\t':
				c.Chars++
				inRun = false
			default:
				c.Chars++
				c.CharsNoSpaces++
				if !inRun {
					c.NonChineseWords++
					inRun = true
				}
			}
			continue
		}
		switch {
		case r == 0x200B || r == 0xFEFF:
			// Not a character: neither counted nor breaking a run.
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			inRun = false
		case isSpace(r):
			c.Chars++
			inRun = false
		case IsEastAsian(r):
			c.Chars++
			c.CharsNoSpaces++
			c.Chinese++
			if isPunct(r) {
				c.Punct++
			}
			inRun = false
		default:
			c.Chars++
			c.CharsNoSpaces++
			if !inRun {
				c.NonChineseWords++
				inRun = true
			}
		}
	}
	c.Words = c.Chinese + c.NonChineseWords
	return c
}

// isSpace reports whether a non-ASCII rune r, not a line break, is
// whitespace (Unicode White_Space).
func isSpace(r rune) bool {
	switch r {
	case 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// IsEastAsian reports whether r counts as one 中文字符: Han (every block,
// compatibility ideographs and radicals included), CJK symbols and
// punctuation (U+3001–303F), kana, bopomofo, hangul (jamo, compatibility
// jamo, syllables), enclosed CJK (U+3200–32FF, U+1F200–1F2FF), CJK
// compatibility (U+3300–33FF), vertical forms (U+FE10–FE1F), CJK
// compatibility forms (U+FE30–FE4F), half- and full-width forms
// (U+FF00–FFEF), ideographic symbols and punctuation (U+16FE0–16FFF), and
// the punctuation Chinese writers type as Chinese:
// “ ” ‘ ’ … — ― ·. U+3000 ideographic space is whitespace, not East Asian.
func IsEastAsian(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF: // CJK unified ideographs: the common case
		return true
	case r < 0x2E80:
		switch r {
		case 0x00B7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026:
			return true
		}
		return r >= 0x1100 && r <= 0x11FF // hangul jamo
	case r <= 0x2FFF: // CJK radicals supplement, Kangxi radicals, ideographic description
		return true
	case r <= 0x4DBF: // CJK symbols and punctuation through CJK extension A
		return r != 0x3000
	case r < 0x4E00: // Yijing hexagram symbols
		return false
	case r < 0xF900:
		return r >= 0xA960 && r <= 0xA97F || // hangul jamo extended-A
			r >= 0xAC00 && r <= 0xD7FF // hangul syllables, hangul jamo extended-B
	case r <= 0xFAFF: // CJK compatibility ideographs
		return true
	case r < 0x10000:
		return r >= 0xFE10 && r <= 0xFE1F || // vertical forms
			r >= 0xFE30 && r <= 0xFE4F || // CJK compatibility forms
			r >= 0xFF00 && r <= 0xFFEF // half- and full-width forms
	case r < 0x20000:
		return r >= 0x16FE0 && r <= 0x16FFF || // ideographic symbols and punctuation
			r >= 0x1AFF0 && r <= 0x1B16F || // kana extended-B, supplement, extended-A, small kana
			r >= 0x1F200 && r <= 0x1F2FF // enclosed ideographic supplement
	default: // supplementary and tertiary ideographic planes: CJK extensions B–I, compatibility supplement
		return r <= 0x3FFFF
	}
}

// isPunct reports whether an East Asian rune r is punctuation or a symbol
// rather than a letter, ideograph or numeral: it is counted as 中文字符 but
// not spoken.
func isPunct(r rune) bool {
	switch {
	case r < 0x3000:
		// The typed punctuation; radicals and hangul jamo are not punctuation.
		return r < 0x2E80 && (r < 0x1100 || r > 0x11FF)
	case r <= 0x303F:
		// CJK symbols and punctuation, less the letters and numerals:
		// 々〆〇 (U+3005–3007), Hangzhou numerals (U+3021–3029), kana
		// repeat marks (U+3031–3035), 〸〹〺 and the marks 〻〼 (U+3038–303C).
		return !(r >= 0x3005 && r <= 0x3007 ||
			r >= 0x3021 && r <= 0x3029 ||
			r >= 0x3031 && r <= 0x3035 ||
			r >= 0x3038 && r <= 0x303C)
	case r == 0x30A0 || r == 0x30FB: // ゠ and ・ in the katakana block
		return true
	case r >= 0xFE10 && r <= 0xFE1F, r >= 0xFE30 && r <= 0xFE4F:
		return true
	case r >= 0xFF01 && r <= 0xFFEF:
		// Full-width punctuation and symbols, not full-width digits and
		// letters, nor half-width katakana and hangul.
		return r <= 0xFF0F ||
			r >= 0xFF1A && r <= 0xFF20 ||
			r >= 0xFF3B && r <= 0xFF40 ||
			r >= 0xFF5B && r <= 0xFF65 ||
			r >= 0xFFE0
	}
	return false
}
