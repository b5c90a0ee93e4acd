package render

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// SafeText returns s fit to print on a terminal or in a table row: control
// characters (ESC, line breaks, U+0085 …) and bytes that are not UTF-8 are
// written as \xNN (\n as \n), so that a file name can neither drive the
// terminal nor split a row, and stays traceable to the bytes it has.
func SafeText(s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02X`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case isControl(r):
			if r < 0x80 {
				fmt.Fprintf(&b, `\x%02X`, r)
			} else {
				fmt.Fprintf(&b, `\u%04X`, r)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isControl reports whether r is a C0 or C1 control character or DEL.
func isControl(r rune) bool { return r < 0x20 || (r >= 0x7F && r <= 0x9F) }

// percentBytes writes s with every byte that is not printable ASCII as
// %XX, for names that are not UTF-8.
func percentBytes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > 0x20 && c < 0x7F && c != '%' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
