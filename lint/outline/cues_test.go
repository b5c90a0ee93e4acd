package outline

import (
	"os"
	"path/filepath"
	"testing"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// TestPrefilterKeepsEveryMatch checks, on every sentence of the corpus,
// that the prefilter never rejects a sentence its pattern matches.
func TestPrefilterKeepsEveryMatch(t *testing.T) {
	var cues []*match.Regexp
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
			if full := c.Engine().MatchString(s); full != c.MatchString(s) {
				t.Fatalf("%q: pattern %s matches %v, prefiltered %v", s, c, full, !full)
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
