// Package dict holds shuzhi's lexicons as data, embedded in the binary.
//
// Every *.txt file in this folder is a lexicon: one entry a line, blank
// lines and lines starting with # ignored. A new lexicon is added by
// dropping a file here; Lines reads it by name. userdict.txt is the jieba
// user dictionary of party-building terms that package lint/seg loads.
package dict

import (
	"embed"
	"strings"
)

// FS holds every lexicon file of this folder.
//
//go:embed *.txt
var FS embed.FS

// Lines returns the entries of the named lexicon file: its lines with
// surrounding white space trimmed, leaving out blank lines and # comments.
func Lines(name string) ([]string, error) {
	data, err := FS.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return entries(string(data)), nil
}

// entries splits the text of a lexicon file into its entries.
func entries(text string) []string {
	var out []string
	for line := range strings.Lines(strings.TrimPrefix(text, "\uFEFF")) {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}
