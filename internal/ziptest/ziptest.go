// Package ziptest reads the parts of a zip package (a .docx, a .xlsx) for
// tests.
package ziptest

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// Parts returns every part of a zip package by name, failing the test if
// the package cannot be read.
func Parts(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = b
	}
	return out
}
