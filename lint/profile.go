package lint

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"

	"gopkg.in/yaml.v3"

	"shuzhi/dict"
)

// Profile is the set of thresholds one kind of work plan sets, plus the
// level of each rule. Built-in profiles come from profiles.yaml; a
// .shuzhi.yaml may override any field.
type Profile struct {
	Name   string `yaml:"name"`
	Title  string `yaml:"title"`
	Source string `yaml:"source"`
	// Length bounds the 字数 of the whole document (0 = unbounded).
	Length Range `yaml:"length"`
	// Themes are the per-theme budgets of a 三合一 report.
	Themes []ThemeBudget `yaml:"themes"`
	// Speaking limits the on-site speech, when set.
	Speaking Speaking `yaml:"speaking"`
	// Shares are the proportion requirements.
	Shares Shares `yaml:"shares"`
	// Content holds the thresholds of the rules that judge the content.
	Content Content `yaml:"content"`
	// Rules sets the level of rules by ID, over their defaults.
	Rules map[string]Severity `yaml:"rules"`
	// Lexicon adds phrases to the lexicons of dict/, by lexicon name.
	Lexicon map[string][]string `yaml:"lexicon"`
}

// Content holds the thresholds of the content rules (the 七个防止 and
// their kin). Each is documented where the rule uses it.
type Content struct {
	// AbstractRatio: idea sentences ÷ (idea + action sentences), weighed
	// by length, in the achievements above which the part is 只讲认识理念.
	AbstractRatio float64 `yaml:"abstract_ratio"`
	// AbstractMinIdeas: fewer idea sentences than this never fire.
	AbstractMinIdeas int `yaml:"abstract_min_ideas"`
	// VagueShare: the share of vague problem items above which the
	// problems are 表面化、一般化.
	VagueShare float64 `yaml:"vague_share"`
	// OthersMin: the least number of problem items about others (with none
	// owned by the secretary) that fires self-responsibility.
	OthersMin int `yaml:"others_min"`
	// SubjectiveShare: the share of subjective causes below which, when
	// no cause is the secretary's own, the causes are only objective.
	SubjectiveShare float64 `yaml:"subjective_share"`
	// ConcreteMean: the mean concreteness score (0–4) of measure items
	// below which measures are 只提方向.
	ConcreteMean float64 `yaml:"concrete_mean"`
	// DirectionOnlyShare: the share of measure items with no deadline,
	// owner, target or vehicle at or above which measures are 只提方向.
	DirectionOnlyShare float64 `yaml:"direction_only_share"`
	// FirstPersonPer1000: individual subjects (我、本人) per 1000 字 of
	// achievements and measures below which the report is not the
	// secretary's own.
	FirstPersonPer1000 float64 `yaml:"first_person_per_1000"`
	// FirstPersonShare: individual ÷ (individual + collective) subjects
	// below which the report reads as a 班子 or unit summary.
	FirstPersonShare float64 `yaml:"first_person_share"`
	// EvidencePer100: evidential numbers and named cases per 100 字 of
	// achievements below which they are 虚、空、飘.
	EvidencePer100 float64 `yaml:"evidence_per_100"`
	// EvidenceParagraphs: the share of achievement paragraphs with
	// evidence below which they are 虚、空、飘.
	EvidenceParagraphs float64 `yaml:"evidence_paragraphs"`
	// EvidenceMinWords: achievements shorter than this (字数) are too
	// short to judge for data and cases.
	EvidenceMinWords int `yaml:"evidence_min_words"`
	// ClichesPer1000: 套话 per 1000 字 of a part above which it is noted.
	ClichesPer1000 float64 `yaml:"cliches_per_1000"`
	// ClichesMinWords: parts shorter than this (字数) are not judged for 套话.
	ClichesMinWords int `yaml:"cliches_min_words"`
	// RepeatSimilarity: the similarity (0–1) from which a problem item is
	// taken as one of last year's, repeated.
	RepeatSimilarity float64 `yaml:"repeat_similarity"`
	// RepeatRewrite: the share of problem items repeated from last year
	// without acknowledgement at which the report is 重写.
	RepeatRewrite float64 `yaml:"repeat_rewrite"`
	// CopiedShare: the share of a report found in one other document at
	// which it is 照抄照搬.
	CopiedShare float64 `yaml:"copied_share"`
	// CopiedCritical: the share at which the copy is most of the report
	// (critical, 重写).
	CopiedCritical float64 `yaml:"copied_critical"`
	// CopiedPassage: a single shared passage this long (in characters)
	// is copying whatever the share.
	CopiedPassage int `yaml:"copied_passage"`
	// FollowupSentences: without a part of its own, this many sentences
	// answering last year's problems make the answer RequireFollowup asks.
	FollowupSentences int `yaml:"followup_sentences"`
	// RequireFollowup: the report must answer last year's problems
	// (上年度问题整改情况); off by default, since a secretary new in post
	// has none.
	RequireFollowup bool `yaml:"require_followup"`
}

