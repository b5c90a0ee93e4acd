package render

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestSafeText(t *testing.T) {
	for in, want := range map[string]string{
		"报告.txt":            "报告.txt",
		"a\nb.txt":          `a\nb.txt`,
		"c\x1b[31mred.txt":  `c\x1B[31mred.txt`,
		"\xff\xfebad.txt":   `\xFF\xFEbad.txt`,
		"nel\u0085.txt":     `nel\u0085.txt`,
		"tab\there.txt":     `tab\x09here.txt`,
		"张三[终稿].docx":       "张三[终稿].docx",
		"percent%20ok.docx": "percent%20ok.docx",
	} {
		if got := SafeText(in); got != want {
			t.Errorf("SafeText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUnsafeNamesInOutputs: a name with a line break, an escape sequence
// or bytes that are not UTF-8 neither splits a row nor reaches the
// terminal raw, and stays traceable in JSON.
func TestUnsafeNamesInOutputs(t *testing.T) {
	names := []string{"a\nb.txt", "c\x1b[31mred.txt", "\xff\xfebad.txt"}
	var files []File
	for _, n := range names {
		files = append(files, File{Path: n, Err: errors.New(n + ": 无法读取文件")})
	}
	var text strings.Builder
	if err := Text(&text, files, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text.String(), "\x1b") || strings.Contains(text.String(), "a\nb") || strings.Contains(text.String(), "\xff") {
		t.Errorf("raw name in text output:\n%q", text.String())
	}
	var js strings.Builder
	if err := JSON(&js, files); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Files []struct {
			Path      string `json:"path"`
			PathBytes string `json:"path_bytes"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(js.String()), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Files[0].Path != "a\nb.txt" || doc.Files[2].PathBytes != "%FF%FEbad.txt" || doc.Files[2].Path != `\xFF\xFEbad.txt` {
		t.Errorf("JSON paths: %+v", doc.Files)
	}
}
