package lint_test

import (
	"strings"
	"testing"

	"shuzhi/config"
	"shuzhi/lint"
	"shuzhi/lint/outline"
)

// itemsOf builds a document from lines and returns the texts of the items
// of a role.
func itemsOf(t *testing.T, role lint.Role, lines ...string) []string {
	t.Helper()
	doc := &lint.Document{}
	for i, l := range lines {
		doc.Paragraphs = append(doc.Paragraphs, lint.Paragraph{Text: l, Line: i + 1})
	}
	set, err := config.Lexicons()
	if err != nil {
		t.Fatal(err)
	}
	ol, err := outline.Build(doc, set)
	if err != nil {
		t.Fatal(err)
	}
	prof := &lint.Profile{Name: "test", Lexicons: set}
	var out []string
	lint.Run(doc, ol, prof, lint.Context{}, []*lint.Check{{ID: "items", Severity: lint.SeverityInfo, Run: func(p *lint.Pass) {
		for _, it := range p.Items(role) {
			out = append(out, it.Text)
		}
	}}}, nil)
	return out
}

func TestItems(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"inline enumerators after an intro", []string{
			"二、存在的问题",
			"对照要求，存在的问题主要有以下几点：一是我调研少，全年只去了3次。二是组织生活质量不高。",
		}, []string{"一是我调研少，全年只去了3次。", "二是组织生活质量不高。"}},
		{"titled items with bodies", []string{
			"二、存在的问题",
			"（一）党员队伍老化",
			"全村56名党员中60岁以上31名。",
			"（二）组织生活质量不高",
			"支部会议多是念文件。",
		}, []string{"（一）党员队伍老化全村56名党员中60岁以上31名。", "（二）组织生活质量不高支部会议多是念文件。"}},
		{"inline headings", []string{
			"二、存在的问题",
			"（一）调研不够。我全年只去了3次。",
			"（二）学习不实。笔记以摘抄为主。",
		}, []string{"（一）调研不够。我全年只去了3次。", "（二）学习不实。笔记以摘抄为主。"}},
		{"group headings over inline points are no items", []string{
			"二、存在的问题",
			"（一）党建工作方面",
			"一是三会一课不规范。二是发展党员滞后。",
		}, []string{"一是三会一课不规范。", "二是发展党员滞后。"}},
		{"marked paragraphs too long to be headings", []string{
			"三、下一步打算",
			"（一）进一步加强理论学习，不断提高党员干部的政治素质和理论水平。",
			"（二）大力发展集体经济。",
			"（三）持续加强基层组织建设，切实发挥党支部战斗堡垒作用和党员先锋模范作用。",
		}, []string{"（一）进一步加强理论学习，不断提高党员干部的政治素质和理论水平。", "（二）大力发展集体经济。", "（三）持续加强基层组织建设，切实发挥党支部战斗堡垒作用和党员先锋模范作用。"}},
		{"plain paragraphs", []string{
			"存在的问题主要有：",
			"在职党员作用发挥冷热不均。38名党员全年服务不足2次。",
			"网格支部建设不平衡。",
		}, []string{"在职党员作用发挥冷热不均。38名党员全年服务不足2次。", "网格支部建设不平衡。"}},
	}
	for _, tt := range tests {
		role := lint.RoleProblems
		if strings.Contains(tt.lines[0], "下一步") {
			role = lint.RoleMeasures
		}
		got := itemsOf(t, role, tt.lines...)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	text := "　　我讲党课4次。走访32户；解决问题！最后一句"
	var got []string
	for _, s := range lint.Sentences(text, 0, 100) {
		got = append(got, lint.RuneSlice(text, s[0], s[1]))
	}
	if want := "我讲党课4次。|走访32户；|解决问题！|最后一句"; strings.Join(got, "|") != want {
		t.Errorf("Sentences = %q, want %q", strings.Join(got, "|"), want)
	}
}
