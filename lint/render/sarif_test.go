package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"shuzhi/lint"
)

// testRules stand for checks.All, which package render may not import.
var testRules = []*lint.Check{
	{ID: "no-problems", Title: "只讲成绩不讲问题", Source: "篇三", Doc: "说明\n示例", Severity: lint.SeverityCritical, Guard: "只讲成绩"},
	{ID: "problems-share", Title: "问题篇幅不足", Source: "篇一", Doc: "说明", Severity: lint.SeverityError},
	{ID: "placeholder", Title: "模板占位符未填", Source: "通用", Doc: "说明", Severity: lint.SeverityError},
	{ID: "cliches", Title: "套话偏多", Source: "篇七", Doc: "说明", Severity: lint.SeverityInfo},
}

// sarifOf renders files as SARIF, checks the log against the SARIF 2.1.0
// schema embedded in go-sarif, and returns it parsed.
func sarifOf(t *testing.T, files []File) *sarif.Report {
	t.Helper()
	var b bytes.Buffer
	if err := SARIF(&b, files, testRules, "v9.9.9"); err != nil {
		t.Fatal(err)
	}
	// No placeholders: the library's -1 for unknown lengths and indexes,
	// and empty arrays, are left out.
	for _, placeholder := range []string{`": -1`, `": []`, `": {}`} {
		if bytes.Contains(b.Bytes(), []byte(placeholder)) {
			t.Errorf("SARIF holds the placeholder %s", placeholder)
		}
	}
	rep, err := sarif.FromBytes(b.Bytes())
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if err := rep.Validate(); err != nil {
		t.Fatalf("SARIF does not validate: %v", err)
	}
	return rep
}

func TestSARIF(t *testing.T) {
	rep := sarifOf(t, batch(t))
	if rep.Version != "2.1.0" || len(rep.Runs) != 1 {
		t.Fatalf("version %s, %d runs", rep.Version, len(rep.Runs))
	}
	run := rep.Runs[0]
	if *run.Tool.Driver.Name != "shuzhi" || *run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Version == nil || *run.Tool.Driver.Version != "v9.9.9" {
		t.Errorf("driver %s, columnKind %s", *run.Tool.Driver.Name, *run.ColumnKind)
	}
	if len(run.Tool.Driver.Rules) != len(testRules) {
		t.Fatalf("%d rules", len(run.Tool.Driver.Rules))
	}
	rule := run.Tool.Driver.Rules[0]
	if *rule.ID != "no-problems" || *rule.Name != "NoProblems" || *rule.ShortDescription.Text != "只讲成绩不讲问题" ||
		*rule.FullDescription.Text != "说明\n示例" || *rule.Help.Text != "说明\n示例" || rule.DefaultConfiguration.Level != "error" ||
		rule.Properties.Properties["source"] != "篇三" || rule.Properties.Properties["severity"] != "critical" {
		t.Errorf("rule no-problems: %+v", rule)
	}
	if lvl := run.Tool.Driver.Rules[3].DefaultConfiguration.Level; lvl != "note" {
		t.Errorf("info rule has default level %s", lvl)
	}

	// One result per finding: 1 + 2 + 4 + 1 in the readable files.
	if len(run.Results) != 8 {
		t.Fatalf("%d results, want 8", len(run.Results))
	}
	var place *sarif.Result
	levels := map[string]string{}
	for _, r := range run.Results {
		levels[*r.RuleID] = r.Level
		if *r.RuleID == "placeholder" && place == nil {
			place = r
		}
	}
	if levels["no-problems"] != "error" || levels["problems-share"] != "error" || levels["cliches"] != "note" {
		t.Errorf("levels: %v", levels)
	}
	loc := place.Locations[0].PhysicalLocation
	reg := loc.Region
	if *loc.ArtifactLocation.URI != "修改一.txt" || *reg.StartLine != 3 || *reg.StartColumn != 9 || *reg.EndColumn != 12 {
		t.Errorf("placeholder located at %s %d:%d-%d, want 修改一.txt 3:9-12", *loc.ArtifactLocation.URI, *reg.StartLine, *reg.StartColumn, *reg.EndColumn)
	}
	if run.Artifacts[loc.ArtifactLocation.Index] == nil || *run.Artifacts[loc.ArtifactLocation.Index].Location.URI != "修改一.txt" {
		t.Errorf("artifact index %d does not point at the file", loc.ArtifactLocation.Index)
	}
	if place.RuleIndex != 2 || *place.Message.Text != "占位符“XX次”, 未填写 建议：填上实际次数" ||
		place.Properties.Properties["severity"] != "error" || place.Properties.Properties["excerpt"] != "XX次" {
		t.Errorf("placeholder result: index %d, message %q, properties %v", place.RuleIndex, *place.Message.Text, place.Properties.Properties)
	}

	// Verdict and 字数 on each file's artifact; the unreadable file as a
	// tool execution notification.
	props := run.Artifacts[3].Properties.Properties
	if props["verdict"] != "重写" || props["wordCount"] != float64(120) {
		t.Errorf("artifact properties: %v", props)
	}
	inv := run.Invocations[0]
	if *inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 {
		t.Fatalf("invocation: %+v", inv)
	}
	n := inv.ToolExecutionNotifications[0]
	if n.Level != "error" || !strings.Contains(*n.Message.Text, "不是有效的 docx") ||
		*n.Locations[0].PhysicalLocation.ArtifactLocation.URI != "坏.docx" {
		t.Errorf("notification: %+v", n)
	}
}

func TestSARIFWithoutFindingsValidates(t *testing.T) {
	run := sarifOf(t, []File{{Path: "a.txt", Result: fakeResult(t, lint.VerdictPass)}}).Runs[0]
	if len(run.Results) != 0 || !*run.Invocations[0].ExecutionSuccessful {
		t.Errorf("results %d, successful %v", len(run.Results), *run.Invocations[0].ExecutionSuccessful)
	}
}
