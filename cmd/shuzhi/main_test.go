package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// shuzhi runs the CLI in process and returns its exit code and output.
func shuzhi(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

const (
	goodReport  = "../../testdata/reports/a01-cun-headed.txt"
	badReport   = "../../testdata/reports/a14-weishengyuan-heavy.txt" // 修改: shares
	worseReport = "../../testdata/reports/a07-shequ-noproblems.txt"   // 重写: no problems
)

func TestCheckExitCodes(t *testing.T) {
	if code, out, _ := shuzhi(t, "check", "--no-color", goodReport); code != 0 || !strings.Contains(out, "通过") {
		t.Errorf("good report: exit %d\n%s", code, out)
	}
	if code, out, _ := shuzhi(t, "check", badReport); code != 1 || !strings.Contains(out, "修改") {
		t.Errorf("bad report: exit %d\n%s", code, out)
	}
	if code, _, _ := shuzhi(t, "check", "--fail-on", "重写", badReport); code != 0 {
		t.Errorf("--fail-on 重写 on a 修改 report: exit %d, want 0", code)
	}
	if code, _, _ := shuzhi(t, "check", "--fail-on", "rewrite", worseReport); code != 1 {
		t.Errorf("--fail-on rewrite on a 重写 report: exit %d, want 1", code)
	}
	for _, args := range [][]string{
		{"check", "--fail-on", "通过", goodReport},
		{"check", "--format", "xml", goodReport},
		{"check", "--profile", "nope", goodReport},
		{"check", "--no-such-flag", goodReport},
		{"check"},
		{"explain", "no-such-rule"},
	} {
		code, _, errOut := shuzhi(t, args...)
		if code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", args, code, errOut)
		}
	}
}

func TestBatchGoesOnPastUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, goodReport, filepath.Join(dir, "a.txt"))
	if err := os.WriteFile(filepath.Join(dir, "b.docx"), []byte("not a zip at all, but named .docx"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "c.docx"), []byte("PK\x03\x04broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := shuzhi(t, "check", "--format", "json", dir)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	var run struct {
		Version int
		Files   []struct {
			Path, Verdict, Error string
		}
		Summary map[string]int
	}
	if err := json.Unmarshal([]byte(out), &run); err != nil {
		t.Fatalf("output is not one JSON document: %v\n%s", err, out)
	}
	if run.Version != 1 || len(run.Files) != 3 || run.Summary["files"] != 3 || run.Summary["unreadable"] != 1 || run.Summary["通过"] != 1 {
		t.Fatalf("unexpected run: %+v", run)
	}
	if run.Files[0].Verdict != "通过" || run.Files[2].Error == "" || !strings.Contains(run.Files[2].Error, "c.docx") {
		t.Errorf("files: %+v", run.Files)
	}
}

