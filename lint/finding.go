package lint

import (
	"fmt"
	"strings"
)

// Severity is how much a finding weighs in the verdict.
type Severity int

// Severities from "rule switched off" to "the report must be rewritten".
const (
	SeverityOff      Severity = iota // the rule does not run
	SeverityInfo                     // advice; never blocks
	SeverityError                    // the report goes back for 修改
	SeverityCritical                 // the report goes back for 重写
)

// String is the severity's stable English name, as used in JSON and config.
func (s Severity) String() string {
	switch s {
	case SeverityOff:
		return "off"
	case SeverityInfo:
		return "info"
	case SeverityError:
		return "error"
	case SeverityCritical:
		return "critical"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// Label is the severity's Chinese name for text output.
func (s Severity) Label() string {
	switch s {
	case SeverityInfo:
		return "提示"
	case SeverityError:
		return "错误"
	case SeverityCritical:
		return "严重"
	}
	return "关闭"
}

// ParseSeverity reads a severity name ("off", "info", "error", "critical",
// or the Chinese 关闭/提示/错误/严重).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off", "关闭":
		return SeverityOff, nil
	case "info", "提示":
		return SeverityInfo, nil
	case "error", "错误":
		return SeverityError, nil
	case "critical", "严重":
		return SeverityCritical, nil
	}
	return SeverityOff, fmt.Errorf("无效的级别 %q（可选 off、info、error、critical）", s)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Finding is one thing a check found, located in the document.
type Finding struct {
	Rule     string
	Severity Severity
	// Title is the rule's title, filled in by Pass.Report.
	Title string
	// Message says what was measured against what threshold.
	Message string
	// Suggestion says how to fix it, concretely.
	Suggestion string
	// Para is the 0-based paragraph index. Findings about the whole
	// document sit at its first paragraph, those about a part at the
	// part's first paragraph.
	Para int
	// Start and End are rune offsets into the paragraph's Text (End exclusive);
	// both 0 means the whole paragraph.
	Start, End int
	// Unsure marks a finding that rests on a structure the outline did
	// not find with confidence: it is never critical and never counts
	// towards 问题突出 (DESIGN.md "Verdict", humility).
	Unsure bool
	// Waived is the reason a reviewer accepted the finding (a waiver in
	// .shuzhi.yaml): it is shown as 已豁免 and does not count for the
	// verdict.
	Waived string
}

// Verdict is the outcome of a review.
type Verdict string

// The three verdicts, from best to worst.
const (
	VerdictPass    Verdict = "通过"
	VerdictRevise  Verdict = "修改"
	VerdictRewrite Verdict = "重写"
)

// Rank orders verdicts: 通过 0, 修改 1, 重写 2.
func (v Verdict) Rank() int {
	switch v {
	case VerdictRevise:
		return 1
	case VerdictRewrite:
		return 2
	}
	return 0
}

// ParseVerdict reads a verdict in Chinese or English (revise, rewrite, pass).
func ParseVerdict(s string) (Verdict, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "通过", "pass":
		return VerdictPass, nil
	case "修改", "revise":
		return VerdictRevise, nil
	case "重写", "rewrite":
		return VerdictRewrite, nil
	}
	return "", fmt.Errorf("无效的结论 %q（可选 修改/revise、重写/rewrite）", s)
}

// GuardThreshold is how many distinct 七个防止 guards failing at error level
// at once make a report 问题突出, to be rewritten.
const GuardThreshold = 3

// Decide applies the verdict policy of DESIGN.md: 重写 on any critical
// finding or on GuardThreshold distinct guards at error; 修改 on any error;
// 通过 otherwise. guardOf maps a rule ID to its 七个防止 guard ("" if none).
// The reason says, in Chinese, what decided it.
func Decide(findings []Finding, guardOf func(rule string) string) (Verdict, string) {
	var critical, errs []string
	var guards []string
	for _, f := range findings {
		if f.Waived != "" {
			continue
		}
		switch f.Severity {
		case SeverityCritical:
			critical = appendNew(critical, f.Title)
		case SeverityError:
			errs = appendNew(errs, f.Title)
			if g := guardOf(f.Rule); g != "" && !f.Unsure {
				guards = appendNew(guards, g)
			}
		}
	}
	switch {
	case len(critical) > 0:
		return VerdictRewrite, "严重问题：" + strings.Join(critical, "；")
	case len(guards) >= GuardThreshold:
		return VerdictRewrite, fmt.Sprintf("问题突出：同时有%d项“七个防止”方面的问题（%s）", len(guards), strings.Join(guards, "；"))
	case len(errs) > 0:
		return VerdictRevise, fmt.Sprintf("有%d项需要修改：%s", len(errs), strings.Join(errs, "；"))
	}
	return VerdictPass, "未发现需要修改的问题"
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
