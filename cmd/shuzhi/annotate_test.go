package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"shuzhi/internal/ziptest"
	"shuzhi/lint/annotate"
)

// jsonReview is the part of the JSON output the annotate tests compare.
type jsonReview struct {
	Files []struct {
		Path      string `json:"path"`
		Verdict   string `json:"verdict"`
		WordCount int    `json:"word_count"`
		Findings  []struct {
			Rule      string `json:"rule"`
			Paragraph int    `json:"paragraph"`
			Column    int    `json:"column"`
			EndColumn int    `json:"end_column"`
			Message   string `json:"message"`
		} `json:"findings"`
	} `json:"files"`
}

func checkJSON(t *testing.T, path string) jsonReview {
	t.Helper()
	_, out, errOut := shuzhi(t, "check", "--format", "json", path)
	var r jsonReview
	if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Files) != 1 {
		t.Fatalf("%s: %v\n%s", path, err, errOut)
	}
	return r
}

// sameReview compares two reviews but for the path.
func sameReview(a, b jsonReview) bool {
	x, y := a.Files[0], b.Files[0]
	x.Path, y.Path = "", ""
	bx, _ := json.Marshal(x)
	by, _ := json.Marshal(y)
	return bytes.Equal(bx, by)
}

// TestAnnotateWritesCopiesSheetsAndWorkbook: annotate --output-dir writes
// an annotated copy and a 审核意见单 per report and one workbook; the
// originals are untouched; each copy reads back to the same 字数 and
// findings (comments are not counted); a second run gives the same bytes;
// annotating a copy replaces shuzhi's comments instead of stacking them.
func TestAnnotateWritesCopiesSheetsAndWorkbook(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "各支部")
	reports := map[string]string{
		"a09-yiyuan-vague.txt":     "../../testdata/reports/a09-yiyuan-vague.txt",
		"a14-weishengyuan.docx":    "../../testdata/docx/a14-weishengyuan-heavy.docx",
		"b12-qiye-zhanwei.docx":    "../../testdata/docx/b12-qiye-zhuanxiangjia-zhanwei.docx",
		"a01-cun-headed-word.docx": "../../testdata/docx/a01-cun-headed.docx",
	}
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	before := map[string][]byte{}
	for name, src := range reports {
		copyFile(t, src, filepath.Join(in, name))
		before[name], _ = os.ReadFile(filepath.Join(in, name))
	}
	out := filepath.Join(dir, "结果")
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	code, stdout, stderr := shuzhi(t, "annotate", "--output-dir", "结果", "各支部")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	for name := range reports {
		if now, _ := os.ReadFile(filepath.Join(in, name)); !bytes.Equal(now, before[name]) {
			t.Errorf("%s was modified", name)
		}
		base := strings.TrimSuffix(name, filepath.Ext(name))
		copyPath := filepath.Join(out, "各支部", base+".审核.docx")
		if _, err := os.Stat(filepath.Join(out, "各支部", base+".审核意见.html")); err != nil {
			t.Errorf("no 审核意见单 for %s: %v", name, err)
		}
		orig, annotated := checkJSON(t, filepath.Join(in, name)), checkJSON(t, copyPath)
		if !sameReview(orig, annotated) {
			t.Errorf("%s: the annotated copy reviews differently:\n%+v\n%+v", name, orig.Files[0], annotated.Files[0])
		}
	}
	first := readTree(t, out)
	if code, _, stderr := shuzhi(t, "annotate", "--output-dir", "结果", "各支部"); code != 0 {
		t.Fatalf("second run: exit %d\n%s", code, stderr)
	}
	if again := readTree(t, out); len(again) != len(first) {
		t.Errorf("second run wrote %d files, first %d", len(again), len(first))
	} else {
		for name, b := range first {
			if !bytes.Equal(b, again[name]) {
				t.Errorf("%s differs between two runs", name)
			}
		}
	}
	// Annotating an annotated copy does not stack comments.
	copyPath := filepath.Join(out, "各支部", "a14-weishengyuan.审核.docx")
	if code, _, stderr := shuzhi(t, "annotate", "--output-dir", "再审", copyPath); code != 0 {
		t.Fatalf("annotating a copy: exit %d\n%s", code, stderr)
	}
	twice := readTree(t, filepath.Join(dir, "再审"))
	var docx []byte
	for name, b := range twice {
		if strings.HasSuffix(name, ".审核.docx") {
			docx = b
		}
	}
	if got, want := countComments(t, docx), countComments(t, first[filepath.Join("各支部", "a14-weishengyuan.审核.docx")]); got != want || got == 0 {
		t.Errorf("annotated twice: %d comments, want %d", got, want)
	}
	checkWorkbook(t, filepath.Join(out, "汇总.xlsx"), len(reports))
}

