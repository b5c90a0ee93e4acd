package review_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/lint/read"
	"shuzhi/lint/render"
	"shuzhi/review"
)

// FuzzPipeline feeds arbitrary bytes through the whole pipeline: read,
// outline, every check, verdict and every output. Bad input must give a
// *read.Error, never a panic.
func FuzzPipeline(f *testing.F) {
	for _, pattern := range []string{"../testdata/reports/a0*.txt", "../testdata/docx/b0*.docx", "../testdata/hant/*.txt", "../lint/read/testdata/docx/*.docx", "../lint/read/testdata/doc/*.doc"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("一、存在的问题\n一是\n二是\n究其原因\n下一步\n（一）\n1.\n①XX次20__年"))
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		f.Fatal(err)
	}
	prof, err := rev.Catalog().Profile("three-part")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := read.Bytes("fuzz.bin", data, read.Options{})
		if err != nil {
			var re *read.Error
			if !errors.As(err, &re) {
				t.Fatalf("not a *read.Error: %v", err)
			}
			return
		}
		res, err := rev.Document(doc, prof, lint.Context{})
		if err != nil {
			t.Fatal(err)
		}
		files := []render.File{{Path: "fuzz.bin", Result: res}}
		if err := render.JSON(io.Discard, files); err != nil {
			t.Fatal(err)
		}
		if err := render.Text(io.Discard, files, render.TextOptions{}); err != nil {
			t.Fatal(err)
		}
	})
}
