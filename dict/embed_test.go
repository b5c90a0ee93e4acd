package dict

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
)

func TestEntries(t *testing.T) {
	text := "\uFEFF# header\r\n三会一课\r\n\r\n  两学一做  \n\t# indented comment\n第一责任人 300 n\n#\nlast"
	want := []string{"三会一课", "两学一做", "第一责任人 300 n", "last"}
	if got := entries(text); !slices.Equal(got, want) {
		t.Errorf("entries = %q, want %q", got, want)
	}
	if got := entries("# only comments\n\n"); len(got) != 0 {
		t.Errorf("entries of a comment-only file = %q, want none", got)
	}
}

func TestLinesMissingFile(t *testing.T) {
	if _, err := Lines("no-such-lexicon.txt"); err == nil {
		t.Error("Lines of a missing file: got no error")
	}
}

// TestLexiconFiles checks every embedded lexicon: entries are trimmed,
// not comments, and not repeated.
func TestLexiconFiles(t *testing.T) {
	names, err := fs.Glob(FS, "*.txt")
	if err != nil || !slices.Contains(names, "userdict.txt") {
		t.Fatalf("embedded files = %q, %v; want userdict.txt among them", names, err)
	}
	for _, name := range names {
		lines, err := Lines(name)
		if err != nil {
			t.Fatal(err)
		}
		seen := make(map[string]bool)
		for _, l := range lines {
			if l == "" || l != strings.TrimSpace(l) || strings.HasPrefix(l, "#") {
				t.Errorf("%s: bad entry %q", name, l)
			}
			if seen[l] {
				t.Errorf("%s: %q listed twice", name, l)
			}
			seen[l] = true
		}
	}
}

func TestUserDictSize(t *testing.T) {
	lines, err := Lines("userdict.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) < 150 {
		t.Errorf("userdict.txt has %d terms, want at least 150", len(lines))
	}
	for _, term := range []string{"三会一课", "两学一做", "第一责任人", "主体责任", "一岗双责", "主题党日"} {
		if !slices.Contains(lines, term) {
			t.Errorf("userdict.txt lacks %s", term)
		}
	}
}
