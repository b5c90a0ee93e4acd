package render

import (
	"strings"

	"shuzhi/lint"
)

// Since compares a draft's review with the review of an earlier draft
// (check --since 旧稿): each finding of the draft is 新增 or 未改, and the
// findings of the old draft that are gone are 已改.
type Since struct {
	// Old is the earlier draft's path.
	Old string
	// Status holds, per finding of the draft, 新增 or 未改.
	Status []string
	// Fixed are the old draft's findings that the draft no longer has,
	// with the old document to locate them in.
	Fixed  []lint.Finding
	OldDoc *lint.Document
}

// Statuses of a finding against an earlier draft.
const (
	StatusNew       = "新增"
	StatusUnchanged = "未改"
	StatusFixed     = "已改"
)

// Compare matches the findings of a draft with those of an earlier one:
// the same rule on the same words (the excerpt, with spaces and the
// trailing ellipsis dropped), or the same rule about the whole document
// or a whole part, is the same finding.
func Compare(old, cur *lint.Result, oldPath string) *Since {
	key := func(r *lint.Result, fd lint.Finding) string {
		if fd.Start == 0 && fd.End == 0 {
			return fd.Rule + "\x00whole"
		}
		ex := strings.Join(strings.Fields(Locate(r.Doc, fd).Excerpt), "")
		return fd.Rule + "\x00" + strings.TrimSuffix(ex, "…")
	}
	left := map[string]int{}
	for _, fd := range old.Findings {
		left[key(old, fd)]++
	}
	s := &Since{Old: oldPath, OldDoc: old.Doc}
	for _, fd := range cur.Findings {
		k := key(cur, fd)
		if left[k] > 0 {
			left[k]--
			s.Status = append(s.Status, StatusUnchanged)
		} else {
			s.Status = append(s.Status, StatusNew)
		}
	}
	for _, fd := range old.Findings {
		if k := key(old, fd); left[k] > 0 {
			left[k]--
			s.Fixed = append(s.Fixed, fd)
		}
	}
	return s
}
