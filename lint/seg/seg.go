// Package seg splits Chinese text into words with gojieba
// (github.com/yanyiwu/gojieba, the Go binding of cppjieba).
//
// gojieba reads its dictionaries from files whose path is fixed at build
// time inside the Go module cache, which a copied binary does not have.
// seg therefore embeds its own:
//
//   - jieba.dict.utf8.gz: jieba's main dictionary trimmed to the words real
//     text uses (78,000 of its 349,000 entries: it loads about 5× faster,
//     in a quarter of the memory), written by go generate with
//     ./internal/gendict, whose documentation explains the choice;
//   - hmm_model.utf8.gz: jieba's HMM model, for words no dictionary knows;
//   - the party-building user dictionary, dict/userdict.txt.
//
// and writes them once, with two one-line stand-ins for the keyword
// extractor's files, to shuzhi/dict-<hash of the contents> under the user
// cache directory (or, when that is not writable, under the temporary
// directory), where every later process finds them.
//
// The jieba dictionaries and model are distributed under the MIT licence,
// reproduced in LICENSE-jieba beside this file.
package seg

//go:generate go run ./internal/gendict -maxidf 10.8 -minfreq 100
//go:generate go test -tags fulldict -run TestTrimmedDictionary .

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yanyiwu/gojieba"
)

// Token is one segment of a text, with rune offsets into that text.
type Token struct {
	// Text is the segment, a substring of the text that was cut.
	Text string
	// Start and End are the offsets of the segment in runes, End
	// exclusive. An invalid UTF-8 byte counts as one rune, as when
	// ranging over a Go string.
	Start, End int
}

// Segmenter splits Chinese text into words.
type Segmenter interface {
	// Cut returns the segments of text in order. They cover the text
	// exactly: their Texts concatenate back to it.
	Cut(text string) []Token
}

// loadDefault builds the process-wide segmenter once.
var loadDefault = sync.OnceValues(func() (Segmenter, error) { return New() })

// Default returns the process-wide segmenter, loading the dictionaries on
// the first call only. It is safe for concurrent use.
func Default() (Segmenter, error) {
	return loadDefault()
}

// New loads a segmenter of its own that also knows words, the user's
// lexicon entries. Each word gets the frequency of the terms in
// dict/userdict.txt. A word must be valid UTF-8 without white space or
// NUL bytes.
//
// Each call loads the dictionaries anew (tens of milliseconds and about
// 30 MB); use Default when there are no words to add. The segmenter is
// safe for concurrent use: cppjieba's Cut only reads the dictionaries,
// which New has finished changing before it returns.
func New(words ...string) (Segmenter, error) {
	for _, w := range words {
		if err := checkWord(w); err != nil {
			return nil, fmt.Errorf("seg: %w", err)
		}
	}
	files, err := dictFiles()
	if err != nil {
		return nil, err
	}
	j, err := load(files)
	if err != nil {
		return nil, err
	}
	for _, w := range words {
		j.jb.AddWordEx(w, userWordFreq, userWordTag)
	}
	return j, nil
}

// checkWord reports whether w can be added to a jieba dictionary.
func checkWord(w string) error {
	switch {
	case w == "":
		return errors.New("empty word")
	case !utf8.ValidString(w):
		return fmt.Errorf("word %q is not valid UTF-8", w)
	case strings.ContainsFunc(w, func(r rune) bool { return unicode.IsSpace(r) || r == 0 }):
		return fmt.Errorf("word %q contains white space or NUL", w)
	}
	return nil
}

// jieba is a Segmenter backed by one gojieba instance.
type jieba struct {
	jb *gojieba.Jieba
}

// load creates a gojieba instance over the given files, which must all
// exist: cppjieba aborts the process on a file it cannot open.
func load(files dictPaths) (*jieba, error) {
	if err := files.check(); err != nil {
		return nil, err
	}
	return &jieba{jb: gojieba.NewJieba(files[:]...)}, nil
}

// Cut implements Segmenter, with jieba's HMM for unknown words.
func (j *jieba) Cut(text string) []Token {
	clean := cleanText(text)
	words := j.jb.Cut(clean, true)
	// The finalizer of j.jb frees the C dictionaries; keep them alive
	// until the C call has returned.
	runtime.KeepAlive(j.jb)
	return align(text, clean, words)
}

// cleanText returns text with every invalid UTF-8 byte and every NUL
// replaced by a space. cppjieba stops at a NUL (text reaches it as a C
// string) and drops or misreads the whole text on invalid UTF-8, while a
// space is a separator it cuts out on its own. Byte offsets stay the same,
// so words of the cleaned text map back to text byte for byte.
func cleanText(text string) string {
	if utf8.ValidString(text) && strings.IndexByte(text, 0) < 0 {
		return text
	}
	b := []byte(text)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == 0 || (r == utf8.RuneError && size == 1) {
			b[i] = ' '
		}
		i += size
	}
	return string(b)
}

// align turns the words cut from clean, the cleaned copy of text, into
// tokens of text, counting rune offsets. The words cover clean in order;
// should they ever fail to, the rest of the text becomes one last token
// rather than a wrong offset.
func align(text, clean string, words []string) []Token {
	tokens := make([]Token, 0, len(words))
	pos, start := 0, 0
	for _, w := range words {
		if !strings.HasPrefix(clean[pos:], w) {
			break
		}
		if w == "" {
			continue
		}
		s := text[pos : pos+len(w)]
		end := start + utf8.RuneCountInString(s)
		tokens = append(tokens, Token{Text: s, Start: start, End: end})
		pos += len(w)
		start = end
	}
	if pos < len(text) {
		rest := text[pos:]
		tokens = append(tokens, Token{Text: rest, Start: start, End: start + utf8.RuneCountInString(rest)})
	}
	return tokens
}
