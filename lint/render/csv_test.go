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
		{"文件", "结论", "字数", "成绩占比(%)", "问题占比(%)", "原因占比(%)", "措施占比(%)", "整改占比(%)", "未达要求的规则", "无法读取原因"},
		{"通过.txt", "通过", "120", "50.0", "25.0", "12.5", "12.5", "0.0", "", ""},
		{"坏.docx", "无法读取", "", "", "", "", "", "", "", "坏.docx: 不是有效的 docx 文件"},
		{"修改一.txt", "修改", "120", "50.0", "25.0", "12.5", "12.5", "0.0", "placeholder", ""},
		{"重写.txt", "重写", "120", "50.0", "25.0", "12.5", "12.5", "0.0", "no-problems;problems-share;placeholder", ""},
		{"修改二.txt", "修改", "120", "50.0", "25.0", "12.5", "12.5", "0.0", "problems-share", ""},
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