// Range is an inclusive range of 字数; a zero bound is not checked.
type Range struct {
	Min int `yaml:"min"`
	Max int `yaml:"max"`
}

// Text describes the range in Chinese: "800–3000字", "不超过3000字" …
func (r Range) Text() string {
	switch {
	case r.Min > 0 && r.Max > 0:
		return fmt.Sprintf("%d–%d字", r.Min, r.Max)
	case r.Max > 0:
		return fmt.Sprintf("不超过%d字", r.Max)
	case r.Min > 0:
		return fmt.Sprintf("不少于%d字", r.Min)
	}
	return "不限字数"
}

// ThemeBudget is the 字数 a theme of a 三合一 report should take.
type ThemeBudget struct {
	Theme     Theme   `yaml:"theme"`
	Words     int     `yaml:"words"`
	Tolerance float64 `yaml:"tolerance"` // allowed deviation, as a fraction of Words
}

// Speaking limits an on-site 述职: spoken characters at Rate per minute
// must fit in MaxMinutes. MaxMinutes 0 means no limit.
type Speaking struct {
	MaxMinutes float64 `yaml:"max_minutes"`
	Rate       int     `yaml:"rate"` // 字/分钟
}

// Shares are the proportion requirements over the body. A bound of 0 is not
// checked.
type Shares struct {
	// ProblemsMin is the least share of ProblemsRoles together.
	ProblemsMin   float64 `yaml:"problems_min"`
	ProblemsRoles []Role  `yaml:"problems_roles"`
	// AchievementsMax is the largest share of achievements.
	AchievementsMax float64 `yaml:"achievements_max"`
	// MeasuresMin and MeasuresMax bound the share of measures.
	MeasuresMin float64 `yaml:"measures_min"`
	MeasuresMax float64 `yaml:"measures_max"`
	// TokenProblems: problems and causes below this share are a token
	// problem part, i.e. 只讲成绩不讲问题.
	TokenProblems float64 `yaml:"token_problems"`
}

// Level returns the level of a check under the profile.
func (p *Profile) Level(c *Check) Severity {
	if s, ok := p.Rules[c.ID]; ok {
		return s
	}
	return c.Severity
}

// Clone returns a deep copy, so overrides never touch the built-ins.
func (p *Profile) Clone() *Profile {
	q := *p
	q.Themes = append([]ThemeBudget(nil), p.Themes...)
	q.Shares.ProblemsRoles = append([]Role(nil), p.Shares.ProblemsRoles...)
	q.Rules = make(map[string]Severity, len(p.Rules))
	for k, v := range p.Rules {
		q.Rules[k] = v
	}
	q.Lexicon = make(map[string][]string, len(p.Lexicon))
	for k, v := range p.Lexicon {
		q.Lexicon[k] = append([]string(nil), v...)
	}
	return &q
}

