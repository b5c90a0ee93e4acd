package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"shuzhi/lint"
)

// textEncoding is an encoding a plain-text file may be in.
type textEncoding struct {
	name string            // as shown to the user
	enc  encoding.Encoding // nil for UTF-8, which needs no decoding
}

var (
	encUTF8    = textEncoding{"UTF-8", nil}
	encUTF16LE = textEncoding{"UTF-16LE", xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)}
	encUTF16BE = textEncoding{"UTF-16BE", xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)}
	encGB18030 = textEncoding{"GB18030", simplifiedchinese.GB18030}
	encGBK     = textEncoding{"GBK", simplifiedchinese.GBK}
)

// textEncodings maps the names Options.Encoding accepts, lower-cased and
// without "-" or "_", to their encodings.
var textEncodings = map[string]textEncoding{
	"utf8":    encUTF8,
	"utf16le": encUTF16LE,
	"utf16be": encUTF16BE,
	"gb18030": encGB18030,
	"gbk":     encGBK,
	"gb2312":  encGBK,
}

// knownEncodings lists the accepted names for error messages.
const knownEncodings = "utf-8、utf-16le、utf-16be、gb18030、gbk、gb2312"

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// readTXT reads a plain-text file. Its encoding is opt.Encoding when given,
// otherwise detected (see decodeText). Every line that is not blank becomes
// one paragraph: its text exactly as read, less the line terminator and any
// U+FEFF, with the file's own 1-based line number. CRLF, CR and LF all end
// a line.
func readTXT(path string, data []byte, opt Options) (*lint.Document, error) {
	text, err := decodeText(path, data, opt.Encoding)
	if err != nil {
		return nil, err
	}
	// One paragraph past the limit is enough for Bytes to refuse the file.
	maxParagraphs := opt.Limits.withDefaults().MaxParagraphs
	doc := &lint.Document{Path: path, Format: "txt"}
	if clean, n := stripControls(text); n > 0 {
		text = clean
		doc.Notes = append(doc.Notes, fmt.Sprintf("已删除 %d 个控制字符（如 NUL、ESC），它们不是文字", n))
	}
	line := 0
	for len(text) > 0 && len(doc.Paragraphs) <= maxParagraphs {
		line++
		var s string
		end := strings.IndexAny(text, "\r\n")
		switch {
		case end < 0:
			s, text = text, ""
		case strings.HasPrefix(text[end:], "\r\n"):
			s, text = text[:end], text[end+2:]
		default:
			s, text = text[:end], text[end+1:]
		}
		s = strings.ReplaceAll(s, "\uFEFF", "")
		if strings.IndexFunc(s, notBlank) < 0 {
			continue
		}
		doc.Paragraphs = append(doc.Paragraphs, lint.Paragraph{Text: s, Line: line})
	}
	return doc, nil
}

// notBlank reports whether r makes a line non-blank: whitespace (U+3000
// included) and the invisible U+200B do not.
func notBlank(r rune) bool {
	return !unicode.IsSpace(r) && r != '\u200B'
}

// decodeText returns data as UTF-8 text. With a named encoding it decodes
// data in that encoding. Otherwise it tries, in order: a byte order mark
// (UTF-8, UTF-16LE, UTF-16BE); valid UTF-8; UTF-16 without a mark, which
// its NUL bytes give away; GB18030 (a superset of GBK and GB2312). Whatever
// the encoding, the decoding must be clean and look like text (see
// decode), or the file is refused with ReasonEncoding.
func decodeText(path string, data []byte, name string) (string, error) {
	if name != "" {
		key := strings.NewReplacer("-", "", "_", "").Replace(strings.ToLower(strings.TrimSpace(name)))
		e, ok := textEncodings[key]
		if !ok {
			return "", newError(path, ReasonEncoding, fmt.Sprintf("未知编码 %q，可用的编码：%s", name, knownEncodings))
		}
		if e.enc == nil {
			data = bytes.TrimPrefix(data, bomUTF8)
		}
		s, ok := e.decode(data)
		if !ok {
			return "", newError(path, ReasonEncoding, fmt.Sprintf("内容不是有效的 %s 文本", e.name))
		}
		return s, nil
	}
	for _, b := range []struct {
		bom []byte
		enc textEncoding
	}{{bomUTF8, encUTF8}, {bomUTF16LE, encUTF16LE}, {bomUTF16BE, encUTF16BE}} {
		if bytes.HasPrefix(data, b.bom) {
			s, ok := b.enc.decode(data[len(b.bom):])
			if !ok {
				return "", newError(path, ReasonEncoding, fmt.Sprintf("有 %s 字节顺序标记，但内容不是有效的 %s 文本", b.enc.name, b.enc.name))
			}
			return s, nil
		}
	}
	if s, ok := encUTF8.decode(data); ok {
		return s, nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		// NUL bytes: UTF-16, or UTF-8 with stray control characters
		// (readTXT removes them), or not text at all.
		if s, ok := decodeUTF16(data); ok {
			return s, nil
		}
		if utf8.Valid(data) && fewControls(string(data)) {
			return string(data), nil
		}
		return "", newError(path, ReasonEncoding, "含有二进制数据，不是文本文件")
	}
	if utf8.Valid(data) && fewControls(string(data)) {
		return string(data), nil // UTF-8 with a stray ESC or U+0085
	}
	if looksJapanese(data) {
		return "", newError(path, ReasonEncoding, "像是日文 Shift-JIS 编码的文本，不是中文报告；如确为中文，请另存为 UTF-8")
	}
	if s, ok := encGB18030.decode(data); ok {
		return s, nil
	}
	return "", newError(path, ReasonEncoding, "不是 UTF-8、UTF-16 或 GB18030 文本，可指定编码："+knownEncodings)
}

