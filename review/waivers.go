package review

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"shuzhi/config"
	"shuzhi/lint"
)

// waive applies the waivers of the file's config: a finding a waiver
// accepts keeps its place but carries the reason, and the verdict is
// decided again without it.
func (r *Reviewer) waive(path string, res *lint.Result) {
	changed := waiveByComments(res)
	cfg, err := r.ConfigFor(path)
	if err != nil || cfg == nil || len(cfg.Waivers) == 0 {
		if changed {
			res.Verdict, res.Reason = lint.Decide(res.Findings, r.guardOf)
		}
		return
	}
	dir := filepath.Dir(cfg.Path)
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

// commentWaiver: a Word comment by which a reviewer accepts the findings
// of a rule on the text it is anchored on (shuzhi:忽略 cliches 固定提法).
var commentWaiver = regexp.MustCompile(`^\s*shuzhi\s*[:：]\s*忽略\s+([a-z][a-z-]*)\s*(.*)$`)

// waiveByComments applies the waivers written as Word comments: each
// accepts the findings of its rule that lie in its range. A waiver
// without a reason, or of no finding, is noted with the result. It
// reports whether any finding was waived.
func waiveByComments(res *lint.Result) bool {
	changed := false
	for _, c := range res.Doc.Comments {
		m := commentWaiver.FindStringSubmatch(c.Text)
		if m == nil {
			continue
		}
		rule, reason := m[1], strings.TrimSpace(m[2])
		if reason == "" {
			res.Doc.Notes = append(res.Doc.Notes, fmt.Sprintf("第%d段的批注“%s”没有写理由，未豁免", c.Para+1, strings.TrimSpace(c.Text)))
			continue
		}
		used := false
		for k, fd := range res.Findings {
			if fd.Rule == rule && fd.Waived == "" && inComment(c, fd) {
				res.Findings[k].Waived = reason
				used, changed = true, true
			}
		}
		if !used {
			res.Doc.Notes = append(res.Doc.Notes, fmt.Sprintf("第%d段的批注豁免（规则 %s）没有匹配任何意见", c.Para+1, rule))
		}
	}
	return changed
}

// inComment reports whether a finding lies in a comment's range: it starts
// between the comment's start and end.
func inComment(c lint.Comment, fd lint.Finding) bool {
	after := fd.Para > c.Para || fd.Para == c.Para && fd.Start >= c.Start || fd.Para == c.Para && fd.Start == 0 && fd.End == 0
	before := fd.Para < c.EndPara || fd.Para == c.EndPara && (fd.Start < c.End || fd.Start == 0 && fd.End == 0)
	return after && before
}
