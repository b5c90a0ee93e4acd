package read_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"shuzhi/lint"
	"shuzhi/lint/read"
)

var (
	utf16LE = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	utf16BE = xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
)

// encode encodes s, failing the test if it cannot.
func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// paragraphs lists the (Text, Line) of a document's paragraphs.
func paragraphs(doc *lint.Document) []lint.Paragraph {
	var ps []lint.Paragraph
	for _, p := range doc.Paragraphs {
		ps = append(ps, lint.Paragraph{Text: p.Text, Line: p.Line})
	}
	return ps
}

// fixtureParagraphs are the paragraphs of every file in testdata/txt: the
// same lines, in different encodings and with different line endings.
// Lines 2 (empty) and 5 (two U+3000) are blank.
var fixtureParagraphs = []lint.Paragraph{
	{Text: "述职报告", Line: 1},
	{Text: "\u3000\u3000一、履职情况", Line: 3},
	{Text: "本人2023年主持召开党委会24次，开展“三会一课”。", Line: 4},
	{Text: "\t二、存在的问题……", Line: 6},
	{Text: "三、下一步打算", Line: 7},
}

func TestTXTFixtures(t *testing.T) {
	files := []string{
		"utf8.txt", "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt",
		"utf16le.txt", "utf16be.txt", "gb18030.txt", "crlf.txt", "cr.txt",
	}
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "txt", name)
			doc, err := read.File(path, read.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != "txt" || doc.Path != path {
				t.Errorf("Format, Path = %q, %q; want txt, %q", doc.Format, doc.Path, path)
			}
			if got := paragraphs(doc); !slices.Equal(got, fixtureParagraphs) {
				t.Errorf("paragraphs =\n%+v\nwant\n%+v", got, fixtureParagraphs)
			}
		})
	}
}

// TestTXTFixtureBytes guards the fixtures themselves: each must really be
// in its encoding, with its line endings, so the test above tests them.
func TestTXTFixtureBytes(t *testing.T) {
	for name, check := range map[string]func([]byte) bool{
		"utf8.txt":        func(b []byte) bool { return !bytes.Contains(b, []byte("\r")) },
		"utf8-bom.txt":    func(b []byte) bool { return bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) },
		"utf16le-bom.txt": func(b []byte) bool { return bytes.HasPrefix(b, []byte("\xFF\xFE")) },
		"utf16be-bom.txt": func(b []byte) bool { return bytes.HasPrefix(b, []byte("\xFE\xFF")) },
		"utf16le.txt":     func(b []byte) bool { return bytes.Contains(b, []byte("\r\x00\n\x00")) && b[0] != 0xFF },
		"utf16be.txt":     func(b []byte) bool { return bytes.Contains(b, []byte("\x00\n")) && b[0] != 0xFE },
		"gb18030.txt":     func(b []byte) bool { return bytes.HasPrefix(b, []byte("\xCA\xF6\xD6\xB0")) }, // 述职
		"crlf.txt":        func(b []byte) bool { return bytes.Count(b, []byte("\r\n")) == 6 },
		"cr.txt":          func(b []byte) bool { return bytes.Count(b, []byte("\r")) == 6 && !bytes.Contains(b, []byte("\n")) },
	} {
		b, err := os.ReadFile(filepath.Join("testdata", "txt", name))
		if err != nil {
			t.Fatal(err)
		}
		if !check(b) {
			t.Errorf("%s is not what its name says", name)
		}
	}
}

func TestTXTLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []lint.Paragraph
	}{
		{"every terminator", "a\r\nb\rc\nd\r\re\n\rf", []lint.Paragraph{
			{Text: "a", Line: 1}, {Text: "b", Line: 2}, {Text: "c", Line: 3},
			{Text: "d", Line: 4}, {Text: "e", Line: 6}, {Text: "f", Line: 8},
		}},
		{"trailing terminator adds no line", "甲\n乙\n", []lint.Paragraph{
			{Text: "甲", Line: 1}, {Text: "乙", Line: 2},
		}},
		{"leading blank lines", "\n\r\n\n正文", []lint.Paragraph{{Text: "正文", Line: 4}}},
		{"blank lines of every kind", "甲\n \t\n\u3000\u3000\n\u00a0\n\u200b\n\ufeff\n\f\n乙", []lint.Paragraph{
			{Text: "甲", Line: 1}, {Text: "乙", Line: 8},
		}},
		{"indentation and trailing spaces kept", "\u3000\u3000第一段  \n  second\t", []lint.Paragraph{
			{Text: "\u3000\u3000第一段  ", Line: 1}, {Text: "  second\t", Line: 2},
		}},
		{"byte order marks removed", "\ufeff标题\n正\ufeff文", []lint.Paragraph{
			{Text: "标题", Line: 1}, {Text: "正文", Line: 2},
		}},
		{"form feed stays in the line", "甲\f乙", []lint.Paragraph{{Text: "甲\f乙", Line: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := read.Bytes("a.txt", []byte(tt.in), read.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := paragraphs(doc); !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

// TestTXTDetection encodes texts without a byte order mark and checks that
// detection finds the encoding back.
func TestTXTDetection(t *testing.T) {
	texts := []string{
		"hello",        // ASCII letters only: both byte orders read as letters, the NULs decide
		"hello world",  // the space read in the wrong order is U+2000
		"一二三四五六七",      // no ASCII, and 一 (U+4E00) has a NUL low byte
		"开展工作，最后一次退出。", // 开 最 一 退 are all U+xx00
		"一、一一\n二、一一一",  // more U+xx00 than ASCII, but a line break
		"本人2023年主持召开党委会24次\r\n共计1,200人次", // mixed
	}
	for _, text := range texts {
		for _, e := range []struct {
			name string
			enc  encoding.Encoding
		}{{"UTF-16LE", utf16LE}, {"UTF-16BE", utf16BE}, {"GB18030", simplifiedchinese.GB18030}, {"GBK", simplifiedchinese.GBK}} {
			data := encode(t, e.enc, text)
			doc, err := read.Bytes("a.txt", data, read.Options{})
			if err != nil {
				t.Errorf("%s %q: %v", e.name, text, err)
				continue
			}
			var lines []string
			for _, p := range doc.Paragraphs {
				lines = append(lines, p.Text)
			}
			want := strings.FieldsFunc(text, func(r rune) bool { return r == '\r' || r == '\n' })
			if !slices.Equal(lines, want) {
				t.Errorf("%s %q: read %q", e.name, text, lines)
			}
		}
	}
}

func TestTXTGB18030FourByte(t *testing.T) {
	text := "𠀀字与€符号" // U+20000 takes four bytes in GB18030
	data := encode(t, simplifiedchinese.GB18030, text)
	if len(data) != 4+2+2+2+2+2 {
		t.Fatalf("encoded to %d bytes: % X", len(data), data)
	}
	doc, err := read.Bytes("a.txt", data, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Paragraphs[0].Text; got != text {
		t.Errorf("read %q, want %q", got, text)
	}
}

func TestTXTEncodingOption(t *testing.T) {
	gbk := encode(t, simplifiedchinese.GBK, "党建工作")
	tests := []struct {
		name     string
		data     []byte
		encoding string
		want     string
	}{
		// C3 A9 is "é" in UTF-8 and "茅" in GBK: detection takes UTF-8.
		{"detected", []byte("\xC3\xA9"), "", "é"},
		{"forced gbk", []byte("\xC3\xA9"), "gbk", "茅"},
		{"forced GBK upper case", []byte("\xC3\xA9"), "GBK", "茅"},
		{"forced gb2312", []byte("\xC3\xA9"), "gb2312", "茅"},
		{"forced gb18030", []byte("\xC3\xA9"), "GB18030", "茅"},
		{"forced utf-8", []byte("\xC3\xA9"), "UTF-8", "é"},
		{"forced utf8 strips bom", []byte("\xEF\xBB\xBF\xC3\xA9"), "utf8", "é"},
		{"forced gbk on gbk", gbk, "gbk", "党建工作"},
		{"forced utf-16le", encode(t, utf16LE, "一二"), "utf-16le", "一二"},
		{"forced utf-16le with bom", encode(t, utf16LE, "\ufeff一二"), "utf-16le", "一二"},
		// Forcing the wrong byte order is obeyed: 00 4E 8C 4E is "N\u8c4e" in UTF-16BE.
		{"forced utf-16be on utf-16le", encode(t, utf16LE, "一二"), "utf-16be", "N\u8c4e"},
		{"forced utf_16_be spelling", encode(t, utf16BE, "ab"), "utf_16_be", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := read.Bytes("a.txt", tt.data, read.Options{Encoding: tt.encoding})
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Paragraphs[0].Text; got != tt.want {
				t.Errorf("read %q, want %q", got, tt.want)
			}
		})
	}
}

// wantEncodingError checks that err is an *read.Error for path with
// ReasonEncoding whose message names the file and contains detail.
func wantEncodingError(t *testing.T, err error, path, detail string) {
	t.Helper()
	var re *read.Error
	if !errors.As(err, &re) {
		t.Fatalf("error = %v, want *read.Error", err)
	}
	msg := re.Error()
	if re.Path != path || re.Reason != read.ReasonEncoding ||
		!strings.HasPrefix(msg, path+": ") || !strings.Contains(msg, "无法识别编码") || !strings.Contains(msg, detail) {
		t.Errorf("error = %q (%+v), want %s: 无法识别编码 with %q", msg, *re, path, detail)
	}
}

func TestTXTEncodingOptionErrors(t *testing.T) {
	gbk := encode(t, simplifiedchinese.GBK, "党建工作")
	tests := []struct {
		name     string
		data     []byte
		encoding string
		detail   string
	}{
		{"unknown name", []byte("abc"), "latin1", `"latin1"`},
		{"utf-16 without byte order", []byte("abc"), "utf-16", `"utf-16"`},
		{"gbk is not utf-8", gbk, "utf-8", "UTF-8"},
		{"odd length is not utf-16", []byte("abc"), "utf-16le", "UTF-16LE"},
		{"controls are not text", []byte("a\x01b"), "gbk", "GBK"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := read.Bytes("报告.txt", tt.data, read.Options{Encoding: tt.encoding})
			wantEncodingError(t, err, "报告.txt", tt.detail)
		})
	}
}

func TestTXTRefused(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	random := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	tests := []struct {
		name   string
		data   []byte
		detail string
	}{
		{"elf executable", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00"), "二进制"},
		{"every byte value", all, "二进制"},
		{"random bytes", random, "二进制"},
		{"png image", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), "二进制"},
		{"controls without nul", []byte("abc\x01\x02\x03def"), "GB18030"},
		{"invalid in every encoding", []byte("\x80abc\xff"), "GB18030"},
		{"utf-8 bom then invalid", []byte("\xEF\xBB\xBF\xff\xfe"), "UTF-8"},
		{"utf-16le bom then odd length", []byte("\xFF\xFEa\x00b"), "UTF-16LE"},
		{"utf-32le", []byte("\xFF\xFE\x00\x00a\x00\x00\x00"), "UTF-16LE"},
		{"utf-16be bom then lone surrogate", []byte("\xFE\xFF\xD8\x00\x00a"), "UTF-16BE"},
		{"nul in ascii", []byte("abc\x00def"), "二进制"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := read.Bytes("报告.txt", tt.data, read.Options{})
			if err == nil {
				t.Fatalf("read %+v", paragraphs(doc))
			}
			wantEncodingError(t, err, "报告.txt", tt.detail)
		})
	}
}

func TestTXTEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "\ufeff", "\xEF\xBB\xBF\r\n\u3000\r\n"} {
		_, err := read.Bytes("a.txt", []byte(in), read.Options{})
		var re *read.Error
		if !errors.As(err, &re) || re.Reason != read.ReasonEmpty {
			t.Errorf("%q: error = %v, want %s", in, err, read.ReasonEmpty)
		}
	}
}

func TestTXTParagraphLimit(t *testing.T) {
	data := []byte(strings.Repeat("一行\n", 10))
	opt := read.Options{Limits: read.Limits{MaxParagraphs: 3}}
	_, err := read.Bytes("a.txt", data, opt)
	var re *read.Error
	if !errors.As(err, &re) || re.Reason != read.ReasonTooComplex {
		t.Errorf("error = %v, want %s", err, read.ReasonTooComplex)
	}
	opt.Limits.MaxParagraphs = 10
	if doc, err := read.Bytes("a.txt", data, opt); err != nil || len(doc.Paragraphs) != 10 {
		t.Errorf("at the limit: %v", err)
	}
}

func FuzzTXT(f *testing.F) {
	for _, name := range []string{"utf8.txt", "utf16le.txt", "utf16be-bom.txt", "gb18030.txt", "cr.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", "txt", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("\x7fELF\x02\x01\x01\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 0 && data[0] == 'P' || len(data) > 0 && data[0] == 0xD0 || bytes.HasPrefix(data, []byte("{\\rtf")) {
			return // not plain text; other readers
		}
		doc, err := read.Bytes("a.txt", data, read.Options{})
		if err != nil {
			var re *read.Error
			if !errors.As(err, &re) || !strings.HasPrefix(err.Error(), "a.txt: ") {
				t.Fatalf("error %v is not a *read.Error naming the file", err)
			}
			return
		}
		last := 0
		for _, p := range doc.Paragraphs {
			if p.Line <= last {
				t.Fatalf("line %d after line %d", p.Line, last)
			}
			last = p.Line
			if strings.ContainsAny(p.Text, "\r\n\ufeff") {
				t.Fatalf("paragraph %q keeps a terminator or BOM", p.Text)
			}
			if strings.IndexFunc(p.Text, func(r rune) bool { return !unicode.IsSpace(r) && r != '\u200b' }) < 0 {
				t.Fatalf("blank paragraph %q", p.Text)
			}
		}
	})
}
