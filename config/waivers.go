package config

import (
	"fmt"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"shuzhi/lint"
)

// Waiver accepts a finding, as //nolint does in code, with a reason:
//
//	waivers:
//	  - file: 一支部/张三述职报告.docx   # glob, relative to the config's folder; all files if left out
//	    rule: cliches
//	    excerpt: 进一步加强               # optional: the finding's excerpt holds this
//	    paragraph: 12                    # optional: the finding's paragraph (1-based)
//	    reason: 固定提法，审核组同意保留   # required
type Waiver struct {
	File, Rule, Excerpt, Reason string
	Paragraph                   int
	// Line is the waiver's line in the config, for messages.
	Line int
}

// parseWaivers reads the waivers: each names a known rule and a reason.
func (c *Catalog) parseWaivers(n *yaml.Node) ([]*Waiver, *ConfigError) {
	if n.Kind != yaml.SequenceNode {
		return nil, &ConfigError{Line: n.Line, Msg: "键 waivers 应为豁免的列表（每项写 rule、reason，可加 file、excerpt、paragraph）"}
	}
	var out []*Waiver
	for _, item := range n.Content {
		w := &Waiver{Line: item.Line}
		var raw struct {
			File      string `yaml:"file"`
			Rule      string `yaml:"rule"`
			Excerpt   string `yaml:"excerpt"`
			Paragraph int    `yaml:"paragraph"`
			Reason    string `yaml:"reason"`
		}
		if item.Kind != yaml.MappingNode || item.Decode(&raw) != nil {
			return nil, &ConfigError{Line: item.Line, Msg: "每项豁免应为键值映射（rule、reason，可加 file、excerpt、paragraph）"}
		}
		for i := 0; i+1 < len(item.Content); i += 2 {
			switch item.Content[i].Value {
			case "file", "rule", "excerpt", "paragraph", "reason":
			default:
				return nil, &ConfigError{Line: item.Content[i].Line, Msg: fmt.Sprintf("豁免中未知的键 %q（可用：file、rule、excerpt、paragraph、reason）", item.Content[i].Value)}
			}
		}
		w.File, w.Rule, w.Excerpt, w.Paragraph, w.Reason = raw.File, raw.Rule, raw.Excerpt, raw.Paragraph, strings.TrimSpace(raw.Reason)
		if c.byID[w.Rule] == nil {
			return nil, &ConfigError{Line: item.Line, Msg: fmt.Sprintf("豁免的规则 %q 不存在（shuzhi rules 列出全部规则）", w.Rule)}
		}
		if w.Reason == "" {
			return nil, &ConfigError{Line: item.Line, Msg: "豁免必须写明理由（reason）"}
		}
		if _, err := filepath.Match(w.File, ""); err != nil {
			return nil, &ConfigError{Line: item.Line, Msg: fmt.Sprintf("豁免的 file %q 不是有效的通配符", w.File)}
		}
		out = append(out, w)
	}
	return out, nil
}

// Matches reports whether the waiver accepts a finding of the document at
// path (the config lives in dir); excerpt is the finding's excerpt.
func (w *Waiver) Matches(dir, path string, fd lint.Finding, excerpt string) bool {
	if fd.Rule != w.Rule || w.Paragraph > 0 && fd.Para+1 != w.Paragraph || w.Excerpt != "" && !strings.Contains(excerpt, w.Excerpt) {
		return false
	}
	if w.File == "" {
		return true
	}
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return false
	}
	ok, _ := filepath.Match(filepath.FromSlash(w.File), rel)
	base, _ := filepath.Match(w.File, filepath.Base(path))
	return ok || base
}
