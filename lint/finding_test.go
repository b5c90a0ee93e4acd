package lint

import "testing"

func TestDecide(t *testing.T) {
	guards := map[string]string{"a": "g1", "b": "g2", "c": "g3", "c2": "g3", "plain": ""}
	guardOf := func(r string) string { return guards[r] }
	f := func(rule string, s Severity) Finding { return Finding{Rule: rule, Severity: s} }
	tests := []struct {
		name     string
		findings []Finding
		want     Verdict
	}{
		{"nothing", nil, VerdictPass},
		{"info only", []Finding{f("a", SeverityInfo), f("b", SeverityInfo), f("c", SeverityInfo)}, VerdictPass},
		{"one error", []Finding{f("plain", SeverityError)}, VerdictRevise},
		{"critical", []Finding{f("plain", SeverityCritical)}, VerdictRewrite},
		{"two guards", []Finding{f("a", SeverityError), f("b", SeverityError)}, VerdictRevise},
		{"three guards", []Finding{f("a", SeverityError), f("b", SeverityError), f("c", SeverityError)}, VerdictRewrite},
		{"same guard twice counts once", []Finding{f("a", SeverityError), f("c", SeverityError), f("c2", SeverityError)}, VerdictRevise},
		{"guards at info do not count", []Finding{f("a", SeverityError), f("b", SeverityError), f("c", SeverityInfo)}, VerdictRevise},
	}
	for _, tt := range tests {
		if got, reason := Decide(tt.findings, guardOf); got != tt.want || reason == "" {
			t.Errorf("%s: Decide = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestDecideReason(t *testing.T) {
	guardOf := func(r string) string {
		return map[string]string{"a": "防止甲", "b": "防止乙", "c": "防止丙"}[r]
	}
	fs := []Finding{{Rule: "a", Title: "甲", Severity: SeverityError}, {Rule: "b", Title: "乙", Severity: SeverityError}, {Rule: "c", Title: "丙", Severity: SeverityError}}
	if v, r := Decide(fs, guardOf); v != VerdictRewrite || r != "问题突出：同时有3项“七个防止”方面的问题（防止甲；防止乙；防止丙）" {
		t.Errorf("Decide = %s, %q", v, r)
	}
	if v, r := Decide(fs[:1], guardOf); v != VerdictRevise || r != "有1项需要修改：甲" {
		t.Errorf("Decide = %s, %q", v, r)
	}
}

func TestParseVerdictAndSeverity(t *testing.T) {
	for in, want := range map[string]Verdict{"修改": VerdictRevise, "revise": VerdictRevise, "重写": VerdictRewrite, "REWRITE": VerdictRewrite, "通过": VerdictPass} {
		if got, err := ParseVerdict(in); err != nil || got != want {
			t.Errorf("ParseVerdict(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseVerdict("maybe"); err == nil {
		t.Error("ParseVerdict(maybe) gave no error")
	}
	for in, want := range map[string]Severity{"off": SeverityOff, "info": SeverityInfo, "错误": SeverityError, "critical": SeverityCritical} {
		if got, err := ParseSeverity(in); err != nil || got != want {
			t.Errorf("ParseSeverity(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseSeverity("warning"); err == nil {
		t.Error("ParseSeverity(warning) gave no error")
	}
}

func TestRuneSlice(t *testing.T) {
	s := "我在2025年讲党课"
	for _, tt := range []struct {
		start, end int
		want       string
	}{{0, 2, "我在"}, {2, 6, "2025"}, {6, 100, "年讲党课"}, {5, 3, ""}, {-1, 1, "我"}} {
		if got := RuneSlice(s, tt.start, tt.end); got != tt.want {
			t.Errorf("RuneSlice(%d,%d) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
}
