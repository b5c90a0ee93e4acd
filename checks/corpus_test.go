package checks_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/review"
)

// expectation is a report's label in testdata/reports (see its README).
type expectation struct {
	Profile   string   `yaml:"profile"`
	Verdict   string   `yaml:"verdict"`
	Rules     []string `yaml:"rules"`
	Absent    []string `yaml:"absent"`
	Setting   string   `yaml:"setting"`
	Structure string   `yaml:"structure"`
	// Previous is last year's report by the same author, relative to
	// testdata/reports.
	Previous string `yaml:"previous"`
	// References are reference documents (files or folders relative to
	// the report's folder, or for a blind batch to testdata/blind) the
	// report is compared with.
	References []string `yaml:"references"`
	// Parts, in the blind batches, say where each part starts: its role
	// and the first characters of the paragraph or sentence that opens it.
	Parts []struct {
		Role   lint.Role `yaml:"role"`
		Starts string    `yaml:"starts"`
	} `yaml:"parts"`
}

// corpusCase is one labelled report.
type corpusCase struct {
	name   string
	path   string
	expect expectation
	// base is the folder previous and references are relative to.
	base string
}

// loadCorpus reads the labelled reports: the project's corpus
// (testdata/reports) and the blind batches (testdata/blind/*), whose
// reports are .txt or .docx (made with pandoc from the writers' .md).
func loadCorpus(t *testing.T) []corpusCase {
	t.Helper()
	labels, err := filepath.Glob("../testdata/reports/*.expect.yaml")
	if err != nil || len(labels) == 0 {
		t.Fatalf("no labelled reports in testdata/reports: %v", err)
	}
	// The blind batches join the corpus once they have been scored (their
	// one blind score is kept as testdata/blind/*-score.txt) and their
	// misses worked on: after that they guard against regressions, and
	// only a fresh batch measures.
	blind, _ := filepath.Glob("../testdata/blind/*/*.expect.yaml")
	labels = append(labels, blind...)
	var out []corpusCase
	for _, l := range labels {
		data, err := os.ReadFile(l)
		if err != nil {
			t.Fatal(err)
		}
		var e expectation
		dec := yaml.NewDecoder(strings.NewReader(string(data)))
		dec.KnownFields(true)
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		name := strings.TrimSuffix(filepath.Base(l), ".expect.yaml")
		path := strings.TrimSuffix(l, ".expect.yaml") + ".txt"
		if _, err := os.Stat(path); err != nil {
			path = strings.TrimSuffix(path, ".txt") + ".docx"
		}
		base := filepath.Dir(l)
		if strings.Contains(l, "/blind/") {
			base = filepath.Dir(base)
		}
		out = append(out, corpusCase{name: name, path: path, expect: e, base: base})
	}
	return out
}

// partAt returns the role of the text where starts begins, or "" when
// the text does not hold it.
func partAt(res *lint.Result, starts string) lint.Role {
	for i, p := range res.Doc.Paragraphs {
		k := strings.Index(p.Text, starts)
		if k < 0 {
			continue
		}
		at := utf8.RuneCountInString(p.Text[:k])
		for _, s := range res.Outline.Spans {
			if s.Para == i && s.Start <= at && at < s.End {
				return s.Role
			}
		}
	}
	return ""
}

// corpusResult reviews a corpus report under its labelled profile.
func corpusResult(t *testing.T, c corpusCase) *lint.Result {
	t.Helper()
	opts := review.Options{Checks: checks.All, Profile: c.expect.Profile}
	if c.expect.Previous != "" {
		opts.Previous = filepath.Join(c.base, c.expect.Previous)
	}
	for _, r := range c.expect.References {
		opts.References = append(opts.References, filepath.Join(c.base, r))
	}
	rev, err := review.New(opts)
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	res, err := rev.File(c.path)
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	return res
}

// firing returns the rules of a result at or above a level.
func firing(res *lint.Result, min lint.Severity) map[string]bool {
	out := map[string]bool{}
	for _, f := range res.Findings {
		if f.Severity >= min {
			out[f.Rule] = true
		}
	}
	return out
}

// TestCorpus asserts every label of every report: the rules firing at
// error or critical, the borderline rules that must stay quiet, and the
// verdict. With -v it logs verdict agreement and per-rule precision and
// recall over the corpus.
func TestCorpus(t *testing.T) {
	type tally struct{ tp, fp, fn int }
	tallies := map[string]*tally{}
	for _, id := range checks.IDs() {
		tallies[id] = &tally{}
	}
	cases := loadCorpus(t)
	agree := 0
	for _, c := range cases {
		c := c
		res := corpusResult(t, c)
		got := firing(res, lint.SeverityError)
		want := map[string]bool{}
		for _, r := range c.expect.Rules {
			if tallies[r] == nil {
				t.Errorf("%s: label names unknown rule %q", c.name, r)
				continue
			}
			want[r] = true
		}
		for id, tl := range tallies {
			switch {
			case got[id] && want[id]:
				tl.tp++
			case got[id]:
				tl.fp++
			case want[id]:
				tl.fn++
			}
		}
		if string(res.Verdict) == c.expect.Verdict {
			agree++
		}
		t.Run(c.name, func(t *testing.T) {
			if g, w := sortedKeys(got), sortedKeys(want); strings.Join(g, ",") != strings.Join(w, ",") {
				t.Errorf("rules at error: got %v, want %v\n%s", g, w, describe(res))
			}
			for _, r := range c.expect.Absent {
				if got[r] {
					t.Errorf("borderline rule %s fired", r)
				}
			}
			if string(res.Verdict) != c.expect.Verdict {
				t.Errorf("verdict %s, want %s", res.Verdict, c.expect.Verdict)
			}
			for _, p := range c.expect.Parts {
				if got := partAt(res, p.Starts); got != p.Role {
					t.Errorf("part starting %q: role %q, want %q", p.Starts, got, p.Role)
				}
			}
		})
	}
	t.Logf("verdict agreement: %d/%d", agree, len(cases))
	for _, id := range checks.IDs() {
		tl := tallies[id]
		t.Logf("%-20s tp=%2d fp=%2d fn=%2d precision=%s recall=%s", id, tl.tp, tl.fp, tl.fn, ratio(tl.tp, tl.tp+tl.fp), ratio(tl.tp, tl.tp+tl.fn))
	}
}

