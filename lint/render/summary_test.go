package render

import (
	"errors"
	"regexp"
	"shuzhi/checks"
	"shuzhi/config"
	"strings"
	"testing"

	"shuzhi/lint"
	"shuzhi/lint/count"
)

// defaultProfile returns the built-in default profile for all rules.
func defaultProfile(t *testing.T) *lint.Profile {
	t.Helper()
	cat, err := config.New(checks.All)
	if err != nil {
		t.Fatal(err)
	}
	prof, err := cat.Profile("default")
	if err != nil {
		t.Fatal(err)
	}
	return prof
}

// fakeResult is a reviewed document of two paragraphs, the second on line
// 3, with a verdict and findings as given.
func fakeResult(t *testing.T, verdict lint.Verdict, findings ...lint.Finding) *lint.Result {
	t.Helper()
	prof := defaultProfile(t)
	doc := &lint.Document{Paragraphs: []lint.Paragraph{
		{Text: "述职报告", Line: 1},
		{Text: "　　我带头讲党课XX次，联系群众不够。", Line: 3},
	}}
	return &lint.Result{Doc: doc, Profile: prof, Verdict: verdict, Outline: &lint.Outline{Structure: lint.StructureNone},
		Counts: count.Counts{Words: 120}, Findings: findings,
		Shares: map[lint.Role]float64{lint.RoleAchievements: 0.5, lint.RoleProblems: 0.25, lint.RoleCauses: 0.125, lint.RoleMeasures: 0.125}}
}

var (
	info     = lint.Finding{Rule: "cliches", Title: "套话偏多", Severity: lint.SeverityInfo, Message: "套话12处", Para: 1}
	errPlace = lint.Finding{Rule: "placeholder", Title: "模板占位符未填", Severity: lint.SeverityError,
		Message: "占位符“XX次”, 未填写", Suggestion: "填上实际次数", Para: 1, Start: 8, End: 11}
	errShare = lint.Finding{Rule: "problems-share", Title: "问题篇幅不足", Severity: lint.SeverityError, Message: "问题占25%", Para: 0}
	critical = lint.Finding{Rule: "no-problems", Title: "只讲成绩不讲问题", Severity: lint.SeverityCritical, Message: "没有问题部分", Para: 1}
)

// batch is a run of five files: each verdict, one unreadable file, and
// two files with the same verdict to show the order within a group.
func batch(t *testing.T) []File {
	return []File{
		{Path: "通过.txt", Result: fakeResult(t, lint.VerdictPass, info)},
		{Path: "坏.docx", Err: errors.New("坏.docx: 不是有效的 docx 文件")},
		{Path: "修改一.txt", Result: fakeResult(t, lint.VerdictRevise, info, errPlace)},
		{Path: "重写.txt", Result: fakeResult(t, lint.VerdictRewrite, info, errShare, errPlace, critical)},
		{Path: "修改二.txt", Result: fakeResult(t, lint.VerdictRevise, errShare)},
	}
}

// ansi matches the colour escape sequences of the text output.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func TestSummaryTable(t *testing.T) {
	var b strings.Builder
	if err := Text(&b, batch(t), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	i := strings.Index(out, "文件  ")
	if i < 0 {
		t.Fatalf("no summary table:\n%s", out)
	}
	lines := strings.Split(strings.TrimSuffix(out[i:], "\n"), "\n")
	want := []string{
		"文件        结论      字数  主要问题",
		"重写.txt    重写       120  只讲成绩不讲问题；问题篇幅不足；模板占位符未填 等4项",
		"修改一.txt  修改       120  模板占位符未填；套话偏多",
		"修改二.txt  修改       120  问题篇幅不足",
		"通过.txt    通过       120  套话偏多",
		"坏.docx     无法读取        坏.docx: 不是有效的 docx 文件",
		"共 5 个文件：通过 1，修改 2，重写 1，无法读取 1",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("summary table:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}

	// Colour does not shift the columns.
	var colored strings.Builder
	if err := Text(&colored, batch(t), TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	if plain := ansi.ReplaceAllString(colored.String(), ""); plain != out || plain == colored.String() {
		t.Errorf("coloured output differs from plain beyond the colours:\n%s", colored.String())
	}

	// Quiet: no passing files, no info findings.
	b.Reset()
	if err := Text(&b, batch(t), TextOptions{Quiet: true}); err != nil {
		t.Fatal(err)
	}
	out = b.String()
	if strings.Contains(out, "通过.txt") || strings.Contains(out, "套话偏多") || !strings.Contains(out, "修改一.txt  修改       120  模板占位符未填\n") {
		t.Errorf("quiet summary:\n%s", out)
	}

	// One file: no table, no count line.
	b.Reset()
	if err := Text(&b, batch(t)[:1], TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "主要问题") || strings.Contains(b.String(), "共 1 个文件") {
		t.Errorf("single file has a summary:\n%s", b.String())
	}
}

func TestRulesBySeverity(t *testing.T) {
	var ids []string
	for _, fd := range rulesBySeverity([]lint.Finding{info, errShare, errPlace, errShare, critical}, lint.SeverityError) {
		ids = append(ids, fd.Rule)
	}
	if got := strings.Join(ids, " "); got != "no-problems problems-share placeholder" {
		t.Errorf("rulesBySeverity = %s", got)
	}
}