// TestAnnotateNeverOverwritesAnInput: beside the originals, a report whose
// copy would be the file itself (it is already 原名.审核.docx) is refused.
func TestAnnotateNeverOverwritesAnInput(t *testing.T) {
	dir := t.TempDir()
	copyPath := filepath.Join(dir, "张三.审核.docx")
	copyFile(t, "../../testdata/docx/a01-cun-headed.docx", copyPath)
	before, _ := os.ReadFile(copyPath)
	code, _, stderr := shuzhi(t, "annotate", copyPath)
	if code != 2 || !strings.Contains(stderr, "不会被覆盖") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if now, _ := os.ReadFile(copyPath); !bytes.Equal(now, before) {
		t.Error("the input was overwritten")
	}
	// check --annotate writes the copy beside the original.
	orig := filepath.Join(dir, "李四.txt")
	copyFile(t, "../../testdata/reports/a01-cun-headed.txt", orig)
	if code, _, stderr := shuzhi(t, "check", "--annotate", orig); code != 0 {
		t.Fatalf("check --annotate: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "李四.审核.docx")); err != nil {
		t.Error(err)
	}
}

func readTree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			rel, _ := filepath.Rel(root, p)
			out[rel], _ = os.ReadFile(p)
		}
		return nil
	})
	return out
}

// countComments counts shuzhi's comments in an annotated copy.
func countComments(t *testing.T, docx []byte) int {
	t.Helper()
	for name, b := range ziptest.Parts(t, docx) {
		if name == "word/comments.xml" {
			return strings.Count(string(b), `w:author="shuzhi"`)
		}
	}
	return 0
}

// checkWorkbook reads the workbook back: three sheets, one row per report
// and per finding, cells that begin with = stored as text.
func checkWorkbook(t *testing.T, path string, reports int) {
	t.Helper()
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if got := strings.Join(x.GetSheetList(), ","); got != "汇总,意见,未审核" {
		t.Errorf("sheets %s", got)
	}
	rows, _ := x.GetRows("汇总")
	if len(rows) != reports+1 || rows[0][2] != "结论" {
		t.Errorf("汇总: %d rows, header %v", len(rows), rows[0])
	}
	findings, _ := x.GetRows("意见")
	if len(findings) < 2 {
		t.Errorf("意见: %d rows", len(findings))
	}
	for _, sheet := range x.GetSheetList() {
		rows, _ := x.GetRows(sheet)
		for r := range rows {
			for c := range rows[r] {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if f, _ := x.GetCellFormula(sheet, ref); f != "" {
					t.Errorf("%s!%s holds a formula %q", sheet, ref, f)
				}
			}
		}
	}
}

// TestFormatXLSXAndOutputFile: --format xlsx -o writes the workbook, -o
// writes any format to a file, and an input is never the output.
func TestFormatXLSXAndOutputFile(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "汇总.xlsx")
	if code, _, stderr := shuzhi(t, "check", "--format", "xlsx", "-o", book, goodReport, badReport); code != 1 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	checkWorkbook(t, book, 2)
	js := filepath.Join(dir, "r.json")
	if code, stdout, _ := shuzhi(t, "check", "--format", "json", "-o", js, goodReport); code != 0 || stdout != "" {
		t.Errorf("-o json: exit %d, stdout %q", code, stdout)
	}
	var r jsonReview
	if err := json.Unmarshal(mustRead(t, js), &r); err != nil || len(r.Files) != 1 {
		t.Errorf("-o json wrote %v", err)
	}
	in := filepath.Join(dir, "张三.txt")
	copyFile(t, goodReport, in)
	if code, _, stderr := shuzhi(t, "check", "-o", in, in); code != 2 || !strings.Contains(stderr, "不会被覆盖") {
		t.Errorf("-o onto the input: exit %d, %q", code, stderr)
	}
}

