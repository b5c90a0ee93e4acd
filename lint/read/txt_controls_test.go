package read

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

// TestStrayControlsAreRemoved: UTF-8 text with NUL bytes after 。 (as a
// broken export leaves them), an ESC or a U+0085 is read as UTF-8 with
// them removed and a note, never guessed into UTF-16 garbage.
func TestStrayControlsAreRemoved(t *testing.T) {
	clean := "一、主要工作\n我主持召开支委会24次，全年讲党课4次，走访党员群众86户。讲党课4次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n"
	for name, dirty := range map[string]string{
		"NUL": strings.ReplaceAll(clean, "。", "。\x00"),
		"ESC": strings.Replace(clean, "支委会", "支委\x1b会", 1),
		"NEL": strings.Replace(clean, "党课", "党\u0085课", 1),
	} {
		doc, err := Bytes(name+".txt", []byte(dirty), Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		want, _ := Bytes("clean.txt", []byte(clean), Options{})
		if len(doc.Paragraphs) != len(want.Paragraphs) || doc.Paragraphs[1].Text != want.Paragraphs[1].Text || len(doc.Notes) != 1 {
			t.Errorf("%s: read %+v, notes %v", name, doc.Paragraphs, doc.Notes)
		}
	}
	if _, err := Bytes("bin.txt", append([]byte("我"), bytes.Repeat([]byte{0, 1, 2}, 50)...), Options{}); err == nil {
		t.Error("binary data read as text")
	}
}

// TestShiftJISIsRefused: Japanese text is refused, not decoded as GB18030.
func TestShiftJISIsRefused(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte("これは日本語のテキストです。わたしはがくせいです。\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Bytes("jp.txt", sjis, Options{})
	var re *Error
	if !errors.As(err, &re) || re.Reason != ReasonEncoding || !strings.Contains(err.Error(), "Shift-JIS") {
		t.Fatalf("err = %v", err)
	}
	gbk, err := Bytes("gbk.txt", []byte{0xce, 0xd2, 0xd6, 0xf7, 0xb3, 0xd6}, Options{}) // 我主持 in GBK
	if err != nil || gbk.Paragraphs[0].Text != "我主持" {
		t.Fatalf("GBK: %v %v", gbk, err)
	}
}
