package checks

import (
	"regexp"
	"testing"
)

// requirementWords mark a title that states a requirement rather than a
// defect (字数符合方案要求, 成绩篇幅不超过要求, 防止……).
var requirementWords = regexp.MustCompile(`符合|不少于|不超过|适当|防止|回应`)

// TestFindingsNameTheDefect: a check whose title states a requirement has
// a defect title for its findings, which is not the requirement again.
func TestFindingsNameTheDefect(t *testing.T) {
	for _, c := range All {
		if requirementWords.MatchString(c.Title) && c.Defect == "" {
			t.Errorf("%s: title %q states a requirement and has no defect title", c.ID, c.Title)
		}
		if c.Defect != "" && c.Defect == c.Title {
			t.Errorf("%s: the defect title repeats the requirement %q", c.ID, c.Title)
		}
	}
}
