package outline

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"shuzhi/lint"
	"sort"
	"strings"
	"testing"
)

func TestRequired(t *testing.T) {
	for pattern, want := range map[string]string{
		`^究其原因`: "究其原因",
		`^(存在的|存在|查摆出的|查摆的)(主要)?(问题|不足)`: "存在|查摆",
		`^.{0,40}(还|仍)(存在|有)`:            "仍|还",
		`^(下一步|下步|今后)[，,]?(我)?(将|要)`:     "下|今后", // the parser factors 下一步|下步 into 下(?:一步|步)
		`^(从|在)?主观`:                      "主观",
		`\d{1,2}月`:                       "月",
		`^(a|.)`:                         "",
	} {
		tree, err := syntax.Parse(pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got := required(tree)
		sort.Strings(got)
		if strings.Join(got, "|") != want {
			t.Errorf("required(%s) = %q, want %q", pattern, strings.Join(got, "|"), want)
		}
	}
}

// TestPrefilterKeepsEveryMatch checks, on every sentence of the corpus,
// that the prefilter never rejects a sentence its pattern matches.
func TestPrefilterKeepsEveryMatch(t *testing.T) {
	var cues []cue
	set := baseLexicons(t)
	for _, name := range []string{"cue-problems", "cue-causes", "cue-measures", "cue-followup", "cue-closing", "cue-opening", "cue-salutation"} {
		cs, err := compileLines(name, set.Entries(name))
		if err != nil {
			t.Fatal(err)
		}
		cues = append(cues, cs...)
	}
	sentences := corpusSentences(t)
	matches := 0
	for _, s := range sentences {
		for _, c := range cues {
			if full := c.re.MatchString(s); full != c.match(s) {
				t.Fatalf("%q: pattern %s matches %v, prefiltered %v", s, c.re, full, !full)
			} else if full {
				matches++
			}
		}
	}
	if matches == 0 {
		t.Fatal("no cue matched any corpus sentence")
	}
}

// corpusSentences returns the sentences of the test reports, split at
// sentence ends and line breaks as the outline splits them.
func corpusSentences(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/reports/*.txt")
	if len(files) == 0 {
		t.Fatal("no test reports")
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for _, s := range lint.Sentences(text, 0, len([]rune(text))) {
			out = append(out, stripConnectors(lint.RuneSlice(text, s[0], s[1])))
		}
	}
	return out
}
