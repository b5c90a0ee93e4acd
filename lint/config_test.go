package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var testRules = []string{"length-total", "cliches", "placeholder"}

func TestBuiltinProfilesAreValid(t *testing.T) {
	ps := Profiles()
	if len(ps) < 5 {
		t.Fatalf("want at least 5 built-in profiles, got %d", len(ps))
	}
	for _, p := range ps {
		if err := p.Validate(); err != nil {
			t.Errorf("profile %s: %v", p.Name, err)
		}
		if p.Title == "" || p.Source == "" {
			t.Errorf("profile %s lacks a title or source", p.Name)
		}
	}
	d, err := LookupProfile("default")
	if err != nil || d.Length.Max != 3000 {
		t.Fatalf("default profile: %+v, %v", d, err)
	}
	tp, _ := LookupProfile("three-part")
	if tp.Length.Min != 2000 || tp.Length.Max != 2500 || len(tp.Themes) != 3 {
		t.Errorf("three-part profile: %+v", tp)
	}
	if _, err := LookupProfile("nope"); err == nil {
		t.Error("unknown profile accepted")
	}
}

func TestConfigOverrides(t *testing.T) {
	cfg, err := ParseConfig("x/.shuzhi.yaml", []byte(`
profile: three-part
length: {max: 2600}
shares:
  problems_min: 0.3
rules:
  cliches: off
  placeholder: critical
ignore: [草稿]
lexicon:
  causes-subjective: [思想上放松]
`), testRules)
	if err != nil {
		t.Fatal(err)
	}
	p, err := cfg.Apply("")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "three-part" || p.Length.Max != 2600 || p.Length.Min != 2000 {
		t.Errorf("length override: %+v", p.Length)
	}
	if p.Shares.ProblemsMin != 0.3 || p.Shares.AchievementsMax != 0.41 {
		t.Errorf("shares override: %+v", p.Shares)
	}
	if p.Rules["cliches"] != SeverityOff || p.Rules["placeholder"] != SeverityCritical {
		t.Errorf("rule levels: %v", p.Rules)
	}
	if p.Lexicon["causes-subjective"][0] != "思想上放松" {
		t.Errorf("lexicon: %v", p.Lexicon)
	}
	// The flag's profile wins over the config's, and overrides still apply.
	p2, err := cfg.Apply("default")
	if err != nil || p2.Name != "default" || p2.Length.Max != 2600 || p2.Length.Min != 800 {
		t.Errorf("Apply(default) = %+v, %v", p2, err)
	}
	// Built-ins are untouched.
	if d, _ := LookupProfile("three-part"); d.Length.Max != 2500 {
		t.Error("override leaked into the built-in profile")
	}
}

func TestConfigErrorsNameFileAndKey(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"profil: default\n", `第 1 行：未知的键 "profil"`},
		{"shares:\n  problem_min: 0.3\n", `第 2 行：未知的键 "shares.problem_min"`},
		{"shares:\n  problems_min: lots\n", `键 shares.problems_min 的值 "lots" 无效`},
		{"shares:\n  problems_min: 1.5\n", "shares.problems_min：占比应在 0 到 1 之间"},
		{"rules:\n  no-such-rule: off\n", `未知的规则 "no-such-rule"`},
		{"rules:\n  cliches: loud\n", `键 rules.cliches 的值 "loud" 无效`},
		{"profile: nope\n", `未知的方案 "nope"`},
		{"length: {min: 3000, max: 2000}\n", "min（3000）大于 max（2000）"},
		{"length: [1, 2]\n", "键 length 应为键值映射"},
		{"- a\n- b\n", "顶层应为键值映射"},
		{"lexicon:\n  no-such-list: [x]\n", `未知的词表 "no-such-list"`},
		{"a: [\n", "不是有效的 YAML"},
	}
	for _, tt := range tests {
		_, err := ParseConfig("dir/.shuzhi.yaml", []byte(tt.yaml), testRules)
		if err == nil {
			t.Errorf("%q: no error", tt.yaml)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "dir/.shuzhi.yaml") || !strings.Contains(msg, tt.want) {
			t.Errorf("%q: error %q does not contain the file and %q", tt.yaml, msg, tt.want)
		}
	}
}

func TestFindConfigAndIgnore(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(root, ConfigName)
	if err := os.WriteFile(cfgPath, []byte("ignore: [草稿, \"*.bak.txt\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := FindConfig(sub); got != cfgPath {
		t.Fatalf("FindConfig = %q, want %q", got, cfgPath)
	}
	cfg, err := LoadConfig(cfgPath, testRules)
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]bool{
		filepath.Join(root, "草稿", "x.txt"):      true,
		filepath.Join(root, "a", "草稿", "x.txt"): false,
		filepath.Join(root, "a", "x.bak.txt"):   true,
		filepath.Join(root, "a", "b", "x.txt"):  false,
	} {
		if got := cfg.Ignored(file); got != want {
			t.Errorf("Ignored(%s) = %v, want %v", file, got, want)
		}
	}
}