func ratio(a, b int) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}

// TestCorpusCoverage checks that the corpus can judge every rule: at least
// 40 reports, 12 good ones, and for each content rule at least 3 reports
// that must trigger it and 3 borderline reports that must not.
func TestCorpusCoverage(t *testing.T) {
	cases := loadCorpus(t)
	good, triggers, traps := 0, map[string]int{}, map[string]int{}
	for _, c := range cases {
		if c.expect.Verdict == string(lint.VerdictPass) && len(c.expect.Rules) == 0 {
			good++
		}
		for _, r := range c.expect.Rules {
			triggers[r]++
		}
		for _, r := range c.expect.Absent {
			traps[r]++
		}
	}
	if len(cases) < 40 || good < 12 {
		t.Errorf("corpus has %d reports, %d good; want at least 40 and 12", len(cases), good)
	}
	for _, id := range checks.IDs() {
		if checks.ByID(id).Severity == lint.SeverityInfo {
			continue
		}
		if triggers[id] < 3 || traps[id] < 3 {
			t.Errorf("%s: %d reports trigger it and %d are borderline; want at least 3 each", id, triggers[id], traps[id])
		}
	}
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// describe summarises a result for a failure message.
func describe(res *lint.Result) string {
	var b strings.Builder
	for _, r := range lint.BodyRoles {
		fmt.Fprintf(&b, "%s=%.2f ", r, res.Shares[r])
	}
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "\n  %s %s: %s", f.Rule, f.Severity, f.Message)
	}
	return b.String()
}

// TestFormatTwins reviews the twins of each corpus report made by office
// software (testdata/docx by LibreOffice, testdata/pandoc by pandoc with
// heading styles, testdata/doc as Word 97 by LibreOffice) and expects the
// same text, 字数, parts and findings as the .txt they were made from.
func TestFormatTwins(t *testing.T) {
	for _, tw := range []struct {
		dir, ext, format string
		// spaces: the conversion collapses runs of spaces (Markdown
		// does), so counts with spaces may differ.
		spaces bool
	}{
		{"docx", ".docx", "docx", false}, {"pandoc", ".docx", "docx", true}, {"doc", ".doc", "doc", false},
	} {
		twins, reports := 0, 0
		for _, c := range loadCorpus(t) {
			if c.base != "../testdata/reports" {
				continue // the blind batches are checked in the format their writers gave
			}
			reports++
			path := filepath.Join("../testdata", tw.dir, c.name+tw.ext)
			if _, err := os.Stat(path); err != nil {
				continue
			}
			twins++
			txt := corpusResult(t, c)
			c.path = path
			got := corpusResult(t, c)
			if !sameText(got.Doc, txt.Doc, tw.spaces) {
				t.Errorf("%s: the text differs from the .txt", path)
			}
			want := txt.Counts
			if tw.spaces {
				want.Chars = got.Counts.Chars
			}
			if got.Doc.Format != tw.format || got.Counts != want || got.Verdict != txt.Verdict {
				t.Errorf("%s: %s %+v %s, txt %+v %s", path, got.Doc.Format, got.Counts, got.Verdict, txt.Counts, txt.Verdict)
			}
			if g, w := sortedKeys(firing(got, lint.SeverityInfo)), sortedKeys(firing(txt, lint.SeverityInfo)); strings.Join(g, ",") != strings.Join(w, ",") {
				t.Errorf("%s: fires %v, txt %v", path, g, w)
			}
		}
		if twins < reports {
			t.Errorf("testdata/%s has %d twins for %d reports", tw.dir, twins, reports)
		}
	}
}

// sameText reports whether two documents hold the same paragraphs, a
// heading's automatic label counting as its text; with spaces, runs of
// spaces count as one.
func sameText(a, b *lint.Document, spaces bool) bool {
	if len(a.Paragraphs) != len(b.Paragraphs) {
		return false
	}
	norm := func(p lint.Paragraph) string {
		s := strings.TrimSpace(p.Label + p.Text)
		if spaces {
			s = strings.Join(strings.Fields(s), " ")
		}
		return s
	}
	for i := range a.Paragraphs {
		if norm(a.Paragraphs[i]) != norm(b.Paragraphs[i]) {
			return false
		}
	}
	return true
}
