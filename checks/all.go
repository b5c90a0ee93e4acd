// Package checks holds shuzhi's rules, one file per rule or rule family.
// Each rule is a *lint.Check value; All lists them in the order `shuzhi
// rules` shows them. The engine in package lint never imports this package:
// the CLI hands All to it.
package checks

import "shuzhi/lint"

// All is every rule shuzhi knows, in display order.
var All = []*lint.Check{
	LengthTotal,
	LengthSection,
	SpeakingTime,
	NoProblems,
	ProblemsShare,
	AchievementsShare,
	MeasuresShare,
	AbstractTalk,
	SuperficialProblems,
	SelfResponsibility,
	SubjectiveCauses,
	ConcreteMeasures,
	FirstPerson,
	DataAndCases,
	Cliches,
	Placeholder,
	LastYear,
	Copied,
	Consistency,
}

// ByID returns the rule with that ID, or nil.
func ByID(id string) *lint.Check {
	for _, c := range All {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// IDs returns the IDs of all rules, in display order.
func IDs() []string {
	ids := make([]string, len(All))
	for i, c := range All {
		ids[i] = c.ID
	}
	return ids
}
