package render

import (
	"fmt"
	"math"
	"strings"

	"shuzhi/lint"
)

// Overview is the head of one file's review in plain words, as the
// annotated copy's first comment, the 审核意见单 and the workbook give it.
type Overview struct {
	Verdict lint.Verdict
	// Reason is the 结论依据; "" when the report passed.
	Reason string
	// Words is the 字数 against the plan's range ("字数 1264（要求800–3000字）").
	Words string
	// Profile names the plan checked against ("default（通用述职报告）").
	Profile string
	// Parts gives each part's share ("成绩 33%、问题 24%、原因 18%、措施 22%"),
	// or why the shares could not be measured.
	Parts string
}

// OverviewOf sums up a result.
func OverviewOf(r *lint.Result) Overview {
	o := Overview{
		Verdict: r.Verdict,
		Words:   fmt.Sprintf("字数 %d%s", r.Counts.Words, limitText(lengthRange(r.Profile))),
		Profile: fmt.Sprintf("%s（%s）", r.Profile.Name, r.Profile.Title),
	}
	if r.Verdict != lint.VerdictPass {
		o.Reason = r.Reason
	}
	if why := partsUnknown(r); why != "" {
		o.Parts = why
		return o
	}
	var parts []string
	for _, role := range lint.BodyRoles {
		share := r.Shares[role]
		if share == 0 && role == lint.RoleFollowup {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %.0f%%", role.Label(), math.Round(share*100)))
	}
	o.Parts = strings.Join(parts, "、")
	return o
}

// partsUnknown says why the parts' shares cannot be measured, or "".
func partsUnknown(r *lint.Result) string {
	switch {
	case r.Outline.Doubt != "":
		return r.Outline.Doubt + "；各部分篇幅无法核对"
	case r.Outline.Structure == lint.StructureNone:
		return "未识别出成绩、问题、原因、措施各部分；各部分篇幅无法核对"
	}
	return ""
}
