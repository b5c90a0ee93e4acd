package read

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"shuzhi/lint"
	"shuzhi/lint/count"
)

// The .doc fixtures were written by LibreOffice (see testdata/doc/README.md).

// readDOCFixture reads testdata/doc/name through the package's public entry.
func readDOCFixture(t *testing.T, name string) *lint.Document {
	t.Helper()
	doc, err := Bytes(name, docFixture(t, name), Options{})
	if err != nil {
		t.Fatalf("Bytes(%s): %v", name, err)
	}
	if doc.Format != "doc" || doc.Path != name {
		t.Errorf("Format, Path = %q, %q; want doc, %q", doc.Format, doc.Path, name)
	}
	return doc
}

func docFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "doc", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// wantDOCError checks that err is an *Error for 报告.doc with the reason, a
// detail containing detail, and a message naming the file.
func wantDOCError(t *testing.T, err error, reason, detail string) {
	t.Helper()
	wantErrorFor(t, "报告.doc", err, reason, detail)
}

// Reports converted from plain text: the same paragraphs, the same 字数.
func TestDOCReports(t *testing.T) {
	for _, name := range []string{"a01-cun-headed", "b03-jiguan-bufen", "c01-nongchang-sanheyi"} {
		t.Run(name, func(t *testing.T) {
			doc := readDOCFixture(t, name+".doc")
			src, err := Bytes(name+".txt", docFixture(t, filepath.Join("src", name+".txt")), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Paragraphs) != len(src.Paragraphs) {
				t.Errorf("%d paragraphs, want %d", len(doc.Paragraphs), len(src.Paragraphs))
			}
			for i := range min(len(doc.Paragraphs), len(src.Paragraphs)) {
				got, want := doc.Paragraphs[i], src.Paragraphs[i]
				if got.Text != want.Text {
					t.Errorf("paragraph %d:\n got %q\nwant %q", i+1, got.Text, want.Text)
				}
				if got.Line != i+1 || got.Level != 0 || got.InTable || got.Kind != "" {
					t.Errorf("paragraph %d: %#v", i+1, got)
				}
			}
			var gotWords, wantWords int
			for _, p := range doc.Paragraphs {
				gotWords += count.Text(p.Text).Words
			}
			for _, p := range src.Paragraphs {
				wantWords += count.Text(p.Text).Words
			}
			if gotWords != wantWords || gotWords < 1000 {
				t.Errorf("字数 = %d, want %d", gotWords, wantWords)
			}
			if len(doc.Extras) != 0 {
				t.Errorf("Extras = %v, want none", doc.Extras)
			}
		})
	}
}

// A document with headings, a table, notes, fields, a text box, a header,
// a comment and tracked changes.
func TestDOCFeatures(t *testing.T) {
	doc := readDOCFixture(t, "lo-features.doc")
	checkParagraphs(t, "Paragraphs", doc.Paragraphs,
		// the deleted "（草稿，待删除）" is gone
		"|2024年度党支部书记抓基层党建工作述职报告",
		// the inserted "认真" is kept; the comment and its anchor are not text
		"|根据党委安排，现将本人一年来认真履行基层党建工作第一责任人职责情况报告如下。",
		"H1 |一、履行职责情况",
		"H2 |（一）抓好理论学习",
		// the footnote reference is dropped, and the deleted "成绩很大，问题很少。"
		"|全年组织集中学习12次，专题研讨4次。",
		// a HYPERLINK field keeps its result; the text box anchor is dropped
		"|通过共产党员网组织党员线上学习，参学率100%。",
		"|项目 [表]", "|完成情况 [表]", "|三会一课 [表]", "|按时召开 [表]", "|12次 [表]",
		"H1 |二、存在的问题",
		"|一是理论学习不够深入，学用结合不紧。",
		// a deleted paragraph, mark and all, is gone; the PAGE field keeps its result
		"|本页为第1页。",
		"|述职人：\t张三\n2024-12-31",
		// no-break hyphen (0x1E) "-", no-break space a space, soft hyphen dropped
		"|COVID-19疫情 “创新”是关键…… softhyphen",
	)
	checkParagraphs(t, "Extras", doc.Extras,
		"textbox: |重点：抓好整改落实",
		"footnote: |其中线上学习4次。",
		"endnote: |见2023年度述职报告。",
	)
	for _, p := range doc.Paragraphs {
		if strings.Contains(p.Text, "党内资料") || strings.Contains(p.Text, "批注") || strings.Contains(p.Text, "HYPERLINK") {
			t.Errorf("header, comment or field code in the body: %q", p.Text)
		}
	}
	if got := doc.Paragraphs[2].Style; got != "Heading 1" {
		t.Errorf("Style = %q, want Heading 1", got)
	}
	if got := doc.Paragraphs[0].Style; got != "Normal" {
		t.Errorf("Style = %q, want Normal", got)
	}
}

// wordDocumentAt finds the FIB of a fixture: the sector that starts with
// the Word 97 identifier.
func wordDocumentAt(t *testing.T, data []byte) int {
	t.Helper()
	for off := oleSector; off+4 <= len(data); off += oleSector {
		if bytes.HasPrefix(data[off:], []byte{0xEC, 0xA5}) {
			return off
		}
	}
	t.Fatal("no FIB found")
	return 0
}

// A password set in Word sets fEncrypted (and, for XOR obfuscation,
// fObfuscated) in the FIB, which is never encrypted itself.
func TestDOCEncryptedFIB(t *testing.T) {
	for _, flag := range []byte{0x01, 0x80} { // high byte of FibBase flags
		data := bytes.Clone(docFixture(t, "lo-features.doc"))
		data[wordDocumentAt(t, data)+11] |= flag
		doc, err := Bytes("报告.doc", data, Options{})
		if doc != nil {
			t.Errorf("flag %#x: got a document", flag)
		}
		wantDOCError(t, err, ReasonEncrypted, "打开密码")
	}
}

// A file cut inside its last sector reads as the whole; one cut by whole
// sectors reads the same text or fails cleanly.
func TestDOCTruncated(t *testing.T) {
	whole := docFixture(t, "a01-cun-headed.doc")
	want := readDOCFixture(t, "a01-cun-headed.doc")
	for _, cut := range []int{1, 100} {
		doc, err := Bytes("报告.doc", whole[:len(whole)-cut], Options{})
		if err != nil {
			t.Fatalf("cut %d bytes: %v", cut, err)
		}
		checkParagraphs(t, "Paragraphs", doc.Paragraphs, renderAll(want.Paragraphs)...)
	}
	failed := 0
	for n := len(whole) - oleSector; n > 0; n -= oleSector {
		doc, err := Bytes("报告.doc", whole[:n], Options{})
		if err != nil {
			failed++
			wantDOCError(t, err, ReasonNotDOC, "")
			continue
		}
		if len(doc.Paragraphs) != len(want.Paragraphs) {
			t.Errorf("%d bytes: %d paragraphs, want %d or an error", n, len(doc.Paragraphs), len(want.Paragraphs))
		}
	}
	if failed == 0 {
		t.Error("no truncated copy failed")
	}
}

func renderAll(ps []lint.Paragraph) []string {
	var out []string
	for _, p := range ps {
		out = append(out, render(p))
	}
	return out
}
