package lint

// Role is what a part of a report does: report achievements, own problems,
// analyse causes, promise measures, answer last year's problems, or none of
// these (title, salutation, opening and closing formulas, signature).
type Role string

// The roles of DESIGN.md "Structure".
const (
	RoleAchievements Role = "achievements"
	RoleProblems     Role = "problems"
	RoleCauses       Role = "causes"
	RoleMeasures     Role = "measures"
	RoleFollowup     Role = "followup"
	RoleOther        Role = "other"
)

// BodyRoles are the roles that make up the body, in report order. Shares
// are computed over the body.
var BodyRoles = []Role{RoleAchievements, RoleProblems, RoleCauses, RoleMeasures, RoleFollowup}

// Label is the role's Chinese name as a reviewer says it.
func (r Role) Label() string {
	switch r {
	case RoleAchievements:
		return "成绩"
	case RoleProblems:
		return "问题"
	case RoleCauses:
		return "原因"
	case RoleMeasures:
		return "措施"
	case RoleFollowup:
		return "整改"
	}
	return "其他"
}

// Theme is the subject area of a part in a 三合一 report.
type Theme string

// The themes of a 三合一 report; ThemeNone marks text outside any theme.
const (
	ThemeNone          Theme = ""
	ThemePartyBuilding Theme = "party-building"
	ThemeIntegrity     Theme = "integrity"
	ThemeIdeology      Theme = "ideology"
)

// Label is the theme's Chinese name.
func (t Theme) Label() string {
	switch t {
	case ThemePartyBuilding:
		return "基层党建"
	case ThemeIntegrity:
		return "党风廉政建设"
	case ThemeIdeology:
		return "意识形态"
	}
	return ""
}

// Span is a run of one paragraph's text, in runes of Paragraph.Text, with
// the role and theme the outline gave it. Spans cover every paragraph of a
// document in order; a paragraph is split only where its role changes
// (e.g. "……。存在的问题主要有：一是……").
type Span struct {
	Para       int // 0-based index into Document.Paragraphs
	Start, End int // rune offsets into the paragraph's Text, End exclusive
	Role       Role
	Theme      Theme
}

// Section is a part of the report as a reviewer sees it: a run of spans of
// one role and theme, with the heading that introduced it, if any.
type Section struct {
	// Heading is the heading paragraph's text with its label ("二、存在的问题"),
	// or the cue sentence that opened the part in an un-headed report.
	Heading string
	Role    Role
	Theme   Theme
	// First and Last are the 0-based indices of its first and last paragraphs.
	First, Last int
	// Spans are the indices into Outline.Spans that make up the section.
	Spans []int
}

// Structure says how the outline found a report's parts.
type Structure string

// The ways an outline can be found.
const (
	StructureHeaded Structure = "headed" // by headings (styles, numbering or typed markers)
	StructureCued   Structure = "cued"   // by cue sentences in un-headed text
	// StructureContent: by the paragraphs' content (tense, shortcomings,
	// causes) where neither headings nor cues mark the parts.
	StructureContent Structure = "content"
	StructureNone    Structure = "none" // the parts could not be told apart
)

// Outline is the structure of a document: headings, the role and theme of
// every span of text, and the sections they form.
type Outline struct {
	// Spans cover all paragraphs in order.
	Spans []Span
	// Sections are the maximal runs of spans with one role and theme.
	Sections []Section
	// HeadingLevel gives, per paragraph, its heading level (1 = top) or 0.
	HeadingLevel []int
	// HeadingEnd gives, per heading paragraph, the rune offset where its
	// heading ends: the paragraph's length, or the end of its first
	// sentence for an inline heading ("（一）抓班子。我……").
	HeadingEnd []int
	// Marked marks paragraphs that open with a list label or a typed
	// marker (一、 （一） 1. ①), headings or not: each starts a new item.
	Marked []bool
	// RoleHeading marks heading paragraphs that name a part
	// ("二、存在的问题"), as opposed to topic headings ("（一）抓班子").
	RoleHeading []bool
	// Structure says whether the parts were found and how.
	Structure Structure
	// Doubt says, in Chinese, why the parts found cannot be trusted (the
	// content contradicts them: no problem part, yet paragraphs of
	// self-criticism); "" when nothing contradicts them. No critical
	// finding and no 重写 may rest on a doubted outline.
	Doubt string
}
