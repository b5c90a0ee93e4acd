package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"shuzhi/lint"
	"shuzhi/lint/read"
)

// FileName is the config file searched for beside a document and in its
// parent folders.
const FileName = ".shuzhi.yaml"

// Config is a parsed .shuzhi.yaml: the profile it picks, the levels and
// parameters it sets per rule, lexicon additions and ignored paths.
type Config struct {
	// Path is the file the config was read from.
	Path string
	// Profile names the built-in profile to start from ("" = default).
	Profile string
	// Ignore lists glob patterns, relative to the config's folder, of
	// files and folders not to check.
	Ignore []string
	// Waivers are the findings a reviewer accepted, with the reason.
	Waivers []*Waiver

	catalog *Catalog
	over    overrides
}

// ConfigError is a bad configuration: the file, the 1-based line (0 if
// unknown) and the cause, in Chinese.
type ConfigError struct {
	Path string
	Line int
	Msg  string
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("配置文件 %s 第 %d 行：%s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("配置文件 %s：%s", e.Path, e.Msg)
}

// Load reads and validates a config file.
func (c *Catalog) Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &ConfigError{Path: path, Msg: "无法读取（" + read.DescribeOSError(err) + "）"}
	}
	return c.Parse(path, data)
}

// Parse validates and parses config data; path names it in errors. Besides
// the keys of today (profile, rules, lexicon, ignore), the keys of the
// first version (length, themes, speaking, shares, content) still load:
// each sets the rule parameter it became (see legacy.go).
func (c *Catalog) Parse(path string, data []byte) (*Config, error) {
	cfg, err := c.parse(data)
	if err != nil {
		err.Path = path
		return nil, err
	}
	cfg.Path = path
	if _, err := cfg.Apply(""); err != nil {
		return nil, err
	}
	return cfg, nil
}

func (c *Catalog) parse(data []byte) (*Config, *ConfigError) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &ConfigError{Line: yamlErrorLine(err), Msg: "不是有效的 YAML：" + err.Error()}
	}
	cfg := &Config{catalog: c}
	if len(doc.Content) == 0 {
		return cfg, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &ConfigError{Line: root.Line, Msg: "顶层应为键值映射"}
	}
	if err := noAliases(root); err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var err *ConfigError
		switch k.Value {
		case "profile":
			cfg.Profile = v.Value
			if _, e := c.Profile(v.Value); e != nil || v.Kind != yaml.ScalarNode {
				err = &ConfigError{Line: v.Line, Msg: fmt.Sprintf("profile：未知的方案 %q（shuzhi profiles 列出全部方案）", v.Value)}
			}
		case "ignore":
			if v.Kind != yaml.SequenceNode || v.Decode(&cfg.Ignore) != nil {
				err = &ConfigError{Line: v.Line, Msg: "键 ignore 应为文件或文件夹的列表"}
			}
		case "rules":
			err = c.parseRules(v, &cfg.over)
		case "lexicon":
			err = parseLexicon(v, &cfg.over)
		case "waivers":
			cfg.Waivers, err = c.parseWaivers(v)
		default:
			if !legacyKeys[k.Value] {
				return nil, &ConfigError{Line: k.Line, Msg: fmt.Sprintf("未知的键 %q（可用的键：profile、rules、lexicon、ignore、waivers）", k.Value)}
			}
			err = c.parseLegacy(k.Value, v, &cfg.over)
		}
		if err != nil {
			return nil, err
		}
	}
	return cfg, nil
}

func parseLexicon(n *yaml.Node, ov *overrides) *ConfigError {
	if n.Kind != yaml.MappingNode {
		return &ConfigError{Line: n.Line, Msg: "键 lexicon 应为键值映射（词表名: [词条, …]）"}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		var entries []string
		if v.Kind != yaml.SequenceNode || v.Decode(&entries) != nil {
			return &ConfigError{Line: v.Line, Msg: fmt.Sprintf("键 lexicon.%s 应为词条的列表", k.Value)}
		}
		if ov.lexicon == nil {
			ov.lexicon = map[string][]string{}
		}
		ov.lexicon[k.Value] = append(ov.lexicon[k.Value], entries...)
	}
	return nil
}

// noAliases refuses YAML aliases, which could expand a small file into a
// huge one.
func noAliases(n *yaml.Node) *ConfigError {
	if n.Kind == yaml.AliasNode {
		return &ConfigError{Line: n.Line, Msg: "不支持 YAML 别名"}
	}
	for _, c := range n.Content {
		if err := noAliases(c); err != nil {
			return err
		}
	}
	return nil
}

// Apply returns the profile in force: the named profile (or, when name is
// empty, the config's, or default) with the config's settings applied. A
// nil Config applies none.
func (c *Config) Apply(name string) (*lint.Profile, error) {
	if c == nil {
		return nil, fmt.Errorf("config: Apply on a nil Config; use Catalog.Profile")
	}
	if name == "" {
		name = c.Profile
	}
	base, err := c.catalog.Profile(name)
	if err != nil {
		return nil, err
	}
	p := clone(base)
	if e := c.catalog.apply(p, &c.over); e != nil {
		e.Path = c.Path
		return nil, e
	}
	return p, nil
}

// Override applies config text (as in a rule's Example.Override) to a copy
// of the profile.
func (c *Catalog) Override(p *lint.Profile, text string) (*lint.Profile, error) {
	cfg, err := c.parse([]byte(text))
	if err != nil {
		return nil, err
	}
	q := clone(p)
	if e := c.apply(q, &cfg.over); e != nil {
		return nil, e
	}
	return q, nil
}

func yamlErrorLine(err error) int {
	var line int
	if _, e := fmt.Sscanf(strings.TrimPrefix(err.Error(), "yaml: "), "line %d:", &line); e == nil {
		return line
	}
	return 0
}

// Find returns the nearest .shuzhi.yaml in dir or a parent folder, or ""
// if there is none.
func Find(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(abs, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return ""
		}
		abs = parent
	}
}

// Ignored reports whether a file is excluded by the config's ignore
// patterns. Patterns are matched, with filepath.Match, against the path
// relative to the config's folder and against each of its leading folders,
// so "草稿" and "草稿/*" both exclude everything under 草稿/.
func (c *Config) Ignored(file string) bool {
	if c == nil || len(c.Ignore) == 0 {
		return false
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(filepath.Dir(c.Path), abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	parts := strings.Split(rel, "/")
	for _, pat := range c.Ignore {
		pat = strings.TrimSuffix(filepath.ToSlash(pat), "/")
		for i := 1; i <= len(parts); i++ {
			if ok, _ := filepath.Match(pat, strings.Join(parts[:i], "/")); ok {
				return true
			}
		}
		if ok, _ := filepath.Match(pat, parts[len(parts)-1]); ok {
			return true
		}
	}
	return false
}
