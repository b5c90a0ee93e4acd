package checks

import (
	"regexp"
	"testing"
)

// requirementWords mark a title that states a requirement rather than a
// defect (字数符合方案要求, 成绩篇幅不超过要求, 防止……).
var requirementWords = regexp.MustCompile(`符合|不少于|不超过|适当|防止|回应`)

// TestFindingsNameTheDefect: a check whose title states a requirement has
// a defect title for its findings, which does not state it again.
func TestFindingsNameTheDefect(t *testing.T) {
	for _, c := range All {
		if requirementWords.MatchString(c.Title) && c.Defect == "" {
			t.Errorf("%s: title %q states a requirement and has no defect title", c.ID, c.Title)
		}
		if c.Defect != "" && requirementWords.MatchString(c.Defect) && !regexp.MustCompile(`不符合`).MatchString(c.Defect) {
			t.Errorf("%s: defect title %q reads as a requirement", c.ID, c.Defect)
		}
	}
}
