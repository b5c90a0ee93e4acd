package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"shuzhi/checks"
)

const (
	unitSummary = "../../testdata/reports/a13-cun-unitsummary.txt" // 重写, many findings
	headed      = goodReport                                       // 通过
)

// jsonRun is what the format tests compare against: the JSON output of
// the same run.
type jsonRun struct {
	Files []struct {
		Path, Verdict, Error string
		WordCount            int `json:"word_count"`
		Shares               map[string]float64
		Findings             []struct {
			Rule, Severity      string
			Line, Column        int
			EndColumn           int `json:"end_column"`
			Message, Suggestion string
		}
	}
}

// formatRun checks the two reports and an unreadable file with --format
// format and with --format json, and returns both outputs.
func formatRun(t *testing.T, format string) (string, jsonRun) {
	t.Helper()
	bad := filepath.Join(t.TempDir(), "坏.docx")
	if err := os.WriteFile(bad, []byte("PK\x03\x04broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := shuzhi(t, "check", "--format", format, unitSummary, headed, bad)
	if code != 2 || errOut != "" {
		t.Fatalf("--format %s: exit %d, stderr %q; want 2 and nothing on stderr", format, code, errOut)
	}
	_, js, _ := shuzhi(t, "check", "--format", "json", unitSummary, headed, bad)
	var run jsonRun
	if err := json.Unmarshal([]byte(js), &run); err != nil {
		t.Fatal(err)
	}
	if len(run.Files) != 3 || run.Files[0].Verdict != "重写" || run.Files[1].Verdict != "通过" || run.Files[2].Error == "" ||
		len(run.Files[0].Findings) < 5 {
		t.Fatalf("unexpected JSON run: %+v", run)
	}
	return out, run
}

func TestFormatSARIF(t *testing.T) {
	out, want := formatRun(t, "sarif")
	rep, err := sarif.FromString(out)
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if err := rep.Validate(); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v", err)
	}
	run := rep.Runs[0]
	if len(run.Tool.Driver.Rules) != len(checks.All) {
		t.Errorf("%d rules, want %d", len(run.Tool.Driver.Rules), len(checks.All))
	}
	for i, c := range checks.All {
		r := run.Tool.Driver.Rules[i]
		if *r.ID != c.ID || *r.ShortDescription.Text != c.Title || *r.FullDescription.Text != c.Doc || r.Properties.Properties["source"] != c.Source {
			t.Errorf("rule %d does not describe %s", i, c.ID)
		}
	}
	var got []string
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		got = append(got, fmt.Sprintf("%s %s %s %d:%d-%d %s", *loc.ArtifactLocation.URI, *r.RuleID, r.Level,
			*loc.Region.StartLine, *loc.Region.StartColumn, *loc.Region.EndColumn, *r.Message.Text))
	}
	var expect []string
	for _, f := range want.Files {
		for _, fd := range f.Findings {
			level := "note"
			if fd.Severity == "error" || fd.Severity == "critical" {
				level = "error"
			}
			expect = append(expect, fmt.Sprintf("%s %s %s %d:%d-%d %s 建议：%s", f.Path, fd.Rule, level,
				fd.Line, fd.Column, fd.EndColumn, fd.Message, fd.Suggestion))
		}
	}
	if strings.Join(got, "\n") != strings.Join(expect, "\n") {
		t.Errorf("SARIF results:\n%s\nwant (from JSON):\n%s", strings.Join(got, "\n"), strings.Join(expect, "\n"))
	}
	for i, f := range want.Files[:2] {
		props := run.Artifacts[i].Properties.Properties
		if *run.Artifacts[i].Location.URI != f.Path || props["verdict"] != f.Verdict || props["wordCount"] != float64(f.WordCount) {
			t.Errorf("artifact %d: %s %v", i, *run.Artifacts[i].Location.URI, props)
		}
	}
	notes := run.Invocations[0].ToolExecutionNotifications
	if len(notes) != 1 || notes[0].Level != "error" || *notes[0].Message.Text != want.Files[2].Error {
		t.Errorf("notifications: %+v", notes)
	}
}

// ghLine is one GitHub workflow command for a finding.
var ghLine = regexp.MustCompile(`^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),endColumn=(\d+),title=[^:]* \[([a-z-]+)\]::(.*)$`)

func TestFormatGitHub(t *testing.T) {
	out, want := formatRun(t, "github")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var got []string
	for _, l := range lines {
		if m := ghLine.FindStringSubmatch(l); m != nil {
			got = append(got, strings.Join(m[1:7], " "))
		}
	}
	var expect []string
	for _, f := range want.Files {
		for _, fd := range f.Findings {
			command := "warning"
			if fd.Severity == "error" || fd.Severity == "critical" {
				command = "error"
			}
			expect = append(expect, fmt.Sprintf("%s %s %d %d %d %s", command, f.Path, fd.Line, fd.Column, fd.EndColumn, fd.Rule))
		}
	}
	if strings.Join(got, "\n") != strings.Join(expect, "\n") {
		t.Errorf("GitHub annotations:\n%s\nwant (from JSON):\n%s", strings.Join(got, "\n"), strings.Join(expect, "\n"))
	}
	// The columns count characters of the file: achievements-share sits on
	// the heading of a13's achievements part.
	text := readLines(t, unitSummary)
	for _, fd := range want.Files[0].Findings {
		if fd.Rule == "achievements-share" {
			if line := []rune(text[fd.Line-1]); string(line[fd.Column-1:fd.EndColumn-1]) != "一、主要工作" {
				t.Errorf("achievements-share at %d:%d-%d is %q", fd.Line, fd.Column, fd.EndColumn, string(line[fd.Column-1:fd.EndColumn-1]))
			}
		}
	}
	bad := want.Files[2]
	if !strings.Contains(out, "::error file="+bad.Path+",title=无法读取::"+bad.Error+"\n") {
		t.Errorf("no annotation for the unreadable file:\n%s", out)
	}
	if last := lines[len(lines)-1]; last != "::notice::共 3 个文件：通过 1，修改 0，重写 1，无法读取 1" {
		t.Errorf("last line %q", last)
	}
	if len(lines) != len(expect)+2 {
		t.Errorf("%d lines, want %d findings + unreadable + notice", len(lines), len(expect))
	}
}

