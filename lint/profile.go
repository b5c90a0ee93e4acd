package lint

import "fmt"

// Profile is what one kind of work plan asks, resolved for every rule: the
// level of each rule and the value of each parameter the rules declare,
// plus the lexicons the outline and the rules match with. Package config
// builds profiles from the built-in plans and .shuzhi.yaml; a Profile is
// complete (every declared parameter has a value) and read-only.
type Profile struct {
	Name   string
	Title  string
	Source string
	// Levels are the rule levels that differ from the rules' defaults.
	Levels map[string]Severity
	// Values holds, per rule ID, the value of every parameter it declares.
	Values map[string]map[string]any
	// Lexicons are the phrase lists and patterns in force.
	Lexicons *Lexicons
}

// Level returns the level of a check under the profile.
func (p *Profile) Level(c *Check) Severity {
	if s, ok := p.Levels[c.ID]; ok {
		return s
	}
	return c.Severity
}

// Settings returns the parameter values of the rule with that ID.
func (p *Profile) Settings(rule string) Settings {
	return Settings{rule: rule, values: p.Values[rule]}
}

// Range is an inclusive range of 字数; a zero bound is not checked.
type Range struct {
	Min int
	Max int
}

// Text describes the range in Chinese: "800–3000字", "不超过3000字" …
func (r Range) Text() string {
	switch {
	case r.Min > 0 && r.Max > 0:
		return fmt.Sprintf("%d–%d字", r.Min, r.Max)
	case r.Max > 0:
		return fmt.Sprintf("不超过%d字", r.Max)
	case r.Min > 0:
		return fmt.Sprintf("不少于%d字", r.Min)
	}
	return "不限字数"
}

// IsBody reports whether r is one of BodyRoles.
func (r Role) IsBody() bool {
	for _, b := range BodyRoles {
		if r == b {
			return true
		}
	}
	return false
}
