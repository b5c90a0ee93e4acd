package render

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"shuzhi/lint"
)

// toolName names the SARIF tool driver and prefixes GitHub annotations.
const toolName = "shuzhi"

// SARIF writes the run as one SARIF 2.1.0 log: a single run whose driver
// describes every rule in rules (the CLI hands over checks.All), one result
// per finding, one artifact per file with its verdict and 字数, and a tool
// execution notification for each file that could not be read. Columns
// count Unicode code points, as everywhere in shuzhi.
func SARIF(w io.Writer, files []File, rules []*lint.Check, version string, skipped ...Skipped) error {
	driver := sarif.NewToolComponent().WithName(toolName).WithLanguage("zh-CN")
	if version != "" {
		driver.WithVersion(version)
	}
	for _, c := range rules {
		driver.AddRule(sarifRule(c))
	}
	run := sarif.NewRun().WithTool(sarif.NewTool().WithDriver(driver)).
		WithColumnKind("unicodeCodePoints").WithLanguage("zh-CN")
	inv := sarif.NewInvocation()
	for i, f := range files {
		art := sarif.NewArtifact().WithLocation(sarif.NewSimpleArtifactLocation(artifactURI(f.Path)))
		run.AddArtifact(art)
		where := func() *sarif.PhysicalLocation {
			return sarif.NewPhysicalLocation().WithArtifactLocation(sarif.NewSimpleArtifactLocation(artifactURI(f.Path)).WithIndex(i))
		}
		if f.Err != nil || f.Result == nil {
			msg := errorText(f)
			art.WithProperties(sarif.NewPropertyBag().Add("verdict", unreadableLabel).Add("error", msg))
			inv.AddToolExecutionNotification(sarif.NewNotification().WithLevel(sarif.LevelError).
				WithMessage(sarif.NewTextMessage(msg)).AddLocation(sarif.NewLocationWithPhysicalLocation(where())))
			continue
		}
		r := f.Result
		art.WithProperties(sarif.NewPropertyBag().Add("verdict", string(r.Verdict)).
			Add("wordCount", r.Counts.Words).Add("profile", r.Profile.Name))
		for _, fd := range r.Findings {
			pos := Locate(r.Doc, fd)
			region := sarif.NewRegion().WithStartLine(pos.Line).WithStartColumn(pos.Column).WithEndColumn(pos.EndColumn)
			props := sarif.NewPropertyBag().Add("severity", fd.Severity.String()).Add("paragraph", pos.Paragraph)
			if pos.Excerpt != "" {
				props.Add("excerpt", pos.Excerpt)
			}
			run.CreateResultForRule(fd.Rule).WithLevel(sarifLevel(fd.Severity)).
				WithMessage(sarif.NewTextMessage(withSuggestion(fd))).
				AddLocation(sarif.NewLocationWithPhysicalLocation(where().WithRegion(region))).
				WithProperties(props)
		}
	}
	for _, s := range skipped {
		loc := sarif.NewPhysicalLocation().WithArtifactLocation(sarif.NewSimpleArtifactLocation(artifactURI(s.Path)))
		inv.AddToolExecutionNotification(sarif.NewNotification().WithLevel(sarif.LevelNote).
			WithMessage(sarif.NewTextMessage(skippedLabel + "：" + s.Reason)).AddLocation(sarif.NewLocationWithPhysicalLocation(loc)))
	}
	inv.WithExecutionSuccessful(Summarize(files).Unreadable == 0)
	run.AddInvocation(inv)
	var raw bytes.Buffer
	if err := sarif.NewReport().AddRun(run).Write(&raw); err != nil {
		return err
	}
	var doc any
	if err := json.Unmarshal(raw.Bytes(), &doc); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(prune(doc))
}

// minusOneMeansUnset are the SARIF properties whose -1 says "not given"
// (length, index, offsets, rank, a location's id).
var minusOneMeansUnset = map[string]bool{"length": true, "index": true, "parentIndex": true, "byteOffset": true,
	"charOffset": true, "rank": true, "id": true}

// prune drops what the SARIF library writes for fields it was never
// given: empty arrays and objects, and -1 for what is unknown.
func prune(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			x = prune(x)
			switch y := x.(type) {
			case []any:
				if len(y) == 0 {
					delete(t, k)
					continue
				}
			case map[string]any:
				if len(y) == 0 {
					delete(t, k)
					continue
				}
			case float64:
				if y == -1 && minusOneMeansUnset[k] {
					delete(t, k)
					continue
				}
			}
			t[k] = x
		}
		return t
	case []any:
		for i, x := range t {
			t[i] = prune(x)
		}
		return t
	}
	return v
}

// sarifRule describes a check as a SARIF reporting descriptor.
func sarifRule(c *lint.Check) *sarif.ReportingDescriptor {
	props := sarif.NewPropertyBag().Add("source", c.Source).Add("severity", c.Severity.String())
	if c.Guard != "" {
		props.Add("guard", c.Guard)
	}
	return sarif.NewRule(c.ID).WithName(ruleName(c.ID)).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(c.Title)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(c.Doc)).
		WithHelp(sarif.NewMultiformatMessageString().WithText(c.Doc)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(c.Severity))).
		WithProperties(props)
}

// sarifLevel maps a severity to a SARIF level: error and critical block
// (error), info is advice (note).
func sarifLevel(s lint.Severity) string {
	switch {
	case s >= lint.SeverityError:
		return sarif.LevelError
	case s == lint.SeverityInfo:
		return sarif.LevelNote
	}
	return sarif.LevelNone
}

// ruleName turns a kebab-case rule ID into the PascalCase name SARIF
// viewers show ("subjective-causes" → "SubjectiveCauses").
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// artifactURI is the path as given, with forward slashes as URIs want.
func artifactURI(path string) string { return filepath.ToSlash(path) }

// withSuggestion is a finding's message followed by its suggestion, for
// formats that have a single message field (SARIF, GitHub).
func withSuggestion(fd lint.Finding) string {
	if fd.Suggestion == "" {
		return fd.Message
	}
	return fd.Message + " 建议：" + fd.Suggestion
}

// errorText is why a file could not be read.
func errorText(f File) string {
	if f.Err == nil {
		return unreadableLabel
	}
	return f.Err.Error()
}
