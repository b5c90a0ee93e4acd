package render

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"shuzhi/lint"
)

// sheetResult is a small reviewed report with three findings of one rule
// and a hostile text.
func sheetResult(t *testing.T) *lint.Result {
	t.Helper()
	doc := &lint.Document{Path: "一支部/张三.docx", Paragraphs: []lint.Paragraph{
		{Text: "张三2025年度述职报告", Line: 1}, {Text: "=HYPERLINK(\"http://x\") 我讲党课XX次。<script>", Line: 2},
	}}
	f := func(start int) lint.Finding {
		return lint.Finding{Rule: "placeholder", Title: "没有未填的模板占位符", Severity: lint.SeverityError, Para: 1, Start: start, End: start + 2,
			Message: "=SUM(A1) 未填写的占位符", Suggestion: "填上实际数字"}
	}
	return &lint.Result{Doc: doc, Profile: defaultProfile(t), Verdict: lint.VerdictRevise, Reason: "有1项需要修改",
		Outline:  &lint.Outline{Structure: lint.StructureCued},
		Shares:   map[lint.Role]float64{lint.RoleAchievements: 0.3, lint.RoleProblems: 0.4, lint.RoleMeasures: 0.3},
		Findings: []lint.Finding{f(26), f(26), f(26), f(26)}}
}

// TestSheetIsOnePageOfSafeHTML: the 审核意见单 groups a rule's findings
// with at most three places, escapes the report's text, refers to nothing
// outside itself, and is the same for the same review.
func TestSheetIsOnePageOfSafeHTML(t *testing.T) {
	r := sheetResult(t)
	var a, b bytes.Buffer
	if err := Sheet(&a, File{Path: "一支部/张三.docx", Result: r}); err != nil {
		t.Fatal(err)
	}
	if err := Sheet(&b, File{Path: "一支部/张三.docx", Result: r}); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renderings differ")
	}
	html := a.String()
	for _, want := range []string{"述职报告审核意见单", "修改", "有1项需要修改", "没有未填的模板占位符", "另有2处", "成绩", "40%", "张三.docx（一支部）"} {
		if !strings.Contains(html, want) {
			t.Errorf("sheet lacks %q", want)
		}
	}
	if strings.Count(html, "没有未填的模板占位符") != 1 {
		t.Error("a rule's findings are not grouped")
	}
	for _, bad := range []string{"<script>", "http://", "https://", "src=", "@import"} {
		if strings.Contains(html, bad) {
			t.Errorf("sheet holds %q", bad)
		}
	}
}

// TestWorkbookSheetsAndText: the workbook has its three sheets, a row per
// file and per finding, unreadable files under 未审核, and text that looks
// like a formula stays text.
func TestWorkbookSheetsAndText(t *testing.T) {
	r := sheetResult(t)
	files := []File{{Path: "一支部/张三.docx", Result: r}, {Path: "二支部/李四.pdf", Err: errors.New("二支部/李四.pdf: 不支持的格式")}}
	var a, b bytes.Buffer
	if err := Workbook(&a, files, []Skipped{{Path: "~$临时.docx", Reason: "Office 临时文件"}}); err != nil {
		t.Fatal(err)
	}
	if err := Workbook(&b, files, []Skipped{{Path: "~$临时.docx", Reason: "Office 临时文件"}}); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two workbooks differ")
	}
	x, err := excelize.OpenReader(&a)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows := map[string][][]string{}
	for _, s := range []string{"汇总", "意见", "未审核"} {
		rows[s], _ = x.GetRows(s)
	}
	if len(rows["汇总"]) != 2 || rows["汇总"][1][2] != "修改" || rows["汇总"][1][1] != "一支部" {
		t.Errorf("汇总 %v", rows["汇总"])
	}
	if len(rows["意见"]) != 5 || rows["意见"][1][5] != "=SUM(A1) 未填写的占位符" {
		t.Errorf("意见 %v", rows["意见"])
	}
	if len(rows["未审核"]) != 3 {
		t.Errorf("未审核 %v", rows["未审核"])
	}
	if f, _ := x.GetCellFormula("意见", "F2"); f != "" {
		t.Errorf("a message became the formula %q", f)
	}
	if typ, _ := x.GetCellType("意见", "F2"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("F2 is of type %v, want text", typ)
	}
	if p, _ := x.GetPanes("汇总"); !p.Freeze {
		t.Error("the header of 汇总 is not frozen")
	}
}
