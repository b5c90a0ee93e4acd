package checks_test

import (
	"testing"

	"shuzhi/checks"
	"shuzhi/config"
	"shuzhi/lint"
	"shuzhi/review"
)

// fires reviews text under a config and reports whether the rule fires at
// error or above.
func fires(t *testing.T, text, report, rule string) bool {
	t.Helper()
	cat, err := config.New(checks.All)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := cat.Parse("test/.shuzhi.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	prof, err := cfg.Apply("")
	if err != nil {
		t.Fatal(err)
	}
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		t.Fatal(err)
	}
	res, err := rev.Document(docFromText(report), prof, lint.Context{})
	if err != nil {
		t.Fatal(err)
	}
	return firing(res, lint.SeverityError)[rule]
}

const objectiveCauses = "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n全年有5名流动党员未参加组织生活。\n三、原因分析\n客观上活动经费紧张。同时思想上有惰性，作风飘浮。\n四、下一步打算\n我将于3月底前建立流动党员台账。"

func TestConfigAddsLexiconEntries(t *testing.T) {
	if !fires(t, "", objectiveCauses, "subjective-causes") {
		t.Fatal("without the additions the causes read as objective only")
	}
	if fires(t, "lexicon:\n  causes-subjective: [思想上有惰性, 作风飘浮]\n", objectiveCauses, "subjective-causes") {
		t.Error("entries added to causes-subjective were not used")
	}
}

func TestConfigChangesThresholdsAndLevels(t *testing.T) {
	vague := "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n一是理论学习不够系统深入。二是创新意识不强。三是我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"
	if !fires(t, "", vague, "superficial-problems") {
		t.Fatal("two vague items of three should fire at the default threshold")
	}
	if fires(t, "content: {vague_share: 0.7}\n", vague, "superficial-problems") {
		t.Error("content.vague_share was not applied")
	}
	if fires(t, "rules: {superficial-problems: info}\n", vague, "superficial-problems") {
		t.Error("the rule level from the config was not applied")
	}
}

func TestRequireFollowup(t *testing.T) {
	without := "一、主要工作\n我主持召开支委会24次，讲党课4次。\n二、存在的问题\n全年有5名流动党员未参加组织生活。\n三、下一步打算\n我将于3月底前建立流动党员台账。"
	with := "一、上年度问题整改情况\n上年度述职评议指出的2个问题已整改1个，流动党员台账已建立。\n二、主要工作\n我主持召开支委会24次，讲党课4次。\n三、存在的问题\n全年有5名流动党员未参加组织生活。\n四、下一步打算\n我将于3月底前建立流动党员台账。"
	if fires(t, "", without, "last-year") {
		t.Error("last-year fired without --previous and without require_followup")
	}
	if !fires(t, "content: {require_followup: true}\n", without, "last-year") {
		t.Error("require_followup: a report without any answer to last year's problems passed")
	}
	if fires(t, "content: {require_followup: true}\n", with, "last-year") {
		t.Error("require_followup: a report with a 上年度问题整改情况 part was flagged")
	}
}
