package read

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"shuzhi/lint"
)

// readFixture reads testdata/docx/name through the package's public entry.
func readFixture(t *testing.T, name string) *lint.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "docx", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Bytes(name, data, Options{})
	if err != nil {
		t.Fatalf("Bytes(%s): %v", name, err)
	}
	if doc.Format != "docx" || doc.Path != name {
		t.Errorf("Format, Path = %q, %q; want docx, %q", doc.Format, doc.Path, name)
	}
	return doc
}

// render shows a paragraph on one line: "H1 一、|履行职责情况", with
// " [表]" for table cells and a "kind: " prefix for extras.
func render(p lint.Paragraph) string {
	s := p.Label + "|" + p.Text
	if p.Level > 0 {
		s = fmt.Sprintf("H%d %s", p.Level, s)
	}
	if p.InTable {
		s += " [表]"
	}
	if p.Kind != "" {
		s = p.Kind + ": " + s
	}
	return s
}

// checkParagraphs compares rendered paragraphs and checks their Line
// numbers run 1, 2, 3 ….
func checkParagraphs(t *testing.T, what string, got []lint.Paragraph, want ...string) {
	t.Helper()
	var lines []string
	for i, p := range got {
		lines = append(lines, render(p))
		if p.Line != i+1 {
			t.Errorf("%s[%d].Line = %d, want %d", what, i, p.Line, i+1)
		}
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("%s:\ngot\n\t%s\nwant\n\t%s", what, strings.Join(lines, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestDOCXWordStyle(t *testing.T) {
	doc := readFixture(t, "word-style.docx")
	p := func(text, label string, level int, style string, inTable bool) lint.Paragraph {
		return lint.Paragraph{Text: text, Label: label, Level: level, Style: style, InTable: inTable}
	}
	want := []lint.Paragraph{
		p("2024年度党支部书记抓基层党建工作述职报告", "", 0, "Title", false),
		// tracked insertion kept, tracked deletion dropped
		p("根据党委安排，现将本人一年来履行基层党建工作第一责任人职责情况报告如下。", "", 0, "Normal", false),
		// styleId "1" is only a name: the heading comes from w:name "heading 1",
		// the label from the style's numPr and chineseCounting
		p("履行职责情况", "一、", 1, "heading 1", false),
		p("抓好理论学习", "（一）", 2, "heading 2", false),
		p("全年组织集中学习12次。", "1.", 0, "List Paragraph", false),
		p("通过学习强国平台组织党员线上学习，参学率100% 。", "2.", 0, "List Paragraph", false), // hyperlink
		p("其中本人讲专题党课2次。", "2.1", 0, "List Paragraph", false),              // %1.%2, numFmt from mc:Fallback
		p("加强组织建设", "（二）", 2, "heading 2", false),
		p("截至2024年12月31日，支部共有党员36名，按期完成换届选举。", "", 0, "Normal", false), // DATE field result only
		p("项目", "", 0, "Normal", true),
		p("完成情况", "", 0, "Normal", true),
		p("三会一课", "", 0, "Normal", true),
		p("按时召开", "", 0, "Normal", true),
		// a custom style based on "1": level and numbering inherited, level 2 restarted
		p("存在的问题", "二、", 1, "报告标题一", false),
		p("一是理论学习不够深入，学用结合不紧。", "", 0, "Normal", false),       // block content control
		p("二是联系群众不够紧密，全年仅走访党员群众12户。", "", 0, "Normal", false), // fldSimple result
		// the text box (and its mc:Fallback twin) and the footnote reference are not body text
		p("三是制度执行有差距，个别制度落实打折扣。", "", 0, "Normal", false),
		// the paragraph deleted with its mark is gone
		p("下一步打算", "三、", 1, "heading 1", false),
		p("一是持续加强理论武装，每月至少开展1次集中学习。", "", 0, "Normal", false), // inline content control
		p("述职人：\t张三\n2024-12-31", "", 0, "Normal", false),
	}
	for i := range want {
		want[i].Line = i + 1
	}
	if !reflect.DeepEqual(doc.Paragraphs, want) {
		for i := range max(len(doc.Paragraphs), len(want)) {
			var g, w lint.Paragraph
			if i < len(doc.Paragraphs) {
				g = doc.Paragraphs[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if g != w {
				t.Errorf("paragraph %d:\n got %#v\nwant %#v", i+1, g, w)
			}
		}
	}
	wantExtras := []lint.Paragraph{
		{Text: "重点：抓好整改落实", Line: 1, Style: "Normal", Kind: "textbox"},
		{Text: " 台账见支部2024年度党建工作记录。", Line: 2, Style: "footnote text", Kind: "footnote"},
	}
	if !reflect.DeepEqual(doc.Extras, wantExtras) {
		t.Errorf("Extras:\n got %#v\nwant %#v", doc.Extras, wantExtras)
	}
}

// A minimal package around a document body, for tests of the walker.

const docNamespaces = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const (
	testContentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
	testPackageRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
	testDocumentRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="/word/numbering.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>` +
		`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>`
)

// zipParts builds a zip from name/content pairs, in order.
func zipParts(t testing.TB, pairs ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(pairs); i += 2 {
		// Stored, not deflated: the fuzzer builds a package per input.
		w, err := zw.CreateHeader(&zip.FileHeader{Name: pairs[i], Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(pairs[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// document wraps body in a w:document.
func document(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + docNamespaces + `><w:body>` + body + `</w:body></w:document>`
}

// wrapPart wraps inner in the root element of a styles, numbering or notes part.
func wrapPart(root, inner string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:` + root + ` ` + docNamespaces + `>` + inner + `</w:` + root + `>`
}

// docxWith builds a package around body; extra adds parts (name, content),
// e.g. "word/styles.xml". The document relationships name styles,
// numbering, footnotes and endnotes whether or not the parts exist.
func docxWith(t testing.TB, body string, extra ...string) []byte {
	t.Helper()
	parts := []string{
		"[Content_Types].xml", testContentTypes,
		"_rels/.rels", testPackageRels,
		"word/_rels/document.xml.rels", testDocumentRels,
		"word/document.xml", document(body),
	}
	return zipParts(t, append(parts, extra...)...)
}

// readBody reads a package built by docxWith.
func readBody(t *testing.T, body string, extra ...string) *lint.Document {
	t.Helper()
	doc, err := readDOCX("测试.docx", docxWith(t, body, extra...), DefaultLimits)
	if err != nil {
		t.Fatalf("readDOCX: %v", err)
	}
	return doc
}

// para is a body paragraph of one run.
func para(text string) string { return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>` }

// wantError checks that err is an *Error for 报告.docx with the reason, a
// detail containing detail, and a message naming the file.
func wantError(t *testing.T, err error, reason, detail string) {
	t.Helper()
	wantErrorFor(t, "报告.docx", err, reason, detail)
}

// wantErrorFor checks that err is an *Error for the named file with the
// reason, a detail containing detail, and a message naming the file.
func wantErrorFor(t *testing.T, file string, err error, reason, detail string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error = %v (%T), want *Error", err, err)
	}
	if e.Reason != reason || !strings.Contains(e.Detail, detail) {
		t.Errorf("error = %q, want reason %q with detail containing %q", e.Error(), reason, detail)
	}
	if !strings.HasPrefix(e.Error(), file+": "+reason) {
		t.Errorf("message %q does not start with the file name and the reason", e.Error())
	}
}

func TestDOCXBroken(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("testdata", "docx", "word-style.docx"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name           string
		data           []byte
		reason, detail string
	}{
		{"not a zip after the signature", []byte("PK\x03\x04 这不是压缩包"), ReasonNotDOCX, "压缩包已损坏"},
		{"truncated", good[:len(good)/2], ReasonNotDOCX, "压缩包已损坏"},
		{"no document part", zipParts(t, "hello.txt", "你好"), ReasonNotDOCX, "缺少 word/document.xml"},
		{"relationship to a missing part", zipParts(t, "_rels/.rels", testPackageRels), ReasonNotDOCX, "缺少 word/document.xml"},
		{"malformed document", zipParts(t, "word/document.xml", "<w:document "+docNamespaces+">\n<w:body><w:p></w:body></w:document>"),
			ReasonNotDOCX, "word/document.xml 第 2 行 XML 格式错误"},
		{"document cut short", zipParts(t, "word/document.xml", "<w:document "+docNamespaces+"><w:body><w:p>"),
			ReasonNotDOCX, "XML 格式错误"},
		{"malformed relationships", zipParts(t, "_rels/.rels", "<Relationships><Relationship", "word/document.xml", document(para("正文"))),
			ReasonNotDOCX, "_rels/.rels 第 1 行 XML 格式错误"},
		{"malformed styles", docxWith(t, para("正文"), "word/styles.xml", "<w:styles "+docNamespaces+"><w:style></w:styles>"),
			ReasonNotDOCX, "word/styles.xml"},
		{"a workbook, not a document", zipParts(t, "word/document.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`),
			ReasonNotDOCX, "不是 Word 文档内容"},
		{"OpenDocument text", zipParts(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>"),
			ReasonUnsupported, "另存为 .docx"},
		{"OpenDocument text with a document.xml", zipParts(t, "mimetype", "application/vnd.oasis.opendocument.text", "word/document.xml", document(para("正文"))),
			ReasonUnsupported, "OpenDocument"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Bytes("报告.docx", c.data, Options{})
			if doc != nil {
				t.Errorf("got a document with %d paragraphs, want none", len(doc.Paragraphs))
			}
			wantError(t, err, c.reason, c.detail)
		})
	}
}

func TestDOCXMainPart(t *testing.T) {
	body := document(para("正文"))
	cases := []struct {
		name  string
		parts []string
	}{
		{"officeDocument relationship to another name", []string{"_rels/.rels", strings.Replace(testPackageRels, "word/document.xml", "/main/正文.xml", 1), "main/正文.xml", body}},
		{"content type only", []string{"[Content_Types].xml", strings.Replace(testContentTypes, "/word/document.xml", "/Main/Doc.xml", 1), "main/doc.xml", body}},
		{"conventional name only", []string{"word/document.xml", body}},
		{"leading slash and upper case in the zip", []string{"/Word/Document.XML", body}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := readDOCX("报告.docx", zipParts(t, c.parts...), DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			checkParagraphs(t, "Paragraphs", doc.Paragraphs, "|正文")
		})
	}
}

func TestDOCXLimits(t *testing.T) {
	small := Limits{MaxFileBytes: 1 << 20, MaxPartBytes: 64 << 10, MaxTotalBytes: 100 << 10, MaxDepth: 64, MaxParagraphs: 5}
	bomb := document(para(strings.Repeat("炸", 30000))) // 90 kB of text that compresses to almost nothing
	half := document(para(strings.Repeat("半", 20000))) // 60 kB: under the part limit
	nested := strings.Repeat("<w:customXml>", 70) + para("深") + strings.Repeat("</w:customXml>", 70)
	cases := []struct {
		name           string
		data           []byte
		reason, detail string
	}{
		{"part over the limit", zipParts(t, "word/document.xml", bomb), ReasonTooLarge, "word/document.xml 解压后超过 65536 字节"},
		{"parts together over the limit", zipParts(t, "word/_rels/document.xml.rels", testDocumentRels, "word/document.xml", half, "word/styles.xml", wrapPart("styles", "<!--"+strings.Repeat("样", 20000)+"-->")),
			ReasonTooLarge, "总大小超过 102400 字节"},
		// archive/zip itself refuses to read past the declared size
		{"header understating the size", lyingZip(t, "word/document.xml", bomb), ReasonNotDOCX, "word/document.xml 解压失败"},
		{"deep nesting", docxWith(t, nested), ReasonTooComplex, "嵌套超过 64 层"},
		{"too many paragraphs", docxWith(t, strings.Repeat(para("段"), 6)), ReasonTooComplex, "段落数超过 5"},
		{"DOCTYPE", zipParts(t, "word/document.xml", `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈">]>`+
			`<w:document `+docNamespaces+`><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`), ReasonNotDOCX, "DOCTYPE"},
		{"DOCTYPE in styles", docxWith(t, para("正文"), "word/styles.xml", `<!DOCTYPE x SYSTEM "file:///etc/passwd"><w:styles `+docNamespaces+`/>`),
			ReasonNotDOCX, "word/styles.xml 含有 DOCTYPE"},
		{"undeclared entity", zipParts(t, "word/document.xml", document(`<w:p><w:r><w:t>&lol;</w:t></w:r></w:p>`)), ReasonNotDOCX, "XML 格式错误"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Bytes("报告.docx", c.data, Options{Limits: small})
			if doc != nil {
				t.Errorf("got a document, want an error")
			}
			wantError(t, err, c.reason, c.detail)
		})
	}
	// The same files are fine under the default limits, nesting included.
	for _, data := range [][]byte{zipParts(t, "word/document.xml", bomb), docxWith(t, nested)} {
		if _, err := Bytes("报告.docx", data, Options{}); err != nil {
			t.Errorf("default limits: %v", err)
		}
	}
}

// lyingZip stores content deflated under a header that claims it is 100
// bytes long.
func lyingZip(t *testing.T, name, content string) []byte {
	t.Helper()
	honest := zipParts(t, name, content)
	zr, err := zip.NewReader(bytes.NewReader(honest), int64(len(honest)))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := zr.File[0].OpenRaw()
	if err != nil {
		t.Fatal(err)
	}
	hdr := zr.File[0].FileHeader
	hdr.UncompressedSize64 = 100
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	w, err := zw.CreateRaw(&hdr)
	if err == nil {
		_, err = io.Copy(w, raw)
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
