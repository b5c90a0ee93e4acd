package config

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"sync"

	"shuzhi/dict"
	"shuzhi/lint"
)

// userDict is the jieba user dictionary of dict/: the checks read its terms
// (三会一课 …) as policy vocabulary, but the segmenter is built from it
// once per process, so a config cannot add to it.
const userDict = "userdict"

// lexiconBase holds the lexicons of dict/ as one set, and which of them
// are RE2 patterns.
type lexiconBase struct {
	entries  map[string][]string
	patterns map[string]bool
	set      *lint.Lexicons
}

// baseOnce loads dict/ once per process.
var baseOnce = sync.OnceValues(readLexiconBase)

func loadLexiconBase() (*lexiconBase, error) { return baseOnce() }

// Lexicons returns the lexicons of dict/ with no additions, as the
// built-in profiles have them.
func Lexicons() (*lint.Lexicons, error) {
	b, err := loadLexiconBase()
	if err != nil {
		return nil, err
	}
	return b.set, nil
}

func readLexiconBase() (*lexiconBase, error) {
	files, err := fs.Glob(dict.FS, "*.txt")
	if err != nil {
		return nil, err
	}
	b := &lexiconBase{entries: map[string][]string{}, patterns: map[string]bool{}}
	for _, f := range files {
		name := strings.TrimSuffix(f, ".txt")
		lines, err := dict.Lines(f)
		if err != nil {
			return nil, err
		}
		b.entries[name] = lines
		b.patterns[name] = isPatternFile(f)
		if b.patterns[name] {
			for _, l := range lines {
				if _, err := regexp.Compile(l); err != nil {
					return nil, fmt.Errorf("config: dict/%s: %q: %v", f, l, err)
				}
			}
		}
	}
	b.set = lint.NewLexicons(b.entries, b.patterns)
	return b, nil
}

// isPatternFile reports whether a dict/ file holds RE2 patterns rather
// than phrases: its header comment says "RE2".
func isPatternFile(name string) bool {
	data, err := dict.FS.ReadFile(name)
	if err != nil {
		return false
	}
	for line := range strings.Lines(string(data)) {
		if !strings.HasPrefix(line, "#") {
			return false
		}
		if strings.Contains(line, "RE2") {
			return true
		}
	}
	return false
}

// names returns the lexicons a config may add to, sorted.
func (b *lexiconBase) names() []string {
	var out []string
	for n := range b.entries {
		if n != userDict {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// extend returns a set with the additions appended to their lexicons.
func (b *lexiconBase) extend(add map[string][]string) (*lint.Lexicons, *ConfigError) {
	entries := make(map[string][]string, len(b.entries))
	for n, e := range b.entries {
		entries[n] = e
	}
	for name, extra := range add {
		if err := b.checkAddition(name, extra); err != nil {
			return nil, err
		}
		entries[name] = append(append([]string(nil), b.entries[name]...), extra...)
	}
	return lint.NewLexicons(entries, b.patterns), nil
}

func (b *lexiconBase) checkAddition(name string, extra []string) *ConfigError {
	switch _, ok := b.entries[name]; {
	case name == userDict:
		return &ConfigError{Msg: "lexicon：userdict 是分词词典，不能在配置中补充（要让某个提法不算数据或事例，请补充到 slogans）"}
	case !ok:
		return &ConfigError{Msg: fmt.Sprintf("lexicon：未知的词表 %q（可选：%s）", name, strings.Join(b.names(), "、"))}
	}
	for _, e := range extra {
		if strings.TrimSpace(e) == "" {
			return &ConfigError{Msg: fmt.Sprintf("lexicon.%s：不能补充空词条", name)}
		}
		if b.patterns[name] {
			if _, err := regexp.Compile(e); err != nil {
				return &ConfigError{Msg: fmt.Sprintf("lexicon.%s：%q 不是有效的正则表达式", name, e)}
			}
		}
	}
	return nil
}
