// Package config makes the profiles shuzhi reviews under: the built-in
// plans of profiles.yaml and the .shuzhi.yaml files users write, resolved
// against the parameters the rules declare (lint.Check.Params) and the
// lexicons of dict/. It validates both, generates the commented template
// of `shuzhi init` and the descriptions of `profiles` and `explain`, and is
// the only package that parses YAML.
package config

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"shuzhi/lint"
)

// Catalog knows the rules and the built-in profiles resolved for them.
// It is read-only once made and safe for concurrent use.
type Catalog struct {
	checks   []*lint.Check
	byID     map[string]*lint.Check
	base     *lexiconBase
	builtins []*lint.Profile
}

//go:embed profiles.yaml
var profilesYAML []byte

// New returns the catalog of the given rules (the CLI passes checks.All).
// It fails only when a rule declares a bad default or the built-in
// profiles do not fit the rules, both programming errors the tests catch.
func New(checks []*lint.Check) (*Catalog, error) {
	c := &Catalog{checks: checks, byID: map[string]*lint.Check{}}
	for _, ch := range checks {
		c.byID[ch.ID] = ch
		for _, p := range ch.Params {
			if _, err := p.Normalize(yamlValue(p.Default)); err != nil {
				return nil, fmt.Errorf("config: rule %s: default of %s: %v", ch.ID, p.Key, err)
			}
		}
	}
	var err error
	if c.base, err = loadLexiconBase(); err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(profilesYAML, &doc); err != nil {
		return nil, fmt.Errorf("config: profiles.yaml: %v", err)
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("config: profiles.yaml: want a list of profiles")
	}
	for _, n := range doc.Content[0].Content {
		p, err := c.builtin(n)
		if err != nil {
			return nil, fmt.Errorf("config: profiles.yaml: %v", err)
		}
		c.builtins = append(c.builtins, p)
	}
	return c, nil
}

// builtin resolves one entry of profiles.yaml.
func (c *Catalog) builtin(n *yaml.Node) (*lint.Profile, error) {
	p := c.defaults()
	var ov overrides
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "name":
			p.Name = v.Value
		case "title":
			p.Title = v.Value
		case "source":
			p.Source = v.Value
		case "rules":
			if err := c.parseRules(v, &ov); err != nil {
				return nil, fmt.Errorf("%s: %v", p.Name, err.Msg)
			}
		default:
			return nil, fmt.Errorf("line %d: unknown key %q", k.Line, k.Value)
		}
	}
	if p.Name == "" || p.Title == "" || p.Source == "" {
		return nil, fmt.Errorf("line %d: a profile needs name, title and source", n.Line)
	}
	if err := c.apply(p, &ov); err != nil {
		return nil, fmt.Errorf("%s: %v", p.Name, err.Msg)
	}
	return p, nil
}

// defaults returns a profile with every rule at its declared defaults and
// the lexicons of dict/.
func (c *Catalog) defaults() *lint.Profile {
	p := &lint.Profile{Levels: map[string]lint.Severity{}, Values: map[string]map[string]any{}, Lexicons: c.base.set}
	for _, ch := range c.checks {
		vals := map[string]any{}
		for _, prm := range ch.Params {
			vals[prm.Key], _ = prm.Normalize(yamlValue(prm.Default))
		}
		p.Values[ch.ID] = vals
	}
	return p
}

// yamlValue turns a declared default into the shape YAML decodes to, so
// that defaults and configured values are normalised alike.
func yamlValue(v any) any {
	if roles, ok := v.([]lint.Role); ok {
		out := make([]string, len(roles))
		for i, r := range roles {
			out[i] = string(r)
		}
		return out
	}
	return v
}

// Checks returns the rules of the catalog.
func (c *Catalog) Checks() []*lint.Check { return c.checks }

// Profiles returns the built-in profiles, in their listed order. They are
// shared: callers must not change them.
func (c *Catalog) Profiles() []*lint.Profile { return c.builtins }

// Profile returns the built-in profile with that name ("" = default).
func (c *Catalog) Profile(name string) (*lint.Profile, error) {
	if name == "" {
		name = "default"
	}
	for _, p := range c.builtins {
		if p.Name == name {
			return p, nil
		}
	}
	names := make([]string, len(c.builtins))
	for i, p := range c.builtins {
		names[i] = p.Name
	}
	sort.Strings(names)
	return nil, fmt.Errorf("未知的方案 %q（可选：%s）", name, strings.Join(names, "、"))
}

// clone copies a profile's maps so that overrides never touch the
// built-ins.
func clone(p *lint.Profile) *lint.Profile {
	q := *p
	q.Levels = make(map[string]lint.Severity, len(p.Levels))
	for k, v := range p.Levels {
		q.Levels[k] = v
	}
	q.Values = make(map[string]map[string]any, len(p.Values))
	for rule, vals := range p.Values {
		m := make(map[string]any, len(vals))
		for k, v := range vals {
			m[k] = v
		}
		q.Values[rule] = m
	}
	return &q
}
