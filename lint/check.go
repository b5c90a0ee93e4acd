package lint

import (
	"fmt"

	"sort"

	"shuzhi/lint/count"
	"shuzhi/lint/match"
)

// Check is one rule of the review, modelled on go/analysis.Analyzer: a
// stable ID, the requirement it enforces and where it comes from, the
// parameters it reads, and a Run function that reports findings through a
// Pass. Checks never print, never read files and never know about the CLI.
type Check struct {
	// ID is stable and kebab-case ("subjective-causes"); JSON, SARIF, the
	// config and `shuzhi explain` use it.
	ID string
	// Title is the requirement in a reviewer's words (只分析客观原因，不分析主观原因).
	Title string
	// Defect names what is wrong when a finding reports it (字数不符合方案
	// 要求 for the requirement 字数符合方案要求); empty when Title already
	// names the defect.
	Defect string
	// Source quotes the work plan(s) the requirement comes from.
	Source string
	// Doc says what is measured, how to fix it, and what the examples show.
	Doc string
	// Guard names the 七个防止 item the rule enforces, or "" if none. The
	// verdict counts distinct guards failing at once (DESIGN.md "Verdict").
	Guard string
	// Severity is the default level; a profile or config may change it.
	Severity Severity
	// Params are every size and ratio the rule uses; Run reads them
	// through the Pass (pass.Float("vague_share")).
	Params []Param
	// Validate, when set, checks the parameters' values together (a
	// minimum not above its maximum); config reports its error.
	Validate func(Settings) error
	// Thresholds sums up, in Chinese, what the parameters mean together
	// under a profile (nil when the rule has none). `shuzhi explain` and
	// `profiles` show it.
	Thresholds func(Settings) string
	// Examples are a bad and a good example; the tests run every one.
	Examples []Example
	// Run inspects the document and reports findings.
	Run func(*Pass)
}

// Example is a short report text that the rule must flag (Bad) or accept.
type Example struct {
	Bad  bool
	Text string
	// Profile names the profile it runs under ("" = default).
	Profile string
	// Override is .shuzhi.yaml text applied to the profile before running
	// (e.g. "rules: {length-total: {max: 200}}"), so that a length rule
	// can be shown on a short text. It is printed with the example.
	Override string
	// Previous is last year's report, for rules that compare with it.
	Previous string
	// Reference is a reference document, for rules that compare with one.
	Reference string
}

// Segmenter cuts text into words. The engine hands one to Run; the model
// knows nothing of the segmenter behind it (package lint/seg).
type Segmenter interface {
	// Cut returns the words of text in order; their Texts concatenate
	// back to text.
	Cut(text string) []Token
}

// Token is a word of a text, with rune offsets into the text that was cut
// (End exclusive).
type Token struct {
	Text       string
	Start, End int
}

// Pass is what a check sees of one document: the document, its outline,
// the profile in force, what the run knows beyond the document, the facts
// computed once for all checks, and a way to report.
type Pass struct {
	Doc     *Document
	Outline *Outline
	Profile *Profile
	Context Context
	Check   *Check
	facts   *facts
	report  func(Finding)
}

// Context is what a run knows beyond the document under review.
type Context struct {
	// Previous is last year's report by the same author, with its
	// outline, when the user gave one (--previous).
	Previous *Prior
	// PreviousMissing says why there is no Previous although the user
	// gave a folder of last year's reports (none fits, or several do).
	PreviousMissing string
	// Shared lists the other documents (reports of the run, references)
	// this one shares passages with, best first.
	Shared []Shared
}

// Prior is an earlier report and its outline.
type Prior struct {
	Doc     *Document
	Outline *Outline
}

// Shared is what a document shares with another one.
type Shared struct {
	// Other names the other document (its path).
	Other string
	// Reference is true when Other is a reference document (a template,
	// an earlier submission) rather than a report of the same run.
	Reference bool
	// Containment is the share of this document's countable characters
	// found in Other, from 0 to 1.
	Containment float64
	// Passages are the shared passages in this document, in order.
	Passages []Loc
}

// DefectTitle is the title of the check's findings: Defect, or Title when
// that names the defect already.
func (c *Check) DefectTitle() string {
	if c.Defect != "" {
		return c.Defect
	}
	return c.Title
}

// Report records a finding of the running check. A finding whose Severity
// is left at SeverityOff takes the check's configured level.
func (p *Pass) Report(f Finding) {
	f.Rule = p.Check.ID
	f.Title = p.Check.DefectTitle()
	p.report(f)
}

// Settings returns the values of the running check's parameters.
func (p *Pass) Settings() Settings { return p.Profile.Settings(p.Check.ID) }

// Float returns the value of a ParamShare or ParamNumber parameter of the
// running check.
func (p *Pass) Float(key string) float64 { return p.Settings().Float(key) }

// Int returns the value of a ParamCount parameter of the running check.
func (p *Pass) Int(key string) int { return p.Settings().Int(key) }

