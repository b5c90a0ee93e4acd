package config

import (
	"fmt"

	"gopkg.in/yaml.v3"

	"shuzhi/lint"
)

// overrides are what a profile entry or a .shuzhi.yaml sets over the
// profile it starts from.
type overrides struct {
	levels  map[string]lint.Severity
	values  map[string]map[string]any
	lexicon map[string][]string
	// lines remember where each rule was set, for errors found when the
	// values are applied together.
	lines map[string]int
}

func (o *overrides) setLevel(rule string, s lint.Severity) {
	if o.levels == nil {
		o.levels = map[string]lint.Severity{}
	}
	o.levels[rule] = s
}

func (o *overrides) setValue(rule, key string, v any, line int) {
	if o.values == nil {
		o.values, o.lines = map[string]map[string]any{}, map[string]int{}
	}
	if o.values[rule] == nil {
		o.values[rule] = map[string]any{}
	}
	o.values[rule][key] = v
	if _, ok := o.lines[rule]; !ok {
		o.lines[rule] = line
	}
}

// parseRules reads a `rules:` mapping: each rule ID takes a level
// (cliches: off) or a mapping of its level and parameters
// (concrete-measures: {level: error, direction_only_share: 0.5}).
func (c *Catalog) parseRules(n *yaml.Node, ov *overrides) *ConfigError {
	if n.Kind != yaml.MappingNode {
		return &ConfigError{Line: n.Line, Msg: "键 rules 应为键值映射"}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		ch := c.byID[k.Value]
		if ch == nil {
			return &ConfigError{Line: k.Line, Msg: fmt.Sprintf("rules：未知的规则 %q（shuzhi rules 列出全部规则）", k.Value)}
		}
		switch v.Kind {
		case yaml.ScalarNode:
			s, err := lint.ParseSeverity(v.Value)
			if err != nil {
				return &ConfigError{Line: v.Line, Msg: fmt.Sprintf("键 rules.%s 的值 %q 无效：应为级别 off、info、error 或 critical", ch.ID, v.Value)}
			}
			ov.setLevel(ch.ID, s)
		case yaml.MappingNode:
			if err := c.parseRule(ch, v, ov); err != nil {
				return err
			}
		default:
			return &ConfigError{Line: v.Line, Msg: fmt.Sprintf("键 rules.%s 应为级别或键值映射", ch.ID)}
		}
	}
	return nil
}

// parseRule reads one rule's mapping of level and parameters.
func (c *Catalog) parseRule(ch *lint.Check, n *yaml.Node, ov *overrides) *ConfigError {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := "rules." + ch.ID + "." + k.Value
		if k.Value == "level" {
			s, err := lint.ParseSeverity(v.Value)
			if err != nil || v.Kind != yaml.ScalarNode {
				return &ConfigError{Line: v.Line, Msg: fmt.Sprintf("键 %s 的值 %q 无效：应为 off、info、error 或 critical", key, v.Value)}
			}
			ov.setLevel(ch.ID, s)
			continue
		}
		prm, ok := ch.Param(k.Value)
		if !ok {
			return &ConfigError{Line: k.Line, Msg: fmt.Sprintf("未知的键 %q（规则 %s 的参数：%s）", key, ch.ID, paramKeys(ch))}
		}
		if err := setParam(ch, prm, v, ov); err != nil {
			return err
		}
	}
	return nil
}

// setParam validates the value node of one of a rule's parameters and
// sets it.
func setParam(ch *lint.Check, prm lint.Param, v *yaml.Node, ov *overrides) *ConfigError {
	key := "rules." + ch.ID + "." + prm.Key
	raw, err := decodeValue(v)
	if err != nil {
		return &ConfigError{Line: v.Line, Msg: fmt.Sprintf("键 %s 的值 %q 无效：应为%s", key, v.Value, prm.Kind.Label())}
	}
	val, err := prm.Normalize(raw)
	if err != nil {
		return &ConfigError{Line: v.Line, Msg: fmt.Sprintf("%s：%v", key, err)}
	}
	ov.setValue(ch.ID, prm.Key, val, v.Line)
	return nil
}

// decodeValue decodes a scalar (number, bool) or a list of strings.
func decodeValue(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		var v any
		if err := n.Decode(&v); err != nil {
			return nil, err
		}
		return v, nil
	case yaml.SequenceNode:
		var v []string
		if err := n.Decode(&v); err != nil {
			return nil, err
		}
		return v, nil
	}
	return nil, fmt.Errorf("not a value")
}

func paramKeys(ch *lint.Check) string {
	if len(ch.Params) == 0 {
		return "无，只能设 level"
	}
	s := "level"
	for _, p := range ch.Params {
		s += "、" + p.Key
	}
	return s
}

// apply sets the overrides on p (a fresh copy) and checks what the rules
// require of their values together (a minimum not above its maximum).
func (c *Catalog) apply(p *lint.Profile, ov *overrides) *ConfigError {
	for rule, s := range ov.levels {
		p.Levels[rule] = s
	}
	for rule, vals := range ov.values {
		for k, v := range vals {
			p.Values[rule][k] = v
		}
	}
	for _, ch := range c.checks {
		if ch.Validate == nil {
			continue
		}
		if err := ch.Validate(p.Settings(ch.ID)); err != nil {
			return &ConfigError{Line: ov.lines[ch.ID], Msg: fmt.Sprintf("rules.%s：%v", ch.ID, err)}
		}
	}
	if len(ov.lexicon) > 0 {
		set, err := c.base.extend(ov.lexicon)
		if err != nil {
			return err
		}
		p.Lexicons = set
	}
	return nil
}