// TestFilesDroppedOnTheProgram: files dropped on shuzhi.exe are checked,
// each annotated copy is written beside its report and 汇总.xlsx beside
// the first, the window says where and waits for Enter.
func TestFilesDroppedOnTheProgram(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "张三.txt"), filepath.Join(dir, "李四.docx")
	copyFile(t, goodReport, a)
	copyFile(t, "../../testdata/docx/a14-weishengyuan-heavy.docx", b)
	var out, errOut bytes.Buffer
	code := runLaunched([]string{a, b}, strings.NewReader("\n"), &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out.String(), errOut.String())
	}
	for _, name := range []string{"张三.审核.docx", "李四.审核.docx", "汇总.xlsx"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	if !strings.Contains(out.String(), "按回车键关闭窗口") || !strings.Contains(out.String(), filepath.Join(dir, "汇总.xlsx")) {
		t.Errorf("output:\n%s", out.String())
	}
	checkWorkbook(t, filepath.Join(dir, "汇总.xlsx"), 2)
}

// TestNothingSkippedSilently: a folder's files that are not reports are
// listed as 未审核 with the cause in text, JSON, CSV, SARIF and GitHub
// output and in the workbook; Office lock files are only counted; a
// file named with [ ] is taken literally.
func TestNothingSkippedSilently(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, goodReport, filepath.Join(dir, "张三[终稿].txt"))
	for name, content := range map[string]string{"通知.pdf": "%PDF-1.4", "~$张三.docx": "lock", "名单.xlsx": "PK"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(t, "../../testdata/docx/a01-cun-headed.docx", filepath.Join(dir, "李四.审核.docx"))
	_, text, _ := shuzhi(t, "check", "--no-color", dir)
	for _, want := range []string{"未审核 3 个文件", "通知.pdf", "不是述职报告文件（.pdf", "名单.xlsx", "李四.审核.docx", "shuzhi 生成的审核稿", "另有 1 个 Office 临时文件"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	_, js, _ := shuzhi(t, "check", "--format", "json", dir)
	var run struct {
		Skipped []struct{ Path, Reason string } `json:"skipped"`
		Summary map[string]int                  `json:"summary"`
	}
	if err := json.Unmarshal([]byte(js), &run); err != nil || len(run.Skipped) != 4 || run.Summary["skipped"] != 4 {
		t.Errorf("JSON skipped %v (%v), summary %v", run.Skipped, err, run.Summary)
	}
	for format, want := range map[string]string{"csv": "未审核", "sarif": "未审核：不是述职报告文件", "github": "::warning file="} {
		if _, out, _ := shuzhi(t, "check", "--format", format, dir); !strings.Contains(out, want) || !strings.Contains(out, "通知.pdf") {
			t.Errorf("%s output lacks the skipped files:\n%s", format, out)
		}
	}
	book := filepath.Join(t.TempDir(), "汇总.xlsx")
	shuzhi(t, "check", "--format", "xlsx", "-o", book, dir)
	x, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if rows, _ := x.GetRows("未审核"); len(rows) != 5 {
		t.Errorf("未审核 sheet: %v", rows)
	}
	if code, _, stderr := shuzhi(t, "check", filepath.Join(dir, "张三[终稿].txt")); code != 0 {
		t.Errorf("a name with [ ]: exit %d %s", code, stderr)
	}
}

// TestHelpAndErrorsAreChinese: help, usage, flag and argument errors and
// unknown commands speak Chinese, with a suggestion for a typo.
func TestHelpAndErrorsAreChinese(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"check", "--help"}, {"stats", "-h"}, {"chek"}, {"check"}, {"explain"}, {"help", "check"}, {"help", "nosuch"},
		{"check", "--config", "/nonexistent/.shuzhi.yaml", goodReport},
		{"check", "--formt", "json", goodReport}, {"check", "--jobs", "x", goodReport}, {"rules", "x"}} {
		_, out, errOut := shuzhi(t, args...)
		text := out + errOut
		for _, english := range []string{"Usage:", "Flags:", "Available Commands", "unknown", "(default", "requires", "help for", "[flags]", "Did you mean", "no such file", "open "} {
			if strings.Contains(text, english) {
				t.Errorf("shuzhi %v says %q:\n%s", args, english, text)
			}
		}
	}
	if _, out, _ := shuzhi(t, "help", "check"); !strings.Contains(out, "审核一份或多份述职报告") {
		t.Errorf("help check: %q", out)
	}
	if _, _, errOut := shuzhi(t, "chek"); !strings.Contains(errOut, "是不是要用：check") {
		t.Errorf("no suggestion for chek: %q", errOut)
	}
	if _, out, _ := shuzhi(t, "--version"); !strings.HasPrefix(out, "shuzhi ") || !strings.Contains(out, "词典") {
		t.Errorf("--version: %q", out)
	}
}

