package read

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"testing"
)

// TestDOCXWithABadChecksumIsRefused: a document.xml whose data do not
// match its CRC-32 is a damaged file (文件已损坏-type refusal), not read as
// if it were whole.
func TestDOCXWithABadChecksumIsRefused(t *testing.T) {
	data, err := os.ReadFile("../../testdata/docx/a01-cun-headed.docx")
	if err != nil {
		t.Fatal(err)
	}
	out := rewriteZip(t, data, func(zw *zip.Writer, f *zip.File) error {
		raw, err := f.OpenRaw()
		if err != nil {
			return err
		}
		h := f.FileHeader
		if f.Name == "word/document.xml" {
			h.CRC32 ^= 0xdeadbeef
		}
		w, err := zw.CreateRaw(&h)
		if err != nil {
			return err
		}
		_, err = io.Copy(w, raw)
		return err
	})
	if _, err := Bytes("a01.docx", data, Options{}); err != nil {
		t.Fatalf("the fixture itself: %v", err)
	}
	_, err = Bytes("坏.docx", out, Options{})
	var re *Error
	if !errors.As(err, &re) || re.Reason != ReasonNotDOCX {
		t.Fatalf("err = %v, want a refusal", err)
	}
	t.Log(err)
}

// rewriteZip writes a new zip, entry by entry through write.
func rewriteZip(t *testing.T, data []byte, write func(zw *zip.Writer, f *zip.File) error) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if err := write(zw, f); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
