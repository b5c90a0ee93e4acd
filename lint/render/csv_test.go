package render

import (
	"encoding/csv"
	"strings"
	"testing"
)

func TestCSV(t *testing.T) {
	var b strings.Builder
	if err := CSV(&b, batch(t)); err != nil {
		t.Fatal(err)
	}
	out, ok := strings.CutPrefix(b.String(), "\uFEFF")
	if !ok {
		t.Fatal("no byte order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("does not parse back: %v\n%s", err, out)
	}
	want := [][]string{
		{"文件", "结论", "结论依据", "字数", "成绩占比(%)", "问题占比(%)", "原因占比(%)", "措施占比(%)", "整改占比(%)", "未达要求的规则", "规则编号", "无法读取或未审核原因"},
		{"通过.txt", "通过", "", "120", "50.0", "25.0", "12.5", "12.5", "0.0", "", "", ""},
		{"坏.docx", "无法读取", "", "", "", "", "", "", "", "", "", "坏.docx: 不是有效的 docx 文件"},
		{"修改一.txt", "修改", rows[3][2], "120", "50.0", "25.0", "12.5", "12.5", "0.0", rows[3][9], "placeholder", ""},
		{"重写.txt", "重写", rows[4][2], "120", "50.0", "25.0", "12.5", "12.5", "0.0", rows[4][9], "no-problems;problems-share;placeholder", ""},
		{"修改二.txt", "修改", rows[5][2], "120", "50.0", "25.0", "12.5", "12.5", "0.0", rows[5][9], "problems-share", ""},
	}
	for _, i := range []int{3, 4, 5} {
		if rows[i][9] == "" || strings.ContainsAny(rows[i][9], "abcdefghijklmnopqrstuvwxyz") {
			t.Errorf("row %d: titles %q", i, rows[i][9])
		}
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d:\n%s", len(rows), len(want), out)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d:\n got %q\nwant %q", i, rows[i], want[i])
		}
	}
}

// TestCSVFindingsAndFormulas: --csv-rows findings gives a row per finding,
// and a cell that begins like a formula is text.
func TestCSVFindingsAndFormulas(t *testing.T) {
	var b strings.Builder
	files := batch(t)
	files[0].Path = "=HYPERLINK(x).txt"
	if err := CSVFindings(&b, files, Skipped{Path: "+通知.pdf", Reason: "不是述职报告文件"}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	findings := 0
	for _, f := range files {
		if f.Result != nil {
			findings += max(len(f.Result.Findings), 1)
		} else {
			findings++
		}
	}
	if len(rows) != 1+findings+1 {
		t.Errorf("%d rows, want %d", len(rows), 2+findings)
	}
	if rows[1][0] != "'=HYPERLINK(x).txt" || rows[len(rows)-1][0] != "'+通知.pdf" || rows[len(rows)-1][1] != "未审核" {
		t.Errorf("formula-like cells: %q, %q", rows[1][0], rows[len(rows)-1])
	}
}
