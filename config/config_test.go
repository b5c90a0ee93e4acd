package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"shuzhi/checks"
	"shuzhi/config"
	"shuzhi/lint"
)

func catalog(t *testing.T) *config.Catalog {
	t.Helper()
	cat, err := config.New(checks.All)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// parseAndApply parses config text and applies it to its profile.
func parseAndApply(t *testing.T, cat *config.Catalog, text string) (*config.Config, *lint.Profile) {
	t.Helper()
	cfg, err := cat.Parse("x/.shuzhi.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	p, err := cfg.Apply("")
	if err != nil {
		t.Fatal(err)
	}
	return cfg, p
}

func TestBuiltinProfiles(t *testing.T) {
	cat := catalog(t)
	ps := cat.Profiles()
	if len(ps) < 5 {
		t.Fatalf("want at least 5 built-in profiles, got %d", len(ps))
	}
	for _, p := range ps {
		if p.Title == "" || p.Source == "" {
			t.Errorf("profile %s lacks a title or source", p.Name)
		}
		for _, c := range checks.All {
			for _, prm := range c.Params {
				if _, ok := p.Values[c.ID][prm.Key]; !ok {
					t.Errorf("profile %s has no value for %s.%s", p.Name, c.ID, prm.Key)
				}
			}
		}
	}
	d, _ := cat.Profile("default")
	if d.Settings("length-total").Int("max") != 3000 || d.Settings("problems-share").Float("min") != 0.30 {
		t.Errorf("default profile: %v", d.Values)
	}
	tp, _ := cat.Profile("three-part")
	if s := tp.Settings("length-total"); s.Int("min") != 2000 || s.Int("max") != 2500 {
		t.Errorf("three-part length: %v", tp.Values["length-total"])
	}
	if len(checks.ThemeBudgets(tp.Settings("length-section"))) != 3 || len(checks.ThemeBudgets(d.Settings("length-section"))) != 0 {
		t.Error("three-part must have three theme budgets and default none")
	}
	if _, err := cat.Profile("nope"); err == nil {
		t.Error("unknown profile accepted")
	}
}

func TestConfigSetsLevelsAndParameters(t *testing.T) {
	cat := catalog(t)
	cfg, p := parseAndApply(t, cat, `
profile: three-part
rules:
  length-total: {max: 2600}
  problems-share: {min: 0.3}
  cliches: off
  placeholder: critical
  concrete-measures: {level: info, direction_only_share: 0.6, min_items: 3}
ignore: [草稿]
lexicon:
  causes-subjective: [思想上放松]
`)
	if s := p.Settings("length-total"); p.Name != "three-part" || s.Int("max") != 2600 || s.Int("min") != 2000 {
		t.Errorf("length override: %v", p.Values["length-total"])
	}
	if p.Settings("problems-share").Float("min") != 0.3 || p.Settings("achievements-share").Float("max") != 0.41 {
		t.Errorf("shares override: %v %v", p.Values["problems-share"], p.Values["achievements-share"])
	}
	cm := p.Settings("concrete-measures")
	if cm.Float("direction_only_share") != 0.6 || cm.Int("min_items") != 3 || cm.Float("concrete_mean") != 1.0 {
		t.Errorf("concrete-measures: %v", p.Values["concrete-measures"])
	}
	if p.Level(checks.Cliches) != lint.SeverityOff || p.Level(checks.Placeholder) != lint.SeverityCritical || p.Level(checks.ConcreteMeasures) != lint.SeverityInfo {
		t.Errorf("rule levels: %v", p.Levels)
	}
	if entries := p.Lexicons.Entries("causes-subjective"); entries[len(entries)-1] != "思想上放松" {
		t.Errorf("lexicon addition missing: %v", entries[len(entries)-3:])
	}
	// The flag's profile wins over the config's, and the settings still apply.
	p2, err := cfg.Apply("default")
	if s := p2.Settings("length-total"); err != nil || p2.Name != "default" || s.Int("max") != 2600 || s.Int("min") != 800 {
		t.Errorf("Apply(default) = %v, %v", p2.Values["length-total"], err)
	}
	// Built-ins are untouched.
	if d, _ := cat.Profile("three-part"); d.Settings("length-total").Int("max") != 2500 || d.Lexicons == p.Lexicons {
		t.Error("override leaked into the built-in profile")
	}
}

// TestFirstVersionConfigsLoad checks that the keys of the first version
// (length, themes, speaking, shares, content) set the parameters they
// became.
func TestFirstVersionConfigsLoad(t *testing.T) {
	cat := catalog(t)
	_, p := parseAndApply(t, cat, `
length: {min: 1000, max: 2800}
themes:
  - {theme: party-building, words: 1200, tolerance: 0.1}
  - {theme: integrity, words: 900, tolerance: 0.1}
speaking: {max_minutes: 9, rate: 180}
shares:
  problems_min: 0.35
  problems_roles: [problems, causes, measures]
  token_problems: 0.05
content:
  vague_share: 0.7
  require_followup: true
  copied_passage: 80
rules:
  cliches: off
`)
	for _, tt := range []struct {
		rule, key string
		want      any
	}{
		{"length-total", "min", 1000}, {"length-total", "max", 2800},
		{"length-section", "party_building", 1200}, {"length-section", "integrity", 900}, {"length-section", "ideology", 0},
		{"length-section", "tolerance", 0.1},
		{"speaking-time", "max_minutes", 9.0}, {"speaking-time", "rate", 180},
		{"problems-share", "min", 0.35}, {"no-problems", "token_share", 0.05},
		{"superficial-problems", "vague_share", 0.7}, {"last-year", "require_followup", true}, {"copied", "passage", 80},
	} {
		if got := p.Settings(tt.rule).Value(tt.key); got != tt.want {
			t.Errorf("%s.%s = %v, want %v", tt.rule, tt.key, got, tt.want)
		}
	}
	if roles := p.Settings("problems-share").Roles("roles"); len(roles) != 3 {
		t.Errorf("problems_roles: %v", roles)
	}
}

func TestConfigErrorsNameFileAndKey(t *testing.T) {
	cat := catalog(t)
	tests := []struct{ yaml, want string }{
		{"profil: default\n", `第 1 行：未知的键 "profil"`},
		{"rules:\n  problems-share: {mim: 0.3}\n", `未知的键 "rules.problems-share.mim"`},
		{"rules:\n  problems-share: {min: lots}\n", `rules.problems-share.min：应为0 到 1 之间的比例，现为 lots`},
		{"rules:\n  problems-share:\n    min: 1.5\n", "第 3 行：rules.problems-share.min：占比应在 0 到 1 之间"},
		{"rules:\n  concrete-measures: {min_items: 2.5}\n", "应为整数"},
		{"rules:\n  problems-share: {roles: [problems, nonsense]}\n", `未知的部分 "nonsense"`},
		{"rules:\n  no-such-rule: off\n", `未知的规则 "no-such-rule"`},
		{"rules:\n  cliches: loud\n", `键 rules.cliches 的值 "loud" 无效`},
		{"rules:\n  cliches: {level: loud}\n", `键 rules.cliches.level 的值 "loud" 无效`},
		{"profile: nope\n", `未知的方案 "nope"`},
		{"rules:\n  length-total: {min: 3000, max: 2000}\n", "min（3000）大于 max（2000）"},
		{"length: {min: 3000, max: 2000}\n", "min（3000）大于 max（2000）"},
		{"shares:\n  problem_min: 0.3\n", `第 2 行：未知的键 "shares.problem_min"`},
		{"length: [1, 2]\n", "键 length 应为键值映射"},
		{"- a\n- b\n", "顶层应为键值映射"},
		{"lexicon:\n  no-such-list: [x]\n", `未知的词表 "no-such-list"`},
		{"lexicon:\n  userdict: [x]\n", "userdict 是分词词典"},
		{"lexicon:\n  measure-deadline: [\"(\"]\n", "不是有效的正则表达式"},
		{"a: [\n", "不是有效的 YAML"},
		{"x: &a 1\nrules: *a\n", "不支持 YAML 别名"},
	}
	for _, tt := range tests {
		_, err := cat.Parse("dir/.shuzhi.yaml", []byte(tt.yaml))
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
	cfgPath := filepath.Join(root, config.FileName)
	if err := os.WriteFile(cfgPath, []byte("ignore: [草稿, \"*.bak.txt\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := config.Find(sub); got != cfgPath {
		t.Fatalf("Find = %q, want %q", got, cfgPath)
	}
	cfg, err := catalog(t).Load(cfgPath)
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
