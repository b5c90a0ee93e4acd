// Command genreports writes a batch of distinct 述职报告 for benchmarks:
// each is one of the corpus reports with its headings and cue sentences
// kept and the rest of its text regenerated, sentence by sentence, by a
// character Markov chain (order 3) trained on the whole corpus, so that
// reports read alike (the same vocabulary, lengths and layout) yet share
// no more than stock phrases. With -copies F, a fraction F of them are
// true copies of an earlier one with its figures changed.
//
//	go run ./scripts/genreports -n 10000 -out /tmp/batch
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

func main() {
	n := flag.Int("n", 1000, "how many reports")
	out := flag.String("out", "", "folder to write them to (created)")
	copies := flag.Float64("copies", 0, "share of reports that copy an earlier one")
	seed := flag.Uint64("seed", 1, "random seed")
	corpus := flag.String("corpus", "testdata/reports", "folder of the corpus reports")
	flag.Parse()
	if *out == "" {
		log.Fatal("-out is required")
	}
	files, err := filepath.Glob(filepath.Join(*corpus, "*.txt"))
	if err != nil || len(files) == 0 {
		log.Fatalf("no corpus reports in %s", *corpus)
	}
	var reports [][]string
	chain := newChain(3)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		var lines []string
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
				chain.learn(l)
			}
		}
		reports = append(reports, lines)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(*seed, 7))
	var written []string
	for i := 0; i < *n; i++ {
		var text string
		if i > 0 && rng.Float64() < *copies {
			text = changeDigits(written[rng.IntN(len(written))], rng)
		} else {
			text = regenerate(reports[rng.IntN(len(reports))], chain, rng)
		}
		written = append(written, text)
		name := filepath.Join(*out, fmt.Sprintf("%06d.txt", i))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// regenerate keeps a report's short lines (title, headings, salutation,
// closing) and the first clause of every sentence, and regenerates the
// rest of each sentence to its length.
func regenerate(lines []string, c *chain, rng *rand.Rand) string {
	var b strings.Builder
	for _, l := range lines {
		if utf8.RuneCountInString(l) <= 20 {
			b.WriteString(l + "\n")
			continue
		}
		for _, s := range splitAfter(l, "。；！？") {
			head, rest, found := strings.Cut(s, "，")
			if !found {
				b.WriteString(c.generate(utf8.RuneCountInString(s), rng) + "。")
				continue
			}
			b.WriteString(head + "，" + c.generate(utf8.RuneCountInString(rest), rng) + "。")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// changeDigits replaces every digit, as a copier who changes the figures.
func changeDigits(text string, rng *rand.Rand) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return rune('0' + rng.IntN(10))
		}
		return r
	}, text)
}

func splitAfter(s, ends string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if strings.ContainsRune(ends, r) {
			out = append(out, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// chain is a character Markov chain of a fixed order.
type chain struct {
	order int
	next  map[string][]rune
	keys  []string
}

func newChain(order int) *chain { return &chain{order: order, next: map[string][]rune{}} }

func (c *chain) learn(s string) {
	rs := []rune(s)
	for i := 0; i+c.order < len(rs); i++ {
		k := string(rs[i : i+c.order])
		if _, ok := c.next[k]; !ok {
			c.keys = append(c.keys, k)
		}
		c.next[k] = append(c.next[k], rs[i+c.order])
	}
}

// generate returns about n runes of text without sentence ends.
func (c *chain) generate(n int, rng *rand.Rand) string {
	out := []rune(c.keys[rng.IntN(len(c.keys))])
	for len(out) < n {
		k := string(out[len(out)-c.order:])
		nx := c.next[k]
		if len(nx) == 0 {
			out = append(out, []rune(c.keys[rng.IntN(len(c.keys))])...)
			continue
		}
		r := nx[rng.IntN(len(nx))]
		if strings.ContainsRune("。；！？\n", r) {
			r = '，'
		}
		out = append(out, r)
	}
	return string(out[:n])
}
