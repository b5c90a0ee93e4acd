package hans

import (
	"strings"
	"testing"
	"unicode/utf8"

	"shuzhi/lint"
)

func TestSimplify(t *testing.T) {
	simple := &lint.Document{Paragraphs: []lint.Paragraph{{Text: "我带头讲党课4次，走访党员32户。"}}}
	if got := Simplify(simple); got != simple {
		t.Error("a simplified document was copied or converted")
	}
	trad := &lint.Document{
		Paragraphs: []lint.Paragraph{{Text: "二、存在的問題", Label: "一、"}, {Text: "我對流動黨員管理不夠，著重講黨課。"}},
		Extras:     []lint.Paragraph{{Text: "臺賬見支部記錄", Kind: "footnote"}},
	}
	got := Simplify(trad)
	if got == trad {
		t.Fatal("a traditional document was not converted")
	}
	want := []string{"二、存在的问题", "我对流动党员管理不够，"}
	for i, w := range want {
		if r := []rune(got.Paragraphs[i].Text); string(r[:utf8.RuneCountInString(w)]) != w {
			t.Errorf("paragraph %d = %q, want it to start %q", i, got.Paragraphs[i].Text, w)
		}
	}
	for i, p := range got.Paragraphs {
		if utf8.RuneCountInString(p.Text) != utf8.RuneCountInString(trad.Paragraphs[i].Text) {
			t.Errorf("paragraph %d changed length: %q", i, p.Text)
		}
	}
	if got.Extras[0].Text != "台账见支部记录" {
		t.Errorf("extras not converted: %q", got.Extras[0].Text)
	}
	if trad.Paragraphs[1].Text != "我對流動黨員管理不夠，著重講黨課。" {
		t.Error("the original document was modified")
	}
}

func TestConvertKeepsRunesInPlace(t *testing.T) {
	cc, err := converter()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"著名的臺灣", "乾隆皇帝", "一隻憂鬱的臺灣烏龜", "\xff無效", ""} {
		if got := convert(cc, s); utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Errorf("convert(%q) = %q: rune count changed", s, got)
		}
	}
}

// TestLongParagraphsConvertInPieces: a paragraph far longer than one piece
// converts to the same text as its sentences one by one, rune for rune.
func TestLongParagraphsConvertInPieces(t *testing.T) {
	cc, err := converter()
	if err != nil {
		t.Fatal(err)
	}
	unit := "我們認真學習黨的二十大精神，組織黨員開展志願服務。"
	long := strings.Repeat(unit, 2000) + strings.Repeat("黨", 5000)
	got := convert(cc, long)
	want := strings.Repeat(convertPiece(cc, unit), 2000) + strings.Repeat("党", 5000)
	if got != want || utf8.RuneCountInString(got) != utf8.RuneCountInString(long) {
		t.Errorf("converted %d runes, want %d; equal %v", utf8.RuneCountInString(got), utf8.RuneCountInString(long), got == want)
	}
}