// Bool returns the value of a ParamBool parameter of the running check.
func (p *Pass) Bool(key string) bool { return p.Settings().Bool(key) }

// Roles returns the value of a ParamRoles parameter of the running check.
func (p *Pass) Roles(key string) []Role { return p.Settings().Roles(key) }

// Lexicon returns a phrase lexicon of the profile.
func (p *Pass) Lexicon(name string) *Lexicon { return p.Profile.Lexicons.Phrases(name) }

// Patterns returns a pattern lexicon of the profile.
func (p *Pass) Patterns(name string) *match.Set { return p.Profile.Lexicons.Patterns(name) }

// Counts returns the 字数 figures of the whole document (body paragraphs
// only; Extras are not counted, as in Word's main-text count).
func (p *Pass) Counts() count.Counts { return p.facts.total }

// SpanWords returns the 字数 of the outline span with index i.
func (p *Pass) SpanWords(i int) int { return p.facts.spanWords[i] }

// Words returns the 字数 of all spans with one of the given roles.
func (p *Pass) Words(roles ...Role) int {
	n := 0
	for _, r := range roles {
		n += wordsOf(p.Outline, p.facts, r)
	}
	return n
}

// Share returns the given roles' part of the body, between 0 and 1.
func (p *Pass) Share(roles ...Role) float64 {
	if p.facts.body == 0 {
		return 0
	}
	return float64(p.Words(roles...)) / float64(p.facts.body)
}

// SpanLoc returns where an outline span lies.
func (p *Pass) SpanLoc(i int) Loc {
	s := p.Outline.Spans[i]
	return Loc{Para: s.Para, Start: s.Start, End: s.End}
}

// Result is the review of one document.
type Result struct {
	Doc     *Document
	Outline *Outline
	Profile *Profile
	Verdict Verdict
	// Reason says, in Chinese, what decided the verdict.
	Reason   string
	Counts   count.Counts
	Sections []SectionStat
	// Shares gives each body role's part of the body.
	Shares   map[Role]float64
	Findings []Finding
}

// SectionStat is a section with its 字数 and share of the body.
type SectionStat struct {
	Section
	Words int
	Share float64
}

// MaxFindingsPerRule bounds the findings one rule reports on a document:
// past it, the last one says how many more there are. A report a reviewer
// reads never needs more; a hostile file cannot make output or work grow
// without bound.
const MaxFindingsPerRule = 50

// Run applies the checks to a document whose outline has been found, under
// a profile, with a segmenter for the words, and returns the findings,
// sorted by position, and the verdict.
func Run(doc *Document, ol *Outline, prof *Profile, ctx Context, checks []*Check, seg Segmenter) *Result {
	fc := newFacts(doc, ol, seg)
	res := &Result{Doc: doc, Outline: ol, Profile: prof, Counts: fc.total, Shares: map[Role]float64{}}
	guards := map[string]string{}
	for _, c := range checks {
		level := prof.Level(c)
		if level == SeverityOff {
			continue
		}
		guards[c.ID] = c.Guard
		pass := &Pass{Doc: doc, Outline: ol, Profile: prof, Context: ctx, Check: c, facts: fc}
		kept, dropped := 0, 0
		pass.report = func(f Finding) {
			if f.Severity == SeverityOff {
				f.Severity = level
			}
			if f.Unsure && f.Severity == SeverityCritical {
				f.Severity = SeverityError
			}
			if kept == MaxFindingsPerRule {
				dropped++
				return
			}
			kept++
			res.Findings = append(res.Findings, f)
		}
		c.Run(pass)
		if dropped > 0 {
			last := &res.Findings[len(res.Findings)-1]
			last.Message += fmt.Sprintf("（另有%d处同类问题未逐一列出）", dropped)
		}
	}
	sort.SliceStable(res.Findings, func(i, j int) bool {
		a, b := res.Findings[i], res.Findings[j]
		if a.Para != b.Para {
			return a.Para < b.Para
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.Rule < b.Rule
	})
	res.Verdict, res.Reason = Decide(res.Findings, func(rule string) string { return guards[rule] })
	for _, r := range BodyRoles {
		res.Shares[r] = 0
		if fc.body > 0 {
			res.Shares[r] = float64(wordsOf(ol, fc, r)) / float64(fc.body)
		}
	}
	for _, s := range ol.Sections {
		st := SectionStat{Section: s}
		for _, i := range s.Spans {
			st.Words += fc.spanWords[i]
		}
		if s.Role != RoleOther && fc.body > 0 {
			st.Share = float64(st.Words) / float64(fc.body)
		}
		res.Sections = append(res.Sections, st)
	}
	return res
}

func wordsOf(ol *Outline, fc *facts, r Role) int {
	n := 0
	for i, s := range ol.Spans {
		if s.Role == r {
			n += fc.spanWords[i]
		}
	}
	return n
}
