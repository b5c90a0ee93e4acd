package checks_test

import (
	"path/filepath"
	"reflect"
	"testing"

	"shuzhi/checks"
	"shuzhi/review"
)

// TestTraditionalTwins reviews each report of testdata/hant beside its
// simplified original: same parts, same findings at the same places, while
// the document shown keeps its traditional characters.
func TestTraditionalTwins(t *testing.T) {
	files, _ := filepath.Glob("../testdata/hant/*.txt")
	if len(files) < 5 {
		t.Fatalf("only %d traditional twins", len(files))
	}
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		hant, err := rev.File(f)
		if err != nil {
			t.Fatal(err)
		}
		hans, err := rev.File(filepath.Join("../testdata/reports", filepath.Base(f)))
		if err != nil {
			t.Fatal(err)
		}
		if hant.Verdict != hans.Verdict || hant.Counts != hans.Counts || !reflect.DeepEqual(hant.Outline.Spans, hans.Outline.Spans) {
			t.Errorf("%s: verdict %s vs %s, counts %+v vs %+v, same spans %v", f, hant.Verdict, hans.Verdict, hant.Counts, hans.Counts, reflect.DeepEqual(hant.Outline.Spans, hans.Outline.Spans))
		}
		if len(hant.Findings) != len(hans.Findings) {
			t.Errorf("%s: %d findings, simplified twin %d", f, len(hant.Findings), len(hans.Findings))
			continue
		}
		for i := range hant.Findings {
			a, b := hant.Findings[i], hans.Findings[i]
			if a.Rule != b.Rule || a.Para != b.Para || a.Start != b.Start || a.End != b.End || a.Severity != b.Severity {
				t.Errorf("%s: finding %d is %s at %d:%d, twin %s at %d:%d", f, i, a.Rule, a.Para, a.Start, b.Rule, b.Para, b.Start)
			}
		}
		if hant.Doc.Paragraphs[0].Text == hans.Doc.Paragraphs[0].Text {
			t.Errorf("%s: the result shows simplified text, not the original", f)
		}
	}
}
