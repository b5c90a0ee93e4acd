// Package hans lets shuzhi read reports written in traditional characters:
// it converts a document's text to simplified characters for matching,
// rune for rune, so that every offset found in the converted text points
// at the same character of the original. Excerpts and positions shown to
// the user stay in the original text.
//
// Conversion uses github.com/liuzl/gocc (a pure-Go OpenCC with embedded
// dictionaries, Apache-2.0). Its converter is built on first use only, so
// reports in simplified characters cost a short probe and nothing more.
package hans

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/liuzl/gocc"

	"shuzhi/lint"
)

// probeRunes is how much of a document is converted to decide whether it
// is written in traditional characters.
const probeRunes = 400

var converter = sync.OnceValues(func() (*gocc.OpenCC, error) { return gocc.New("t2s") })

// Simplify returns doc with its text in simplified characters, or doc
// itself when it has no traditional characters (or the converter cannot
// be built: matching then works on the text as it is). Paragraph texts
// keep their length in runes.
func Simplify(doc *lint.Document) *lint.Document {
	cc, err := converter()
	if err != nil || !traditional(cc, doc) {
		return doc
	}
	out := *doc
	out.Paragraphs = convertAll(cc, doc.Paragraphs)
	out.Extras = convertAll(cc, doc.Extras)
	return &out
}

// traditional reports whether converting the start of the document
// changes it.
func traditional(cc *gocc.OpenCC, doc *lint.Document) bool {
	var probe []byte
	for _, p := range doc.Paragraphs {
		probe = append(probe, lint.RuneSlice(p.Text, 0, probeRunes)...)
		if utf8.RuneCount(probe) >= probeRunes {
			break
		}
	}
	s, err := cc.Convert(string(probe))
	return err == nil && s != string(probe)
}

func convertAll(cc *gocc.OpenCC, ps []lint.Paragraph) []lint.Paragraph {
	out := make([]lint.Paragraph, len(ps))
	for i, p := range ps {
		p.Text = convert(cc, p.Text)
		p.Label = convert(cc, p.Label)
		out[i] = p
	}
	return out
}

// maxPiece bounds, in bytes, the text handed to the converter at once:
// its memory grows much faster than the text, so a long paragraph is
// converted piece by piece, cut after a sentence end where there is one.
const maxPiece = 4096

// convert converts text in pieces of at most maxPiece bytes.
func convert(cc *gocc.OpenCC, text string) string {
	if len(text) <= maxPiece {
		return convertPiece(cc, text)
	}
	var b strings.Builder
	for len(text) > 0 {
		n := len(text)
		if n > maxPiece {
			n = pieceEnd(text[:maxPiece])
		}
		b.WriteString(convertPiece(cc, text[:n]))
		text = text[n:]
	}
	return b.String()
}

// pieceEnd returns where to cut the start of a long text: after its last
// sentence end, else after its last whole rune.
func pieceEnd(head string) int {
	if i := strings.LastIndexAny(head, "。！？；\n"); i >= 0 {
		_, size := utf8.DecodeRuneInString(head[i:])
		return i + size
	}
	last := 0
	for i := range head {
		last = i
	}
	if utf8.FullRuneInString(head[last:]) {
		return len(head)
	}
	return last // cut before the rune the piece would split
}

// convertPiece converts text, phrase by phrase where that keeps every
// rune in place, else character by character.
func convertPiece(cc *gocc.OpenCC, text string) string {
	s, err := cc.Convert(text)
	if err == nil && utf8.RuneCountInString(s) == utf8.RuneCountInString(text) {
		return s
	}
	out := make([]rune, 0, len(text))
	for _, r := range text {
		c, err := cc.Convert(string(r))
		if cr, n := utf8.DecodeRuneInString(c); err == nil && n == len(c) && cr != utf8.RuneError {
			out = append(out, cr)
		} else {
			out = append(out, r)
		}
	}
	return string(out)
}
