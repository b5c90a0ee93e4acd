//go:build fulldict

// This file needs gojieba's full dictionary in the Go module cache, so it
// is built only with -tags fulldict; go generate runs it after writing the
// trimmed dictionary.

package seg

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/yanyiwu/gojieba"
)

// TestTrimmedDictionary compares the segmentation of the sample reports
// with the trimmed main dictionary and with the full one it was cut from,
// the user dictionary and HMM model being the same. Every word boundary the
// full dictionary gives must be one the trimmed dictionary gives too: the
// trimmed dictionary may split a compound the full one keeps (专题学习 →
// 专题/学习), and those splits are logged, but never joins across words.
func TestTrimmedDictionary(t *testing.T) {
	trimmedFiles, err := dictFiles()
	if err != nil {
		t.Fatal(err)
	}
	fullFiles := trimmedFiles
	fullFiles[0] = gojieba.DICT_PATH

	start := time.Now()
	trimmed, err := load(trimmedFiles)
	if err != nil {
		t.Fatal(err)
	}
	trimmedLoad := time.Since(start)
	start = time.Now()
	full, err := load(fullFiles)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("load: trimmed %v, full %v", trimmedLoad, time.Since(start))

	var lines, changed, content, split int
	for line := range strings.Lines(sampleText(t)) {
		lines++
		want, got := full.Cut(line), trimmed.Cut(line)
		if strings.Join(texts(want), "/") == strings.Join(texts(got), "/") {
			continue
		}
		changed++
		ends := make(map[int]bool)
		for _, tok := range got {
			ends[tok.End] = true
		}
		same := make(map[Token]bool)
		for _, tok := range got {
			same[tok] = true
		}
		for _, tok := range want {
			if !ends[tok.End] {
				t.Errorf("trimmed dictionary joins across a word boundary:\n full    %s\n trimmed %s",
					strings.Join(texts(want), "/"), strings.Join(texts(got), "/"))
				break
			}
			if !same[tok] && isContentWord(tok.Text) {
				content++
				t.Logf("split %s", tok.Text)
			}
			if !same[tok] {
				split++
			}
		}
	}
	t.Logf("%d of %d lines cut differently; %d words of the full dictionary split, %d of them content words",
		changed, lines, split, content)
}

// isContentWord reports whether w is a word of two or more Han characters.
func isContentWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	return n >= 2
}
