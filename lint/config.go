package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// ConfigName is the file name searched for beside a document and in its
// parent folders.
const ConfigName = ".shuzhi.yaml"

// Config is a parsed .shuzhi.yaml: the profile it picks, overrides of that
// profile's thresholds and rule levels, lexicon additions and ignored paths.
type Config struct {
	// Path is the file the config was read from.
	Path string
	// Profile names the built-in profile to start from ("" = default).
	Profile string
	// Ignore lists glob patterns, relative to the config's folder, of
	// files and folders not to check.
	Ignore []string
	// overrides is the YAML of the profile keys set in the file.
	overrides []byte
}

// configFile is the shape of .shuzhi.yaml, used to validate its keys.
type configFile struct {
	Profile  string              `yaml:"profile"`
	Ignore   []string            `yaml:"ignore"`
	Lexicon  map[string][]string `yaml:"lexicon"`
	Length   Range               `yaml:"length"`
	Themes   []ThemeBudget       `yaml:"themes"`
	Speaking Speaking            `yaml:"speaking"`
	Shares   Shares              `yaml:"shares"`
	Content  Content             `yaml:"content"`
	Rules    map[string]Severity `yaml:"rules"`
}

// profileKeys are the keys of configFile that override the profile.
var profileKeys = map[string]bool{
	"length": true, "themes": true, "speaking": true, "shares": true, "content": true, "rules": true, "lexicon": true,
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

// LoadConfig reads and validates a config file. ruleIDs are the known rule
// IDs; a level set for any other ID is an error.
func LoadConfig(path string, ruleIDs []string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &ConfigError{Path: path, Msg: "无法读取：" + err.Error()}
	}
	return ParseConfig(path, data, ruleIDs)
}

// ParseConfig validates and parses config data; path names it in errors.
func ParseConfig(path string, data []byte, ruleIDs []string) (*Config, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &ConfigError{Path: path, Line: yamlErrorLine(err), Msg: "不是有效的 YAML：" + err.Error()}
	}
	cfg := &Config{Path: path}
	if len(doc.Content) == 0 {
		return cfg, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &ConfigError{Path: path, Line: root.Line, Msg: "顶层应为键值映射"}
	}
	if err := checkNode(root, reflect.TypeOf(configFile{}), ""); err != nil {
		err.Path = path
		return nil, err
	}
	known := map[string]bool{}
	for _, id := range ruleIDs {
		known[id] = true
	}
	over := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch {
		case k.Value == "profile":
			cfg.Profile = v.Value
			if _, err := LookupProfile(v.Value); err != nil {
				return nil, &ConfigError{Path: path, Line: v.Line, Msg: "profile：" + err.Error()}
			}
		case k.Value == "ignore":
			_ = v.Decode(&cfg.Ignore)
		case profileKeys[k.Value]:
			if k.Value == "rules" {
				for j := 0; j+1 < len(v.Content); j += 2 {
					if id := v.Content[j]; !known[id.Value] {
						return nil, &ConfigError{Path: path, Line: id.Line, Msg: fmt.Sprintf("rules：未知的规则 %q（shuzhi rules 列出全部规则）", id.Value)}
					}
				}
			}
			over.Content = append(over.Content, k, v)
		}
	}
	if len(over.Content) > 0 {
		b, err := yaml.Marshal(over)
		if err != nil {
			return nil, &ConfigError{Path: path, Msg: err.Error()}
		}
		cfg.overrides = b
	}
	if _, err := cfg.Apply(""); err != nil {
		return nil, err
	}
	return cfg, nil
}

// Apply returns the profile in force: the named profile (or, when name is
// empty, the config's, or default) with the config's overrides applied.
// A nil Config applies no overrides.
func (c *Config) Apply(name string) (*Profile, error) {
	if name == "" && c != nil {
		name = c.Profile
	}
	if name == "" {
		name = "default"
	}
	p, err := LookupProfile(name)
	if err != nil {
		return nil, err
	}
	if c == nil || c.overrides == nil {
		return p, nil
	}
	if err := ApplyOverride(p, c.overrides); err != nil {
		return nil, &ConfigError{Path: c.Path, Msg: err.Error()}
	}
	return p, nil
}

// ApplyOverride sets the profile fields given in YAML data on p, keeping
// the others, and validates the result.
func ApplyOverride(p *Profile, data []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	name := p.Name
	if err := dec.Decode(p); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	p.Name = name
	return p.Validate()
}

// checkNode validates a YAML node against the Go type it must decode into,
// so that an unknown key or a bad value is reported with its line and its
// full key path, in Chinese.
func checkNode(n *yaml.Node, t reflect.Type, path string) *ConfigError {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.AliasNode {
		return &ConfigError{Line: n.Line, Msg: "不支持 YAML 别名"}
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return &ConfigError{Line: n.Line, Msg: fmt.Sprintf("%s 应为键值映射", keyName(path))}
		}
		fields := map[string]reflect.Type{}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if tag := strings.Split(f.Tag.Get("yaml"), ",")[0]; tag != "" && tag != "-" {
				fields[tag] = f.Type
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			ft, ok := fields[k.Value]
			if !ok {
				return &ConfigError{Line: k.Line, Msg: fmt.Sprintf("未知的键 %q", join(path, k.Value))}
			}
			if err := checkNode(n.Content[i+1], ft, join(path, k.Value)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return &ConfigError{Line: n.Line, Msg: fmt.Sprintf("%s 应为键值映射", keyName(path))}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if err := checkNode(n.Content[i+1], t.Elem(), join(path, n.Content[i].Value)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return &ConfigError{Line: n.Line, Msg: fmt.Sprintf("%s 应为列表", keyName(path))}
		}
		for _, c := range n.Content {
			if err := checkNode(c, t.Elem(), path); err != nil {
				return err
			}
		}
	default:
		if n.Kind != yaml.ScalarNode {
			return &ConfigError{Line: n.Line, Msg: fmt.Sprintf("%s 应为单个值", keyName(path))}
		}
		v := reflect.New(t)
		if err := n.Decode(v.Interface()); err != nil {
			return &ConfigError{Line: n.Line, Msg: fmt.Sprintf("%s 的值 %q 无效", keyName(path), n.Value)}
		}
	}
	return nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func keyName(path string) string {
	if path == "" {
		return "配置"
	}
	return "键 " + path
}

func yamlErrorLine(err error) int {
	var line int
	if _, e := fmt.Sscanf(strings.TrimPrefix(err.Error(), "yaml: "), "line %d:", &line); e == nil {
		return line
	}
	return 0
}

// FindConfig returns the nearest .shuzhi.yaml in dir or a parent folder, or
// "" if there is none.
func FindConfig(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(abs, ConfigName)
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