// Validate reports the first bad value, naming its key.
func (p *Profile) Validate() error {
	if p.Length.Min < 0 || p.Length.Max < 0 {
		return fmt.Errorf("length：字数不能为负")
	}
	if p.Length.Max > 0 && p.Length.Min > p.Length.Max {
		return fmt.Errorf("length：min（%d）大于 max（%d）", p.Length.Min, p.Length.Max)
	}
	for key, v := range map[string]float64{
		"shares.problems_min": p.Shares.ProblemsMin, "shares.achievements_max": p.Shares.AchievementsMax,
		"shares.measures_min": p.Shares.MeasuresMin, "shares.measures_max": p.Shares.MeasuresMax,
		"shares.token_problems": p.Shares.TokenProblems,
	} {
		if v < 0 || v > 1 {
			return fmt.Errorf("%s：占比应在 0 到 1 之间，现为 %v", key, v)
		}
	}
	if p.Shares.MeasuresMax > 0 && p.Shares.MeasuresMin > p.Shares.MeasuresMax {
		return fmt.Errorf("shares：measures_min 大于 measures_max")
	}
	for _, r := range p.Shares.ProblemsRoles {
		if !r.valid() || r == RoleOther {
			return fmt.Errorf("shares.problems_roles：未知的部分 %q", r)
		}
	}
	for _, t := range p.Themes {
		if t.Theme.Label() == "" {
			return fmt.Errorf("themes：未知的主题 %q（可选 party-building、integrity、ideology）", t.Theme)
		}
		if t.Words <= 0 || t.Tolerance < 0 || t.Tolerance > 1 {
			return fmt.Errorf("themes（%s）：words 应为正数，tolerance 应在 0 到 1 之间", t.Theme)
		}
	}
	for key, v := range map[string]float64{
		"content.abstract_ratio": p.Content.AbstractRatio, "content.vague_share": p.Content.VagueShare,
		"content.subjective_share": p.Content.SubjectiveShare, "content.direction_only_share": p.Content.DirectionOnlyShare,
		"content.first_person_share": p.Content.FirstPersonShare, "content.evidence_paragraphs": p.Content.EvidenceParagraphs,
		"content.repeat_similarity": p.Content.RepeatSimilarity, "content.repeat_rewrite": p.Content.RepeatRewrite,
		"content.copied_share": p.Content.CopiedShare, "content.copied_critical": p.Content.CopiedCritical,
	} {
		if v < 0 || v > 1 {
			return fmt.Errorf("%s：占比应在 0 到 1 之间，现为 %v", key, v)
		}
	}
	for key, v := range map[string]float64{
		"content.concrete_mean": p.Content.ConcreteMean, "content.first_person_per_1000": p.Content.FirstPersonPer1000,
		"content.evidence_per_100": p.Content.EvidencePer100, "content.cliches_per_1000": p.Content.ClichesPer1000,
		"content.abstract_min_ideas": float64(p.Content.AbstractMinIdeas), "content.others_min": float64(p.Content.OthersMin),
		"content.copied_passage":     float64(p.Content.CopiedPassage),
		"content.evidence_min_words": float64(p.Content.EvidenceMinWords), "content.cliches_min_words": float64(p.Content.ClichesMinWords),
		"content.followup_sentences": float64(p.Content.FollowupSentences),
	} {
		if v < 0 {
			return fmt.Errorf("%s：不能为负，现为 %v", key, v)
		}
	}
	for name, extra := range p.Lexicon {
		if _, err := dict.Lines(name + ".txt"); err != nil {
			return fmt.Errorf("lexicon：未知的词表 %q", name)
		}
		if !isPatternLexicon(name) {
			continue
		}
		for _, e := range extra {
			if _, err := regexp.Compile(e); err != nil {
				return fmt.Errorf("lexicon.%s：%q 不是有效的正则表达式", name, e)
			}
		}
	}
	if p.Speaking.MaxMinutes < 0 || (p.Speaking.MaxMinutes > 0 && p.Speaking.Rate <= 0) {
		return fmt.Errorf("speaking：max_minutes 不能为负，rate 应为正数")
	}
	return nil
}

func (r Role) valid() bool {
	for _, b := range BodyRoles {
		if r == b {
			return true
		}
	}
	return r == RoleOther
}

//go:embed profiles.yaml
var profilesYAML []byte

var builtins = mustLoadProfiles()

func mustLoadProfiles() []*Profile {
	var ps []*Profile
	if err := yaml.Unmarshal(profilesYAML, &ps); err != nil {
		panic("lint: built-in profiles.yaml: " + err.Error())
	}
	for _, p := range ps {
		if err := p.Validate(); err != nil {
			panic("lint: built-in profile " + p.Name + ": " + err.Error())
		}
	}
	return ps
}

// Profiles returns copies of the built-in profiles, in their listed order.
func Profiles() []*Profile {
	out := make([]*Profile, len(builtins))
	for i, p := range builtins {
		out[i] = p.Clone()
	}
	return out
}

// LookupProfile returns a copy of the built-in profile with that name.
func LookupProfile(name string) (*Profile, error) {
	for _, p := range builtins {
		if p.Name == name {
			return p.Clone(), nil
		}
	}
	names := make([]string, len(builtins))
	for i, p := range builtins {
		names[i] = p.Name
	}
	sort.Strings(names)
	return nil, fmt.Errorf("未知的方案 %q（可选：%v）", name, names)
}