// decode decodes data, reporting false unless it decodes cleanly (no
// invalid byte sequences) to plausible text.
func (e textEncoding) decode(data []byte) (string, bool) {
	if e.enc == nil {
		if !utf8.Valid(data) {
			return "", false
		}
		s := string(data)
		return s, plausible(s)
	}
	out, err := e.enc.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", false
	}
	s := string(out)
	return s, plausible(s)
}

// plausible reports whether s may be text: it has no control characters
// other than tab, line feed, carriage return and form feed.
func plausible(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x20:
			if r != '\t' && r != '\n' && r != '\r' && r != '\f' {
				return false
			}
		case r >= 0x80 && r <= 0x9F:
			return false
		}
	}
	return true
}

// decodeUTF16 decodes data, which has NUL bytes, as UTF-16 without a byte
// order mark. Both byte orders are decoded, and the one that reads more
// like text wins: first the one with line breaks (the other order turns
// them into U+0A00 and U+0D00), then the one with more ASCII and East Asian
// characters, and on a tie the one the NULs point to, which are the
// high bytes of ASCII characters: at odd offsets in UTF-16LE, at even ones
// in UTF-16BE. The winner must be mostly such characters.
func decodeUTF16(data []byte) (string, bool) {
	order := []textEncoding{encUTF16LE, encUTF16BE}
	if nulsAt(data, 0) > nulsAt(data, 1) {
		order[0], order[1] = order[1], order[0]
	}
	var best string
	var bestBreaks bool
	bestCommon, bestTotal := -1, 0
	for _, e := range order {
		s, ok := e.decode(data)
		if !ok {
			continue
		}
		breaks := strings.ContainsAny(s, "\r\n")
		common, total := commonText(s)
		if bestCommon < 0 || breaks && !bestBreaks || breaks == bestBreaks && common > bestCommon {
			best, bestBreaks, bestCommon, bestTotal = s, breaks, common, total
		}
	}
	// Chinese text in UTF-16 is mostly Han, punctuation and ASCII; UTF-8
	// read as UTF-16 is mostly Hangul and rare symbols (㈰㈵듥몦…).
	return best, bestCommon >= 0 && 5*bestCommon > 4*bestTotal
}

// maxControlShare bounds the share of control characters that UTF-8 text
// may hold and still be read, with them removed.
const maxControlShare = 0.05

// isControl reports whether r is a control character no report holds
// (tab, line breaks and form feed are text).
func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f') || (r >= 0x7F && r <= 0x9F)
}

// fewControls reports whether s holds control characters, but few.
func fewControls(s string) bool {
	n, total := 0, 0
	for _, r := range s {
		total++
		if isControl(r) {
			n++
		}
	}
	return n > 0 && float64(n) <= maxControlShare*float64(total)
}

// stripControls removes control characters, reporting how many.
func stripControls(s string) (string, int) {
	if strings.IndexFunc(s, isControl) < 0 {
		return s, 0
	}
	count := 0
	clean := strings.Map(func(r rune) rune {
		if isControl(r) {
			count++
			return -1
		}
		return r
	}, s)
	return clean, count
}

// looksJapanese reports whether data decode cleanly as Shift-JIS to text of
// which a fifth or more is kana: GB18030 would read it as nonsense Han.
func looksJapanese(data []byte) bool {
	out, err := japanese.ShiftJIS.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return false
	}
	kana, total := 0, 0
	for _, r := range string(out) {
		total++
		if r >= 0x3040 && r <= 0x30FF {
			kana++
		}
	}
	return total > 0 && 5*kana >= total
}

// nulsAt counts the NUL bytes of data at offsets of the given parity.
func nulsAt(data []byte, parity int) int {
	n := 0
	for i := parity; i < len(data); i += 2 {
		if data[i] == 0 {
			n++
		}
	}
	return n
}

// commonText counts the characters of s that are ASCII or East Asian, and
// all its characters.
func commonText(s string) (common, total int) {
	for _, r := range s {
		total++
		if r < 0x80 || unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) || strings.ContainsRune("“”‘’…—·", r) {
			common++
		}
	}
	return common, total
}
