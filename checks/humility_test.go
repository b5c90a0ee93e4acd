package checks_test

import (
	"strings"
	"testing"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/lint/render"
	"shuzhi/review"
)

// TestNoConfidentVerdictOnAnUnreadStructure: problems written inside the
// achievements, with no heading or cue of their own, make the outline
// doubtful; the report then gets one finding saying so, no critical one
// and no 重写. A report with no self-criticism at all is still 只讲成绩.
func TestNoConfidentVerdictOnAnUnreadStructure(t *testing.T) {
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		t.Fatal(err)
	}
	prof, _ := rev.Catalog().Profile("default")
	hidden := "一、主要工作\n我主持召开支委会24次，讲党课4次，走访党员群众86户，推动解决群众反映的问题31件。\n" +
		"我对流动党员管理不够，全年有5名流动党员未参加组织生活，教育管理不到位。\n" +
		"我到支部调研不足，全年只去了3次，工作作风不实。\n" +
		"二、下一步打算\n我将于3月底前建立流动党员台账，每季度到支部调研1次。"
	res, err := rev.Document(docFromText(hidden), prof, lint.Context{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outline.Doubt == "" {
		t.Fatal("self-criticism outside any problem part left the outline confident")
	}
	if res.Verdict == lint.VerdictRewrite {
		t.Errorf("verdict 重写 on a doubted outline: %s", res.Reason)
	}
	unsure := 0
	for _, f := range res.Findings {
		if f.Severity == lint.SeverityCritical {
			t.Errorf("critical finding on a doubted outline: %s %s", f.Rule, f.Message)
		}
		switch f.Rule {
		case "no-problems", "achievements-share", "measures-share":
			t.Errorf("%s fired on a doubted outline: %s", f.Rule, f.Message)
		case "problems-share":
			if !f.Unsure || !strings.Contains(f.Message, "未能识别报告的问题部分") {
				t.Errorf("problems-share does not say the part was not found: %+v", f)
			}
			unsure++
		}
	}
	if unsure != 1 {
		t.Errorf("want one finding about the unread structure, got %d", unsure)
	}
	var out strings.Builder
	if err := render.Text(&out, []render.File{{Path: "x.txt", Result: res}}, render.TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "成绩 ") && strings.Contains(out.String(), "█") {
		t.Errorf("text output shows share bars for a doubted outline:\n%s", out.String())
	}

	praise := "一、主要工作\n我主持召开支委会24次，讲党课4次，走访党员群众86户。\n我牵头建成党群服务中心2个，发展党员3名。\n二、下一步打算\n我将于3月底前建立流动党员台账。"
	res, err = rev.Document(docFromText(praise), prof, lint.Context{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outline.Doubt != "" || res.Verdict != lint.VerdictRewrite || !firing(res, lint.SeverityCritical)["no-problems"] {
		t.Errorf("a report of praise only: doubt %q, verdict %s, findings %s", res.Outline.Doubt, res.Verdict, describe(res))
	}
}