// TestPreviousPairedByName: --previous DIR finds 2024年张三述职报告.txt
// for 2025年张三述职报告（终稿）.txt, and says so when a report has none.
func TestPreviousPairedByName(t *testing.T) {
	dir := t.TempDir()
	prev, cur := filepath.Join(dir, "上年"), filepath.Join(dir, "本年")
	os.MkdirAll(prev, 0o755)
	os.MkdirAll(cur, 0o755)
	copyFile(t, goodReport, filepath.Join(prev, "2024年张三述职报告.txt"))
	copyFile(t, goodReport, filepath.Join(cur, "2025年张三述职报告（终稿）.txt"))
	copyFile(t, badReport, filepath.Join(cur, "李四述职报告.txt"))
	_, out, _ := shuzhi(t, "check", "--no-color", "--previous", prev, cur)
	// The same text as last year: its problems repeat, which last-year reports.
	if !strings.Contains(out, "与上年度报告第9段的问题") {
		t.Errorf("张三 was not compared with last year:\n%s", out)
	}
	if !strings.Contains(out, "上年度报告文件夹中没有与本报告对应的文件") {
		t.Errorf("李四's missing counterpart is not said:\n%s", out)
	}
}

// TestShellCompletion: the completion scripts are written, and profiles
// and rule ids complete.
func TestShellCompletion(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		if code, out, _ := shuzhi(t, "completion", sh); code != 0 || !strings.Contains(out, "shuzhi") {
			t.Errorf("completion %s: exit %d", sh, code)
		}
	}
	if _, out, _ := shuzhi(t, "__complete", "check", "--profile", ""); !strings.Contains(out, "three-part\t三合一") {
		t.Errorf("--profile completion: %q", out)
	}
	if _, out, _ := shuzhi(t, "__complete", "explain", ""); !strings.Contains(out, "subjective-causes") {
		t.Errorf("explain completion: %q", out)
	}
}

// TestStatsOfSeveralFiles: stats counts several files, a JSON array for
// them, and says which one could not be read (exit 2).
func TestStatsOfSeveralFiles(t *testing.T) {
	code, out, errOut := shuzhi(t, "stats", goodReport, "缺失.txt", badReport)
	if code != 2 || strings.Count(out, "全文") != 2 || !strings.Contains(errOut, "缺失.txt") {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}
	_, js, _ := shuzhi(t, "stats", "--format", "json", goodReport, badReport)
	var all []struct {
		Path  string `json:"path"`
		Total struct {
			Words int `json:"word_count"`
		} `json:"total"`
	}
	if err := json.Unmarshal([]byte(js), &all); err != nil || len(all) != 2 || all[0].Total.Words != 1702 {
		t.Errorf("JSON %v: %s", err, js)
	}
}

