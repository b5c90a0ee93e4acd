package similar

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"unicode/utf8"
)

// benchDocs builds n reports of about runes characters each from corpus
// paragraphs in random order: every paragraph ends up in several reports,
// so each report shares passages with dozens of others.
func benchDocs(b *testing.B, n, runes int) []Doc {
	var paras []string
	for _, d := range loadCorpus(b) {
		for _, p := range d.Paragraphs {
			if utf8.RuneCountInString(p) >= 40 {
				paras = append(paras, p)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	docs := make([]Doc, n)
	for i := range docs {
		docs[i].ID = fmt.Sprintf("r%05d.txt", i)
		for size := 0; size < runes; {
			p := paras[rng.IntN(len(paras))]
			docs[i].Paragraphs = append(docs[i].Paragraphs, p)
			size += utf8.RuneCountInString(p)
		}
	}
	return docs
}

// BenchmarkRun300 indexes 300 reports of about 2500 characters and asks
// every one for its matches: serially, and with one worker per CPU as the
// CLI checks files (go test -bench Run300 -cpu 2).
func BenchmarkRun300(b *testing.B) {
	docs := benchDocs(b, 300, 2500)
	opts := defaultOptions(b)
	b.Run("serial", func(b *testing.B) {
		for b.Loop() {
			indexAndMatch(b, opts, docs)
		}
	})
	b.Run("parallel", func(b *testing.B) {
		workers := runtime.GOMAXPROCS(0)
		for b.Loop() {
			ix := NewIndex(opts)
			each(workers, docs, func(d Doc) {
				if err := ix.Add(d); err != nil {
					b.Error(err)
				}
			})
			each(workers, docs, func(d Doc) { ix.Matches(d.ID) })
		}
	})
}

// each calls f for every doc from n goroutines.
func each(n int, docs []Doc, f func(Doc)) {
	var wg sync.WaitGroup
	next := make(chan Doc)
	for range n {
		wg.Go(func() {
			for d := range next {
				f(d)
			}
		})
	}
	for _, d := range docs {
		next <- d
	}
	close(next)
	wg.Wait()
}

// BenchmarkAdd is the cost of fingerprinting one report of about 2500
// characters.
func BenchmarkAdd(b *testing.B) {
	docs := benchDocs(b, 300, 2500)
	opts := defaultOptions(b)
	ix := NewIndex(opts)
	i := 0
	for b.Loop() {
		d := docs[i%len(docs)]
		d.ID = fmt.Sprint(i)
		if err := ix.Add(d); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkGrowth indexes and matches runs of growing size built from the
// same corpus paragraphs, so that every paragraph is in many reports: the
// cost per report must stay flat as the run grows (go test -bench Growth).
func BenchmarkGrowth(b *testing.B) {
	opts := defaultOptions(b)
	for _, n := range []int{500, 2000, 8000} {
		docs := benchDocs(b, n, 2500)
		for _, postings := range []int{16, 64} {
			opts.MaxPostings = postings
			b.Run(fmt.Sprintf("reports=%d/postings=%d", n, postings), func(b *testing.B) {
				for b.Loop() {
					indexAndMatch(b, opts, docs)
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/report")
			})
		}
	}
}

// indexAndMatch indexes docs and asks every one for its matches.
func indexAndMatch(b *testing.B, opts Options, docs []Doc) {
	ix := NewIndex(opts)
	for _, d := range docs {
		if err := ix.Add(d); err != nil {
			b.Fatal(err)
		}
	}
	for _, d := range docs {
		ix.Matches(d.ID)
	}
}
