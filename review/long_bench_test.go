package review_test

import (
	"fmt"
	"strings"
	"testing"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/lint/read"
	"shuzhi/review"
)

// BenchmarkLongParagraph reviews one paragraph of growing length, up to
// the reader's limit: the time per rune must stay flat (linear work), as
// it did not when every rule re-read the paragraph from its start.
func BenchmarkLongParagraph(b *testing.B) {
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		b.Fatal(err)
	}
	prof, _ := rev.Catalog().Profile("default")
	unit := "我主持召开支委会24次，讲党课4次，走访党员群众86户。存在的问题是流动党员管理不够。下一步我将于3月底前建立台账。"
	for _, runes := range []int{10000, 30000, 90000} {
		text := strings.Repeat(unit, runes/len([]rune(unit)))
		doc, err := read.Bytes("long.txt", []byte(text), read.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("runes=%d", runes), func(b *testing.B) {
			for b.Loop() {
				if _, err := rev.Document(doc, prof, lint.Context{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(runes), "ns/rune")
		})
	}
}
