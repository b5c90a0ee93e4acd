package config

import (
	"fmt"
	"strings"

	"shuzhi/lint"
)

// Template writes a .shuzhi.yaml that sets every rule's level and every
// parameter to the profile's value, each with its Chinese meaning, from
// the rules' declarations. It loads back to the same profile.
func (c *Catalog) Template(p *lint.Profile) string {
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	w("# shuzhi 配置文件：放在报告所在文件夹或其上级文件夹中。")
	w("# 下面列出方案 %s（%s）中每条规则的级别和参数，按本单位的述职评议考核工作方案修改。", p.Name, p.Title)
	w("# 依据：%s", p.Source)
	w("")
	w("profile: %s", p.Name)
	w("")
	w("# 每条规则的级别（off 关闭、info 提示、error 错误、critical 严重）和参数；")
	w("# shuzhi explain 规则ID 查看规则的检查方法和参数含义。")
	w("rules:")
	for _, ch := range c.checks {
		w("  %s:   # %s", ch.ID, ch.Title)
		w("    level: %s", p.Level(ch))
		vals := p.Settings(ch.ID)
		for _, prm := range ch.Params {
			w("    %s: %s   # %s", prm.Key, prm.Format(vals.Value(prm.Key)), oneLine(prm.Doc))
		}
	}
	w("")
	w("# 补充词表：键为词表名，值为要补充的词条。可用的词表：")
	for _, line := range wrap(c.base.names(), 8) {
		w("#   %s", line)
	}
	w("lexicon: {}")
	w("#  causes-subjective: [思想上有惰性]")
	w("")
	w("# 不审核的文件或文件夹（相对于本文件所在位置，可用通配符）")
	w("ignore: []")
	return b.String()
}

// Params describes a rule's parameters under a profile, one line each:
// key, value, what it means and what values it takes.
func (c *Catalog) Params(ch *lint.Check, p *lint.Profile) string {
	var b strings.Builder
	vals := p.Settings(ch.ID)
	for _, prm := range ch.Params {
		fmt.Fprintf(&b, "  %-22s %-10s %s（%s）\n", prm.Key, prm.Format(vals.Value(prm.Key)), oneLine(prm.Doc), prm.Kind.Label())
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// wrap joins names into lines of at most n names.
func wrap(names []string, n int) []string {
	var out []string
	for i := 0; i < len(names); i += n {
		out = append(out, strings.Join(names[i:min(i+n, len(names))], "、"))
	}
	return out
}
