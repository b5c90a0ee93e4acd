package checks

import (
	"fmt"
	"os"
	"testing"

	"shuzhi/lint"
	"shuzhi/lint/outline"
	"shuzhi/lint/read"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("F")
	if path == "" {
		t.Skip()
	}
	doc, _ := read.File(path, read.Options{})
	ol, _ := outline.Build(doc)
	prof, _ := lint.LookupProfile("default")
	lint.Run(doc, ol, prof, lint.Context{}, []*lint.Check{{ID: "dbg", Severity: lint.SeverityInfo, Run: func(pass *lint.Pass) {
		for _, pt := range partParagraphs(pass, lint.RoleAchievements) {
			for _, s := range lint.Sentences(pt.text, 0, len([]rune(pt.text))) {
				text := lint.RuneSlice(pt.text, s[0], s[1])
				fmt.Printf("ev=%v st=%v %s\n", findEvidence(pass, text), pass.Has(pass.Lexicon("stance"), text), lint.RuneSlice(text, 0, 50))
			}
		}
	}}})
}
