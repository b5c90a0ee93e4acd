package render

import (
	"slices"
	"strings"
	"testing"

	"shuzhi/lint"
)

func TestGitHub(t *testing.T) {
	var b strings.Builder
	if err := GitHub(&b, batch(t)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	// 8 findings, 1 unreadable file, 1 summary.
	if len(lines) != 10 {
		t.Fatalf("%d lines:\n%s", len(lines), b.String())
	}
	for _, want := range []string{
		"::warning file=通过.txt,line=3,col=3,endColumn=20,title=套话偏多 [cliches]::套话12处",
		"::error file=坏.docx,title=无法读取::坏.docx: 不是有效的 docx 文件",
		// The , in the message is data, not a separator: it stays.
		"::error file=修改一.txt,line=3,col=9,endColumn=12,title=模板占位符未填 [placeholder]::占位符“XX次”, 未填写 建议：填上实际次数",
		// % is escaped in the message.
		"::error file=修改二.txt,line=1,col=1,endColumn=5,title=问题篇幅不足 [problems-share]::问题占25%25",
		"::error file=重写.txt,line=3,col=3,endColumn=20,title=只讲成绩不讲问题 [no-problems]::没有问题部分",
	} {
		if !slices.Contains(lines, want) {
			t.Errorf("no line %q in:\n%s", want, b.String())
		}
	}
	if last := lines[len(lines)-1]; last != "::notice::共 5 个文件：通过 1，修改 2，重写 1，无法读取 1" {
		t.Errorf("last line %q", last)
	}
}

func TestGitHubEscaping(t *testing.T) {
	if got := ghProperty("a,b:c%d\r\ne"); got != "a%2Cb%3Ac%25d%0D%0Ae" {
		t.Errorf("ghProperty = %q", got)
	}
	if got := ghData("a,b:c%d\r\ne"); got != "a,b:c%25d%0D%0Ae" {
		t.Errorf("ghData = %q", got)
	}
	var b strings.Builder
	if err := GitHub(&b, []File{{Path: "报告,第1版:定稿.txt", Result: fakeResult(t, lint.VerdictPass, errPlace)}}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "::error file=报告%2C第1版%3A定稿.txt,line=3,") {
		t.Errorf("path not escaped as a property:\n%s", b.String())
	}
}
