package render

import (
	"errors"
	"strings"
	"testing"

	"shuzhi/lint"
)

func TestLocate(t *testing.T) {
	doc := &lint.Document{Paragraphs: []lint.Paragraph{
		{Text: "　　我带头讲党课XX次。", Line: 3},
		{Text: "述职人：张三\n2024年X月", Line: 4},
	}}
	for _, tt := range []struct {
		f    lint.Finding
		want Position
	}{
		{lint.Finding{Para: 0, Start: 8, End: 11}, Position{Paragraph: 1, Line: 3, Column: 9, EndColumn: 12, Excerpt: "XX次"}},
		// Whole paragraph: the indentation is skipped.
		{lint.Finding{Para: 0}, Position{Paragraph: 1, Line: 3, Column: 3, EndColumn: 13, Excerpt: "我带头讲党课XX次。"}},
		// After a line break inside a paragraph, lines and columns restart.
		{lint.Finding{Para: 1, Start: 12, End: 14}, Position{Paragraph: 2, Line: 5, Column: 6, EndColumn: 8, Excerpt: "X月"}},
	} {
		if got := Locate(doc, tt.f); got != tt.want {
			t.Errorf("Locate(%+v) = %+v, want %+v", tt.f, got, tt.want)
		}
	}
}

func TestTextColorAndSummary(t *testing.T) {
	prof := defaultProfile(t)
	doc := &lint.Document{Path: "a.txt", Paragraphs: []lint.Paragraph{{Text: "我讲党课。", Line: 1}}}
	res := &lint.Result{Doc: doc, Profile: prof, Verdict: lint.VerdictRevise, Outline: &lint.Outline{Structure: lint.StructureNone},
		Shares: map[lint.Role]float64{}, Findings: []lint.Finding{{Rule: "x", Title: "标题", Severity: lint.SeverityError, Message: "说明"}}}
	files := []File{{Path: "a.txt", Result: res}, {Path: "b.docx", Err: errors.New("b.docx: 不是有效的 docx 文件")}}
	var plain, colored strings.Builder
	if err := Text(&plain, files, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Text(&colored, files, TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b[") || !strings.Contains(colored.String(), "\x1b[") {
		t.Error("colour is not controlled by TextOptions.Color")
	}
	for _, want := range []string{"a.txt  修改", "第1段 1:1", "说明", "无法读取", "共 2 个文件", "无法读取 1"} {
		if !strings.Contains(plain.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, plain.String())
		}
	}
	if s := Summarize(files); s != (Summary{Files: 2, Revise: 1, Unreadable: 1}) {
		t.Errorf("Summarize = %+v", s)
	}
}
