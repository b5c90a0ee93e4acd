package config

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// The first version of .shuzhi.yaml grouped thresholds by kind (length,
// themes, speaking, shares, content) rather than by rule. Those files keep
// loading: each old key sets the parameter of the rule that owns it now.

// legacyKeys are the top-level keys of the first version.
var legacyKeys = map[string]bool{"length": true, "themes": true, "speaking": true, "shares": true, "content": true}

// legacyParam names the rule parameter an old key became.
type legacyParam struct{ rule, key string }

// legacyParams maps "section.key" of the first version to its parameter.
var legacyParams = map[string]legacyParam{
	"length.min":                    {"length-total", "min"},
	"length.max":                    {"length-total", "max"},
	"speaking.max_minutes":          {"speaking-time", "max_minutes"},
	"speaking.rate":                 {"speaking-time", "rate"},
	"shares.problems_min":           {"problems-share", "min"},
	"shares.problems_roles":         {"problems-share", "roles"},
	"shares.achievements_max":       {"achievements-share", "max"},
	"shares.measures_min":           {"measures-share", "min"},
	"shares.measures_max":           {"measures-share", "max"},
	"shares.token_problems":         {"no-problems", "token_share"},
	"content.abstract_ratio":        {"abstract-talk", "ratio"},
	"content.abstract_min_ideas":    {"abstract-talk", "min_ideas"},
	"content.vague_share":           {"superficial-problems", "vague_share"},
	"content.others_min":            {"self-responsibility", "others_min"},
	"content.subjective_share":      {"subjective-causes", "subjective_share"},
	"content.concrete_mean":         {"concrete-measures", "concrete_mean"},
	"content.direction_only_share":  {"concrete-measures", "direction_only_share"},
	"content.first_person_per_1000": {"first-person", "per_1000"},
	"content.first_person_share":    {"first-person", "share"},
	"content.evidence_per_100":      {"data-and-cases", "per_100"},
	"content.evidence_paragraphs":   {"data-and-cases", "paragraphs"},
	"content.evidence_min_words":    {"data-and-cases", "min_words"},
	"content.cliches_per_1000":      {"cliches", "per_1000"},
	"content.cliches_min_words":     {"cliches", "min_words"},
	"content.repeat_similarity":     {"last-year", "repeat_similarity"},
	"content.repeat_rewrite":        {"last-year", "repeat_rewrite"},
	"content.require_followup":      {"last-year", "require_followup"},
	"content.followup_sentences":    {"last-year", "followup_sentences"},
	"content.copied_share":          {"copied", "share"},
	"content.copied_critical":       {"copied", "critical"},
	"content.copied_passage":        {"copied", "passage"},
}

// parseLegacy reads one old section into the overrides, as if written
// under rules:.
func (c *Catalog) parseLegacy(section string, n *yaml.Node, ov *overrides) *ConfigError {
	if section == "themes" {
		return c.parseLegacyThemes(n, ov)
	}
	if n.Kind != yaml.MappingNode {
		return &ConfigError{Line: n.Line, Msg: fmt.Sprintf("键 %s 应为键值映射", section)}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		lp, ok := legacyParams[section+"."+k.Value]
		if !ok {
			return &ConfigError{Line: k.Line, Msg: fmt.Sprintf("未知的键 %q（旧格式；新格式写在 rules 下，如 rules: {concrete-measures: {direction_only_share: 0.5}}）", section+"."+k.Value)}
		}
		if err := c.setLegacy(lp, v, ov); err != nil {
			return err
		}
	}
	return nil
}

// setLegacy validates and sets one old value on its rule's parameter.
func (c *Catalog) setLegacy(lp legacyParam, v *yaml.Node, ov *overrides) *ConfigError {
	ch := c.byID[lp.rule]
	if ch == nil {
		return nil // the rule is not in this catalog
	}
	prm, ok := ch.Param(lp.key)
	if !ok {
		return nil // the rule no longer declares it
	}
	return setParam(ch, prm, v, ov)
}

// themeParams maps the themes of the first version's themes list to the
// parameters of length-section.
var themeParams = map[string]string{"party-building": "party_building", "integrity": "integrity", "ideology": "ideology"}

// parseLegacyThemes reads the first version's list of theme budgets
// ({theme, words, tolerance}); a theme it leaves out is not checked.
func (c *Catalog) parseLegacyThemes(n *yaml.Node, ov *overrides) *ConfigError {
	if n.Kind != yaml.SequenceNode {
		return &ConfigError{Line: n.Line, Msg: "键 themes 应为列表（新格式：rules: {length-section: {party_building: 1000, integrity: 800, ideology: 700, tolerance: 0.2}}）"}
	}
	words := map[string]*yaml.Node{}
	var tolerance *yaml.Node
	for _, item := range n.Content {
		var t struct {
			Theme     string    `yaml:"theme"`
			Words     yaml.Node `yaml:"words"`
			Tolerance yaml.Node `yaml:"tolerance"`
		}
		if item.Kind != yaml.MappingNode || item.Decode(&t) != nil || themeParams[t.Theme] == "" {
			return &ConfigError{Line: item.Line, Msg: "themes：每项应为 {theme: party-building|integrity|ideology, words: 字数, tolerance: 比例}"}
		}
		words[themeParams[t.Theme]] = &t.Words
		if t.Tolerance.Kind != 0 {
			if tolerance != nil && tolerance.Value != t.Tolerance.Value {
				return &ConfigError{Line: item.Line, Msg: "themes：各主题的 tolerance 须相同（新格式只有一个 tolerance：rules: {length-section: {tolerance: 0.2}}）"}
			}
			tol := t.Tolerance
			tolerance = &tol
		}
	}
	for _, key := range themeParams {
		w := words[key]
		if w == nil {
			w = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: "0", Line: n.Line}
		}
		if err := c.setLegacy(legacyParam{"length-section", key}, w, ov); err != nil {
			return err
		}
	}
	if tolerance != nil {
		return c.setLegacy(legacyParam{"length-section", "tolerance"}, tolerance, ov)
	}
	return nil
}
