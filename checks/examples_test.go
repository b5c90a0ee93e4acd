package checks_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/lint/outline"
	"shuzhi/review"
)

// docFromText makes a document of one paragraph per line, as the txt
// reader would.
func docFromText(text string) *lint.Document {
	d := &lint.Document{Path: "example.txt", Format: "txt"}
	for i, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			d.Paragraphs = append(d.Paragraphs, lint.Paragraph{Text: l, Line: i + 1})
		}
	}
	return d
}

// TestExamples runs every rule's bad and good example: the bad one must
// make the rule fire at its level, the good one must not.
func TestExamples(t *testing.T) {
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range checks.All {
		var bad, good int
		for i, ex := range c.Examples {
			name := "default"
			if ex.Profile != "" {
				name = ex.Profile
			}
			prof, err := rev.Catalog().Profile(name)
			if err != nil {
				t.Fatalf("%s example %d: %v", c.ID, i, err)
			}
			if ex.Override != "" {
				if prof, err = rev.Catalog().Override(prof, ex.Override); err != nil {
					t.Fatalf("%s example %d: override: %v", c.ID, i, err)
				}
			}
			ctx := lint.Context{}
			if ex.Previous != "" {
				prev := docFromText(ex.Previous)
				ol, err := outline.Build(prev, prof.Lexicons)
				if err != nil {
					t.Fatal(err)
				}
				ctx.Previous = &lint.Prior{Doc: prev, Outline: ol}
			}
			res, err := rev.Document(docFromText(ex.Text), prof, ctx)
			if ex.Reference != "" {
				res, err = withReference(t, ex)
			}
			if err != nil {
				t.Fatal(err)
			}
			fired := false
			for _, f := range res.Findings {
				if f.Rule == c.ID && f.Severity >= lint.SeverityError {
					fired = true
				}
			}
			if ex.Bad {
				bad++
			} else {
				good++
			}
			if fired != ex.Bad {
				t.Errorf("%s example %d (bad=%v): fired=%v; findings: %s", c.ID, i, ex.Bad, fired, describe(res))
			}
		}
		if bad == 0 || good == 0 {
			t.Errorf("%s: needs a bad and a good example, has %d bad and %d good", c.ID, bad, good)
		}
	}
}

// withReference reviews an example's text as a file, with its reference
// document given as --reference does.
func withReference(t *testing.T, ex lint.Example) (*lint.Result, error) {
	t.Helper()
	dir := t.TempDir()
	text, ref := filepath.Join(dir, "report.txt"), filepath.Join(dir, "template.txt")
	if err := os.WriteFile(text, []byte(ex.Text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ref, []byte(ex.Reference), 0o644); err != nil {
		t.Fatal(err)
	}
	rev, err := review.New(review.Options{Checks: checks.All, Profile: ex.Profile, References: []string{ref}})
	if err != nil {
		t.Fatal(err)
	}
	return rev.File(text)
}

// TestRuleMetadata checks that every rule is documented for `explain`.
func TestRuleMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range checks.All {
		if seen[c.ID] {
			t.Errorf("duplicate rule %s", c.ID)
		}
		seen[c.ID] = true
		if c.Title == "" || c.Source == "" || c.Doc == "" || c.Run == nil || c.Severity == lint.SeverityOff {
			t.Errorf("%s: missing title, source, doc, run or level", c.ID)
		}
		if checks.ByID(c.ID) != c {
			t.Errorf("ByID(%s) does not find it", c.ID)
		}
	}
}
