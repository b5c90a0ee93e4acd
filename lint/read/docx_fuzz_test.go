package read

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"shuzhi/lint"
)

// FuzzDOCX feeds the reader arbitrary packages, and arbitrary main
// document parts inside a package with real styles and numbering. Seeds:
// the fixtures, and the document parts unzipped from them. Nothing may
// panic; every failure is an *Error; every document is well formed.
func FuzzDOCX(f *testing.F) {
	src := filepath.Join("testdata", "docx", "src", "word-style", "word")
	styles, err := os.ReadFile(filepath.Join(src, "styles.xml"))
	if err != nil {
		f.Fatal(err)
	}
	numbering, err := os.ReadFile(filepath.Join(src, "numbering.xml"))
	if err != nil {
		f.Fatal(err)
	}
	fixtures, err := filepath.Glob(filepath.Join("testdata", "docx", "*.docx"))
	if err != nil || len(fixtures) == 0 {
		f.Fatalf("no fixtures: %v", err)
	}
	for _, name := range fixtures {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(unzipPart(f, data, "word/document.xml"))
	}
	lim := Limits{MaxFileBytes: 1 << 20, MaxPartBytes: 1 << 20, MaxTotalBytes: 4 << 20, MaxDepth: 64, MaxParagraphs: 2000}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFuzzed(t, data, lim)
		pkg := zipParts(t, "word/document.xml", string(data), "word/_rels/document.xml.rels", testDocumentRels,
			"word/styles.xml", string(styles), "word/numbering.xml", string(numbering))
		checkFuzzed(t, pkg, lim)
	})
}

func checkFuzzed(t *testing.T, data []byte, lim Limits) {
	doc, err := readDOCX("模糊.docx", data, lim)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || e.Path != "模糊.docx" || e.Reason == "" {
			t.Fatalf("error %v (%T) is not a complete *Error", err, err)
		}
		return
	}
	check := func(ps []lint.Paragraph, extras bool) {
		for i, p := range ps {
			if p.Line != i+1 || (p.Kind != "") != extras || p.Text == "" || p.Level < 0 || p.Level > 9 {
				t.Fatalf("bad paragraph %d: %#v", i, p)
			}
		}
	}
	check(doc.Paragraphs, false)
	check(doc.Extras, true)
}

// unzipPart returns one part of a zip, for seeding.
func unzipPart(f *testing.F, data []byte, name string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		f.Fatal(err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		f.Fatal(err)
	}
	defer rc.Close()
	part, err := io.ReadAll(rc)
	if err != nil {
		f.Fatal(err)
	}
	return part
}