func TestFormatCSV(t *testing.T) {
	out, want := formatRun(t, "csv")
	body, ok := strings.CutPrefix(out, "\uFEFF")
	if !ok {
		t.Error("CSV lacks the UTF-8 byte order mark Excel needs")
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if len(rows) != 4 || rows[0][0] != "文件" {
		t.Fatalf("rows: %q", rows)
	}
	roles := []string{"achievements", "problems", "causes", "measures", "followup"}
	// 文件, 结论, 结论依据, 字数, five shares, 未达要求的规则, 规则编号, 原因.
	const shares, ids, cause = 4, 10, 11
	for i, f := range want.Files {
		row := rows[i+1]
		if f.Error != "" {
			if row[0] != f.Path || row[1] != "无法读取" || row[3] != "" || row[cause] != f.Error {
				t.Errorf("unreadable row %q", row)
			}
			continue
		}
		if row[0] != f.Path || row[1] != f.Verdict || row[3] != strconv.Itoa(f.WordCount) || row[cause] != "" {
			t.Errorf("row %q for %s %s %d", row, f.Path, f.Verdict, f.WordCount)
		}
		if (f.Verdict == "通过") != (row[2] == "") {
			t.Errorf("%s: 结论依据 %q for %s", f.Path, row[2], f.Verdict)
		}
		for k, role := range roles {
			if pct := fmt.Sprintf("%.1f", f.Shares[role]*100); row[shares+k] != pct {
				t.Errorf("%s: %s share %s, JSON says %s", f.Path, role, row[shares+k], pct)
			}
		}
		var fired []string
		for _, fd := range f.Findings {
			if (fd.Severity == "error" || fd.Severity == "critical") && !slices.Contains(fired, fd.Rule) {
				fired = append(fired, fd.Rule)
			}
		}
		got := strings.Split(row[ids], ";")
		if row[ids] == "" {
			got = nil
		}
		sort.Strings(fired)
		sort.Strings(got)
		if strings.Join(got, ";") != strings.Join(fired, ";") {
			t.Errorf("%s: rules %q, want %q", f.Path, row[ids], fired)
		}
	}
}

func TestFormatText(t *testing.T) {
	out, _ := formatRun(t, "text")
	i := strings.LastIndex(out, "\n文件 ")
	if i < 0 {
		t.Fatalf("no summary table:\n%s", out)
	}
	lines := strings.Split(strings.TrimSpace(out[i:]), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[1], unitSummary+"  重写") || !strings.HasPrefix(lines[2], headed+"  ") ||
		!strings.Contains(lines[3], "无法读取") || lines[4] != "共 3 个文件：通过 1，修改 0，重写 1，无法读取 1" {
		t.Errorf("summary:\n%s", strings.Join(lines, "\n"))
	}
}

func TestFormatNames(t *testing.T) {
	names := strings.Split(formatNames, "、")
	if len(names) != len(formats) {
		t.Errorf("formatNames %q, formats has %d", formatNames, len(formats))
	}
	for _, n := range names {
		if formats[n] == nil {
			t.Errorf("formatNames lists %q, which is not a format", n)
		}
	}
	code, _, errOut := shuzhi(t, "check", "--format", "xml", goodReport)
	if code != 2 || !strings.Contains(errOut, formatNames) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	if newProgress(&buf, 300) != nil {
		t.Error("progress on a writer that is not a terminal")
	}
	// A nil progress does nothing.
	var none *progress
	none.update(1, 2)
	none.clear()

	p := &progress{w: &buf}
	p.update(1, 300)
	p.update(37, 300)
	p.clear()
	want := "\r已审核 1/300\r已审核 37/300\r" + strings.Repeat(" ", 2*len([]rune("已审核 37/300"))) + "\r"
	if buf.String() != want {
		t.Errorf("progress wrote %q, want %q", buf.String(), want)
	}
	buf.Reset()
	p.clear()
	late := &progress{w: &buf, after: time.Now().Add(time.Hour)}
	late.update(1, 2)
	late.clear()
	if buf.Len() != 0 {
		t.Errorf("progress before its time or cleared twice: %q", buf.String())
	}
}

func TestReviewAllReportsProgress(t *testing.T) {
	rev, err := (&commonFlags{}).reviewer()
	if err != nil {
		t.Fatal(err)
	}
	inputs := []input{{path: unitSummary}, {path: headed}, {path: "missing.txt"}}
	var calls []string
	files := reviewAll(rev, inputs, 2, func(n, total int) { calls = append(calls, fmt.Sprintf("%d/%d", n, total)) })
	if strings.Join(calls, " ") != "1/3 2/3 3/3" {
		t.Errorf("progress calls: %v", calls)
	}
	if files[0].Path != unitSummary || files[1].Result == nil || files[2].Err == nil {
		t.Errorf("files out of order: %+v", files)
	}
}
