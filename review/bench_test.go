package review_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/lint/hans"
	"shuzhi/lint/outline"
	"shuzhi/lint/read"
	"shuzhi/review"
)

// corpusFiles returns the bytes of the test reports, .txt and .docx.
func corpusFiles(b *testing.B) map[string][]byte {
	b.Helper()
	out := map[string][]byte{}
	for _, pattern := range []string{"../testdata/reports/*.txt", "../testdata/docx/*.docx"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			out[f] = data
		}
	}
	if len(out) == 0 {
		b.Fatal("no reports")
	}
	return out
}

// BenchmarkStages times each stage over the whole corpus: one op is every
// report once. Divide by the report count (logged) for a per-report figure.
func BenchmarkStages(b *testing.B) {
	files := corpusFiles(b)
	b.Logf("%d reports per op", len(files))
	docs := map[string]*lint.Document{}
	for name, data := range files {
		d, err := read.Bytes(name, data, read.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs[name] = d
	}
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		b.Fatal(err)
	}
	prof, _ := rev.Catalog().Profile("default")
	outlines := map[string]*lint.Outline{}
	for name, d := range docs {
		ol, _ := outline.Build(d, prof.Lexicons)
		outlines[name] = ol
	}
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			for name, data := range files {
				if _, err := read.Bytes(name, data, read.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("simplify", func(b *testing.B) {
		for b.Loop() {
			for _, d := range docs {
				hans.Simplify(d)
			}
		}
	})
	b.Run("outline", func(b *testing.B) {
		for b.Loop() {
			for _, d := range docs {
				if _, err := outline.Build(d, prof.Lexicons); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("checks", func(b *testing.B) {
		for b.Loop() {
			for name, d := range docs {
				lint.Run(d, outlines[name], prof, lint.Context{}, checks.All, rev.Segmenter())
			}
		}
	})
	b.Run("whole", func(b *testing.B) {
		for b.Loop() {
			for name, data := range files {
				d, err := read.Bytes(name, data, read.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := rev.Document(d, prof, lint.Context{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkRun times a whole run of 300 distinct reports through
// Reviewer.Run (read, copy index, checks) on all cores. The reports are the
// corpus with a digit woven into every seventh character, so that copies of
// one report do not share passages and the index does realistic work.
func BenchmarkRun(b *testing.B) {
	files := corpusFiles(b)
	dir := b.TempDir()
	var paths []string
	k := 0
	for len(paths) < 300 {
		for name, data := range files {
			if filepath.Ext(name) != ".txt" || len(paths) == 300 {
				continue
			}
			k++
			path := filepath.Join(dir, fmt.Sprintf("%03d-%s", k, filepath.Base(name)))
			if err := os.WriteFile(path, vary(data, k), 0o644); err != nil {
				b.Fatal(err)
			}
			paths = append(paths, path)
		}
	}
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		rev.Run(paths, runtime.NumCPU(), nil)
	}
	b.ReportMetric(float64(len(paths)*b.N)/b.Elapsed().Seconds(), "reports/s")
}

// vary weaves the digits of k into every seventh character of text.
func vary(data []byte, k int) []byte {
	digits := []rune(strconv.Itoa(k))
	var out []rune
	for i, r := range []rune(string(data)) {
		out = append(out, r)
		if i%7 == 6 && r > 0x4e00 {
			out = append(out, digits[i%len(digits)])
		}
	}
	return []byte(string(out))
}