func TestJSONFindingsAreLocated(t *testing.T) {
	code, out, _ := shuzhi(t, "check", "--format", "json", "../../testdata/reports/a08-cun-placeholder.txt")
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	var run struct {
		Files []struct {
			WordCount int `json:"word_count"`
			Sections  []struct {
				Role  string
				Share float64
			}
			Findings []struct {
				Rule                    string
				Paragraph, Line, Column int
				EndColumn               int `json:"end_column"`
				Excerpt, Suggestion     string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &run); err != nil {
		t.Fatal(err)
	}
	lines := readLines(t, "../../testdata/reports/a08-cun-placeholder.txt")
	found := 0
	for _, f := range run.Files[0].Findings {
		if f.Rule != "placeholder" {
			continue
		}
		found++
		line := []rune(lines[f.Line-1])
		if got := string(line[f.Column-1 : f.EndColumn-1]); got != f.Excerpt {
			t.Errorf("line %d col %d-%d is %q, excerpt %q", f.Line, f.Column, f.EndColumn, got, f.Excerpt)
		}
		if f.Suggestion == "" || f.Paragraph < 1 {
			t.Errorf("finding lacks suggestion or paragraph: %+v", f)
		}
	}
	if found == 0 {
		t.Error("no placeholder findings in a08")
	}
}

func TestRulesExplainProfiles(t *testing.T) {
	_, out, _ := shuzhi(t, "rules")
	for _, id := range []string{"length-total", "no-problems", "placeholder"} {
		if !strings.Contains(out, id) {
			t.Errorf("rules output lacks %s", id)
		}
	}
	_, out, _ = shuzhi(t, "explain", "problems-share")
	for _, want := range []string{"问题和原因篇幅不少于要求", "依据", "篇三", "阈值", "30%", "错误示例", "正确示例"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = shuzhi(t, "profiles")
	for _, want := range []string{"default", "three-part", "problems-measures", "onsite-10", "onsite-8", "2000–2500字", "不超过10分钟"} {
		if !strings.Contains(out, want) {
			t.Errorf("profiles output lacks %q", want)
		}
	}
}

func TestConfigErrorExitsTwo(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, goodReport, filepath.Join(dir, "r.txt"))
	cfg := filepath.Join(dir, ".shuzhi.yaml")
	if err := os.WriteFile(cfg, []byte("shares:\n  problem_min: 0.3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := shuzhi(t, "check", filepath.Join(dir, "r.txt"))
	if code != 2 || !strings.Contains(errOut, ".shuzhi.yaml") || !strings.Contains(errOut, "shares.problem_min") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	// A valid config beside the report is picked up.
	if err := os.WriteFile(cfg, []byte("length: {max: 1000}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := shuzhi(t, "check", "--no-color", filepath.Join(dir, "r.txt"))
	if code != 1 || !strings.Contains(out, "length-total") {
		t.Errorf("config not applied: exit %d\n%s", code, out)
	}
}

func TestInputsAreNotModified(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../testdata/reports/*.txt", "../../testdata/docx/*.docx", "../../testdata/pandoc/*.docx", "../../testdata/doc/*.doc", "../../testdata/hant/*.txt"} {
		more, _ := filepath.Glob(pattern)
		files = append(files, more...)
	}
	before := map[string][]byte{}
	stat := map[string]os.FileInfo{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		before[f] = b
		stat[f], _ = os.Stat(f)
	}
	shuzhi(t, append([]string{"check", "--format", "json"}, files...)...)
	for _, f := range files {
		b, _ := os.ReadFile(f)
		st, _ := os.Stat(f)
		if !bytes.Equal(b, before[f]) || !st.ModTime().Equal(stat[f].ModTime()) {
			t.Errorf("%s was modified", f)
		}
	}
}

// eastAsian matches what Word counts as one East Asian character each.
var eastAsian = regexp.MustCompile(`[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}\x{3001}-\x{303F}\x{FF00}-\x{FFEF}\x{3200}-\x{33FF}\x{FE10}-\x{FE1F}\x{FE30}-\x{FE4F}“”‘’…—·\x{2015}]`)

// independentWords counts 字数 the way the design describes it, written
// independently of package count: East Asian characters each count one,
// and every other run of non-space characters counts one.
func independentWords(text string) int {
	text = strings.NewReplacer("\u200b", "", "\ufeff", "").Replace(text)
	n := len(eastAsian.FindAllString(text, -1))
	rest := eastAsian.ReplaceAllString(text, " ")
	return n + len(strings.Fields(strings.ReplaceAll(rest, "\u3000", " ")))
}

// wordStyleText is the body text of the hand-built Word-style fixture as
// Word shows it, without the automatic list labels (一、 （一） 1. 2.1),
// which Word does not count; the text box and footnote are not body text.
const wordStyleText = `2024年度党支部书记抓基层党建工作述职报告
根据党委安排，现将本人一年来履行基层党建工作第一责任人职责情况报告如下。
履行职责情况
抓好理论学习
全年组织集中学习12次。
通过学习强国平台组织党员线上学习，参学率100% 。
其中本人讲专题党课2次。
加强组织建设
截至2024年12月31日，支部共有党员36名，按期完成换届选举。
项目
完成情况
三会一课
按时召开
存在的问题
一是理论学习不够深入，学用结合不紧。
二是联系群众不够紧密，全年仅走访党员群众12户。
三是制度执行有差距，个别制度落实打折扣。
下一步打算
一是持续加强理论武装，每月至少开展1次集中学习。
述职人：	张三
2024-12-31`

// TestStatsMatchesAnIndependentCount checks 字数 of every report in
// testdata, .txt and .docx, against a count written in this test.
func TestStatsMatchesAnIndependentCount(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/reports/*.txt")
	if len(files) < 40 {
		t.Fatalf("only %d reports", len(files))
	}
	expected := map[string]int{"../../lint/read/testdata/docx/word-style.docx": independentWords(wordStyleText)}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		expected[f] = independentWords(string(data))
		// The LibreOffice twins (.docx, Word 97 .doc) hold the same text.
		stem := strings.TrimSuffix(filepath.Base(f), ".txt")
		for _, twin := range []string{filepath.Join("../../testdata/docx", stem+".docx"), filepath.Join("../../testdata/doc", stem+".doc")} {
			if _, err := os.Stat(twin); err == nil {
				expected[twin] = expected[f]
			}
		}
	}
	if len(expected) < 240 {
		t.Errorf("only %d files to count", len(expected))
	}
	for f, want := range expected {
		code, out, errOut := shuzhi(t, "stats", "--format", "json", f)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, errOut)
		}
		var st struct {
			Total struct {
				WordCount int `json:"word_count"`
			}
			Sections []struct {
				WordCount int `json:"word_count"`
			}
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatal(err)
		}
		if st.Total.WordCount != want {
			t.Errorf("%s: stats says %d 字, independent count %d", f, st.Total.WordCount, want)
		}
		sum := 0
		for _, s := range st.Sections {
			sum += s.WordCount
		}
		if sum != want {
			t.Errorf("%s: sections add up to %d 字, document has %d", f, sum, want)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
}
