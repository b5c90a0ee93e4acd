package read

import (
	"encoding/binary"
	"errors"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"shuzhi/lint"
)

// FuzzDOC feeds the reader arbitrary files, and arbitrary WordDocument and
// table streams inside a well-formed compound file: an input is both a
// file and, after a 4-byte length, the WordDocument stream followed by the
// table stream. Seeds: the fixtures, their streams, and built documents.
// Nothing may panic; every failure is an *Error; every document is well
// formed.
func FuzzDOC(f *testing.F) {
	fixtures, err := filepath.Glob(filepath.Join("testdata", "doc", "*.doc"))
	if err != nil || len(fixtures) == 0 {
		f.Fatalf("no fixtures: %v", err)
	}
	for _, name := range fixtures {
		data := docFixture(f, filepath.Base(name))
		f.Add(data)
		streams, err := openCompound(name, data)
		if err != nil {
			f.Fatal(err)
		}
		word, err := readStream(name, streams, streamWordDocument, len(data))
		if err != nil {
			f.Fatal(err)
		}
		fib, err := parseFIB(name, word)
		if err != nil {
			f.Fatal(err)
		}
		table, err := readStream(name, streams, fib.table, len(data))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(joinStreams(word, table))
	}
	texts := [8]string{storyMain: "正文\x13 PAGE \x141\x15\r表\x07\x07", storyFootnotes: "\x02脚注\r", storyEndnotes: "\x02尾注\r", storyTextBoxes: "框\r"}
	stories := unicodeDoc(texts[:]...)
	for i, s := range texts {
		stories.ccp[i] = len([]rune(s))
	}
	for _, w := range []testWord{
		stories,
		{pieces: []testPiece{{text: "保留删除", compressed: true}, {text: "保留\r", prm: 1}}, prcs: [][]byte{{0, 8, 1}}, deleted: [][2]int{{2, 4}}},
		{pieces: []testPiece{{text: "标题\r"}}, para: &testPara{istd: 1, grpprl: []byte{0x16, 0x24, 1, 0x40, 0x26, 2}},
			styles: []testStyle{{0, "Normal"}, {1, "heading 1"}}},
	} {
		f.Add(w.file(f))
		f.Add(joinStreams(w.build()))
	}
	lim := Limits{MaxFileBytes: 1 << 20, MaxPartBytes: 1 << 20, MaxTotalBytes: 1 << 20, MaxDepth: 64, MaxParagraphs: 2000}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFuzzedDOC(t, data, lim)
		if len(data) < 4 {
			return
		}
		n := min(int(binary.LittleEndian.Uint32(data)), len(data)-4)
		word, table := data[4:4+n], data[4+n:]
		checkFuzzedDOC(t, buildOLE(t, oleStream{streamWordDocument, word}, oleStream{streamTable0, table}, oleStream{streamTable1, table}), lim)
	})
}

// joinStreams encodes a WordDocument and a table stream as a FuzzDOC input.
func joinStreams(word, table []byte) []byte {
	out := binary.LittleEndian.AppendUint32(nil, uint32(len(word)))
	return append(append(out, word...), table...)
}

func checkFuzzedDOC(t *testing.T, data []byte, lim Limits) {
	doc, err := readDOC("模糊.doc", data, lim)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || e.Path != "模糊.doc" || e.Reason == "" || e.Detail == "" {
			t.Fatalf("error %v (%T) is not a complete *Error", err, err)
		}
		return
	}
	if doc.Format != "doc" {
		t.Fatalf("Format = %q", doc.Format)
	}
	if len(doc.Paragraphs)+len(doc.Extras) > lim.MaxParagraphs {
		t.Fatalf("%d paragraphs past the limit", len(doc.Paragraphs)+len(doc.Extras))
	}
	check := func(ps []lint.Paragraph, extras bool) {
		for i, p := range ps {
			if p.Line != i+1 || (p.Kind != "") != extras || p.Text == "" || !utf8.ValidString(p.Text) || p.Level < 0 || p.Level > 9 {
				t.Fatalf("bad paragraph %d: %#v", i, p)
			}
		}
	}
	check(doc.Paragraphs, false)
	check(doc.Extras, true)
}
