package review

import (
	"fmt"
	"path/filepath"
	"sort"

	"shuzhi/config"
	"shuzhi/lint"
)

// waive applies the waivers of the file's config: a finding a waiver
// accepts keeps its place but carries the reason, and the verdict is
// decided again without it.
func (r *Reviewer) waive(path string, res *lint.Result) {
	cfg, err := r.ConfigFor(path)
	if err != nil || cfg == nil || len(cfg.Waivers) == 0 {
		return
	}
	dir := filepath.Dir(cfg.Path)
	changed := false
	for k, fd := range res.Findings {
		excerpt := lint.RuneSlice(res.Doc.Paragraphs[min(fd.Para, len(res.Doc.Paragraphs)-1)].Text, fd.Start, fd.End)
		if fd.Start == 0 && fd.End == 0 {
			excerpt = res.Doc.Paragraphs[min(fd.Para, len(res.Doc.Paragraphs)-1)].Text
		}
		for _, w := range cfg.Waivers {
			if w.Matches(dir, path, fd, excerpt) {
				res.Findings[k].Waived = w.Reason
				r.markUsed(w)
				changed = true
				break
			}
		}
	}
	if changed {
		res.Verdict, res.Reason = lint.Decide(res.Findings, r.guardOf)
	}
}

// guardOf is the 七个防止 a rule guards against, as lint.Run decides.
func (r *Reviewer) guardOf(rule string) string {
	for _, c := range r.opts.Checks {
		if c.ID == rule {
			return c.Guard
		}
	}
	return ""
}

func (r *Reviewer) markUsed(w *config.Waiver) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.usedWaivers == nil {
		r.usedWaivers = map[*config.Waiver]bool{}
	}
	r.usedWaivers[w] = true
}

// UnusedWaivers says, for every config the run read, which of its waivers
// accepted no finding, so that a stale or mistyped waiver does not go
// unnoticed.
func (r *Reviewer) UnusedWaivers() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	seen := map[*config.Config]bool{}
	cfgs := []*config.Config{r.explicit}
	for _, res := range r.configs {
		cfgs = append(cfgs, res.cfg)
	}
	for _, cfg := range cfgs {
		if cfg == nil || seen[cfg] {
			continue
		}
		seen[cfg] = true
		for _, w := range cfg.Waivers {
			if !r.usedWaivers[w] {
				out = append(out, fmt.Sprintf("配置文件 %s 第 %d 行的豁免（规则 %s）没有匹配任何意见", cfg.Path, w.Line, w.Rule))
			}
		}
	}
	sort.Strings(out)
	return out
}
