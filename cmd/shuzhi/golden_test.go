package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenCases are the outputs kept as golden files: a clean headed report,
// an un-headed one, a 重写, a 三合一, placeholders, .docx input, a batch
// with its summary table, and the github, csv and sarif formats.
var goldenCases = []struct {
	name string
	args []string
}{
	{"a01-text", []string{"check", "--no-color", "testdata/reports/a01-cun-headed.txt"}},
	{"a02-json", []string{"check", "--format", "json", "testdata/reports/a02-shequ-unheaded.txt"}},
	{"a13-text", []string{"check", "--no-color", "testdata/reports/a13-cun-unitsummary.txt"}},
	{"c04-text", []string{"check", "--no-color", "--profile", "three-part", "testdata/reports/c04-jiaotong-sanheyi-pianzhong.txt"}},
	{"b12-json", []string{"check", "--format", "json", "testdata/reports/b12-qiye-zhuanxiangjia-zhanwei.txt"}},
	{"word-style-text", []string{"check", "--no-color", "lint/read/testdata/docx/word-style.docx"}},
	{"c01-stats", []string{"stats", "testdata/reports/c01-nongchang-sanheyi.txt"}},
	{"batch-quiet", []string{"check", "--no-color", "--quiet", "testdata/reports/a01-cun-headed.txt", "testdata/reports/b14-yinhang-caogao-duan.txt", "testdata/reports/a07-shequ-noproblems.txt"}},
	// The formats for CI and spreadsheets, and the summary table, on a run
	// with each verdict and a missing file.
	{"batch-text", []string{"check", "--no-color", "testdata/reports/a01-cun-headed.txt", "testdata/reports/a14-weishengyuan-heavy.txt", "testdata/reports/a13-cun-unitsummary.txt", "testdata/reports/缺失.docx", "testdata/reports/a07-shequ-noproblems.txt"}},
	{"batch-github", []string{"check", "--format", "github", "testdata/reports/a13-cun-unitsummary.txt", "testdata/reports/a01-cun-headed.txt", "testdata/reports/缺失.docx"}},
	{"batch-csv", []string{"check", "--format", "csv", "testdata/reports/a01-cun-headed.txt", "testdata/reports/a14-weishengyuan-heavy.txt", "testdata/reports/a13-cun-unitsummary.txt", "testdata/reports/缺失.docx"}},
	{"a08-sarif", []string{"check", "--format", "sarif", "testdata/reports/a08-cun-placeholder.txt"}},
}

// TestGolden compares whole outputs with testdata/golden; run
// `go test ./cmd/shuzhi -update` to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	// Paths in the output are as given, relative to the repository root.
	t.Chdir(filepath.Join("..", ".."))
	for _, gc := range goldenCases {
		_, out, errOut := shuzhi(t, gc.args...)
		got := out + errOut
		path := filepath.Join("testdata", "golden", gc.name+".txt")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v (run with -update to create it)", gc.name, err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s:\n%s", gc.name, path, firstDiff(got, string(want)))
		}
	}
}

// firstDiff shows the first line where two outputs differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, a, b)
		}
	}
	return ""
}