// TestSinceAnEarlierDraft: --since marks each finding 新增 or 未改 and
// lists the old draft's findings that are gone as 已改, in text and JSON.
func TestSinceAnEarlierDraft(t *testing.T) {
	old := "../../testdata/reports/a09-yiyuan-vague.txt"
	src, _ := os.ReadFile(old)
	fixed := strings.Replace(string(src), "一是理论学习不够系统深入。本人学习的主动性还有待提高，学用结合还有差距，运用理论指导实践的能力有待进一步加强。",
		"一是理论学习不够系统。全年12次中心组学习我缺席3次，9月起读书笔记中断两个月。", 1)
	draft := filepath.Join(t.TempDir(), "新稿.txt")
	os.WriteFile(draft, []byte(fixed), 0o644)
	_, text, _ := shuzhi(t, "check", "--no-color", "--since", old, draft)
	if !strings.Contains(text, "〔未改〕") || !strings.Contains(text, "〔已改〕旧稿第5段") || !strings.Contains(text, "新增 0 条，未改 4 条，已改 1 条") {
		t.Errorf("text:\n%s", text)
	}
	_, js, _ := shuzhi(t, "check", "--format", "json", "--since", old, draft)
	var run struct {
		Files []struct {
			Findings []struct{ Since string } `json:"findings"`
			Since    struct {
				Fixed []struct{ Rule string } `json:"fixed"`
			} `json:"since"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(js), &run); err != nil || len(run.Files[0].Since.Fixed) != 1 || run.Files[0].Findings[0].Since != "未改" {
		t.Errorf("JSON %v: %s", err, js)
	}
	if code, _, errOut := shuzhi(t, "check", "--since", old, draft, goodReport); code != 2 || !strings.Contains(errOut, "只能和一份报告") {
		t.Errorf("--since with two reports: exit %d %q", code, errOut)
	}
}

// TestWaivers: a waiver in .shuzhi.yaml accepts a finding with its reason
// (已豁免, not counted for the verdict); a waiver without a reason is a
// config error; one that matches nothing is said.
func TestWaivers(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "一支部"), 0o755)
	copyFile(t, badReport, filepath.Join(dir, "一支部", "张三.txt"))
	write := func(cfg string) {
		if err := os.WriteFile(filepath.Join(dir, ".shuzhi.yaml"), []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("waivers:\n  - file: 一支部/张三.txt\n    rule: achievements-share\n    reason: 审核组同意\n  - file: 一支部/张三.txt\n    rule: problems-share\n    reason: 另行整改\n  - rule: cliches\n    reason: 不会匹配\n")
	code, out, errOut := shuzhi(t, "check", "--no-color", dir)
	if code != 0 || !strings.Contains(out, "通过") || strings.Count(out, "已豁免") != 2 || !strings.Contains(out, "豁免理由：审核组同意") {
		t.Errorf("waived: exit %d\n%s", code, out)
	}
	if !strings.Contains(errOut, "第 8 行的豁免（规则 cliches）没有匹配任何意见") {
		t.Errorf("unused waiver not said: %q", errOut)
	}
	_, js, _ := shuzhi(t, "check", "--format", "json", dir)
	if !strings.Contains(js, `"waived": "审核组同意"`) || !strings.Contains(js, `"verdict": "通过"`) {
		t.Errorf("JSON:\n%s", js)
	}
	write("waivers:\n  - rule: achievements-share\n")
	if code, _, errOut := shuzhi(t, "check", dir); code != 2 || !strings.Contains(errOut, "豁免必须写明理由") {
		t.Errorf("a waiver without a reason: exit %d %q", code, errOut)
	}
	write("waivers:\n  - rule: no-such-rule\n    reason: x\n")
	if code, _, errOut := shuzhi(t, "check", dir); code != 2 || !strings.Contains(errOut, "不存在") {
		t.Errorf("a waiver of an unknown rule: exit %d %q", code, errOut)
	}
}

// TestSourcesInSimplifiedCharacters: profiles and explain quote the plans
// in simplified characters and say which plans 篇一 … 篇七 are.
func TestSourcesInSimplifiedCharacters(t *testing.T) {
	for _, args := range [][]string{{"profiles"}, {"explain", "length-total"}} {
		_, out, _ := shuzhi(t, args...)
		for _, traditional := range []string{"數", "內", "問題", "職", "報告", "績", "過"} {
			if strings.Contains(out, traditional) {
				t.Errorf("shuzhi %v quotes %q in traditional characters", args, traditional)
			}
		}
		if !strings.Contains(out, "《2023年述职评议考核工作方案（7篇）》") {
			t.Errorf("shuzhi %v does not name the plans", args)
		}
	}
}

// TestWaiverInAWordComment: a Word comment "shuzhi:忽略 规则 理由" on the
// flagged text waives that rule's findings there; one without a reason,
// or on text with no such finding, is noted and waives nothing.
func TestWaiverInAWordComment(t *testing.T) {
	const src = "../../testdata/docx/a14-weishengyuan-heavy.docx"
	data := mustRead(t, src)
	var before jsonReview
	_, js, _ := shuzhi(t, "check", "--format", "json", src)
	if err := json.Unmarshal([]byte(js), &before); err != nil {
		t.Fatal(err)
	}
	para := -1
	for _, fd := range before.Files[0].Findings {
		if fd.Rule == "achievements-share" {
			para = fd.Paragraph - 1
		}
	}
	if para < 0 {
		t.Fatal("the fixture has no achievements-share finding")
	}
	dir := t.TempDir()
	withComments := func(name string, lines ...string) string {
		var cs []annotate.Comment
		for _, l := range lines {
			cs = append(cs, annotate.Comment{Para: para, Start: 0, End: 4, Lines: []string{l}})
		}
		out, err := annotate.DOCX(src, data, cs)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		os.WriteFile(p, out, 0o644)
		return p
	}
	waived := withComments("豁免.docx", "shuzhi:忽略 achievements-share 本年度专项任务多，审核组同意")
	_, out, _ := shuzhi(t, "check", "--no-color", waived)
	if !strings.Contains(out, "已豁免  成绩篇幅过长") || !strings.Contains(out, "豁免理由：本年度专项任务多，审核组同意") || strings.Contains(out, "结论依据：有2项") {
		t.Errorf("waived by a comment:\n%s", out)
	}
	noted := withComments("无理由.docx", "shuzhi：忽略 achievements-share", "shuzhi:忽略 placeholder 不存在的意见")
	_, out, _ = shuzhi(t, "check", "--no-color", noted)
	if strings.Contains(out, "已豁免") || !strings.Contains(out, "没有写理由，未豁免") || !strings.Contains(out, "批注豁免（规则 placeholder）没有匹配任何意见") {
		t.Errorf("bad comment waivers:\n%s", out)
	}
}

// TestPreviousPairedByTitle: when file names do not pair two reports, the
// unit and author in their titles do.
func TestPreviousPairedByTitle(t *testing.T) {
	dir := t.TempDir()
	prev, cur := filepath.Join(dir, "上年"), filepath.Join(dir, "本年")
	os.MkdirAll(prev, 0o755)
	os.MkdirAll(cur, 0o755)
	src, _ := os.ReadFile(goodReport) // title: 2025年度青石岭村党支部书记抓基层党建工作述职报告
	os.WriteFile(filepath.Join(prev, "材料一.txt"), []byte(strings.Replace(string(src), "2025年度", "2024年度", 1)), 0o644)
	copyFile(t, badReport, filepath.Join(prev, "材料二.txt"))
	copyFile(t, goodReport, filepath.Join(cur, "提交稿.txt"))
	_, out, _ := shuzhi(t, "check", "--no-color", "--previous", prev, cur)
	if !strings.Contains(out, "与上年度报告第9段的问题") {
		t.Errorf("not paired by title:\n%s", out)
	}
}
