// Package outline finds the parts of a 述职报告: its headings, and the role
// (成绩、问题、原因、措施、整改、其他) and theme (基层党建、党风廉政建设、
// 意识形态) of every stretch of text. Headed reports are read by their
// headings (docx styles and numbering, typed markers 一、（一）1. 第一部分);
// un-headed ones by cue sentences (存在的问题主要有、究其原因、下一步我将);
// opening and closing formulas, title and signature are RoleOther.
package outline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"shuzhi/lint"
	"shuzhi/lint/match"
)

// Build returns the outline of a document, found with the headings and
// cues of a profile's lexicons. It fails only if a cue pattern does not
// compile (config checks additions before they get here).
func Build(doc *lint.Document, lex *lint.Lexicons) (*lint.Outline, error) {
	lx, err := lexiconsOf(lex)
	if err != nil {
		return nil, err
	}
	n := len(doc.Paragraphs)
	b := &builder{lx: lx, doc: doc, out: &lint.Outline{
		HeadingLevel: make([]int, n), HeadingEnd: make([]int, n), RoleHeading: make([]bool, n), Marked: make([]bool, n),
	}}
	b.run()
	return b.out, nil
}

// heading is a heading found in a paragraph.
type heading struct {
	level int
	typed bool // the level comes from a typed or list marker, not a style
	end   int  // rune offset in Text where the heading ends (inline headings)
	text  string
}

// denseLevels renumbers the levels of marker headings by the marker kinds
// the document uses, so that 一、 is level 1 in a report without 第一部分
// and level 2 under it, as Word's outline would show. In a document that
// also has styled headings, marker headings sit below the deepest styled
// level ("（一）" under a Heading 1 "一、").
func denseLevels(heads []*heading) {
	present := map[int]bool{}
	styled := 0
	for _, h := range heads {
		switch {
		case h != nil && h.typed:
			present[h.level] = true
		case h != nil:
			styled = max(styled, h.level)
		}
	}
	rank := map[int]int{}
	for k, next := 1, styled+1; k <= len(markerLevels); k++ {
		if present[k] {
			rank[k] = next
			next++
		}
	}
	for _, h := range heads {
		if h != nil && h.typed {
			h.level = rank[h.level]
		}
	}
}

// frame is an open heading on the stack.
type frame struct {
	level int
	role  lint.Role
	theme lint.Theme
	// locked: the heading named its part ("二、存在的问题"), so headings
	// under it are topics of that part, not parts of their own.
	locked bool
	// named are the parts the heading named ("存在问题及整改措施": 问题、措施).
	named []lint.Role
}

// allowedUnder reports whether a sub-heading naming role may open a part
// of its own under a locked parent: only a part the parent named (问题 or
// 措施 under "存在问题及整改措施"), causes under problems, and the answer
// to last year's problems may ("（三）聚焦问题整改" under 履职情况 stays an
// achievement).
func allowedUnder(parent frame, role lint.Role) bool {
	if !parent.locked || role == lint.RoleFollowup || slices.Contains(parent.named, role) {
		return true
	}
	return role == lint.RoleCauses && slices.Contains(parent.named, lint.RoleProblems)
}

type builder struct {
	lx    *lexicons
	doc   *lint.Document
	out   *lint.Outline
	heads []*heading // per paragraph, the heading it holds or nil

	role   lint.Role // role of text from here on
	theme  lint.Theme
	stack  []frame
	closed bool // a closing formula was seen: the rest is signature
	year   int  // the year the report is about, 0 if unknown
	// offs are the rune offsets of paragraph offsPara, kept while the
	// sections of one paragraph are named.
	offs       lint.Offsets
	offsPara   int
	headedRole bool // some heading named a role
	// styledParts: the document heads its parts with heading styles
	// (two or more styled headings after its first paragraphs).
	styledParts bool
	// contents marks the entries of a table of contents (dropContents).
	contents map[int]bool
	cued     bool // some cue sentence named a role
}

func (b *builder) run() {
	b.year = reportYear(b.doc)
	b.heads = make([]*heading, len(b.doc.Paragraphs))
	b.contents = map[int]bool{}
	styled := 0
	for i, p := range b.doc.Paragraphs {
		if i >= 2 && p.Level > 0 {
			styled++
		}
	}
	b.styledParts = styled >= 2
	heads := b.heads
	firstHeading := -1
	for i := range b.doc.Paragraphs {
		heads[i] = b.findHeading(i)
		if heads[i] != nil && firstHeading < 0 && b.frontHeading(i) {
			// A title or salutation in a heading style (标题 1, as pandoc
			// and many users write them) is front matter, not a part.
			heads[i], b.out.Marked[i] = nil, false
		}
		if heads[i] != nil && firstHeading < 0 {
			firstHeading = i
		}
	}
	b.dropContents(heads)
	denseLevels(heads)
	b.role = lint.RoleOther
	preamble := true
	for i, p := range b.doc.Paragraphs {
		text := p.Text
		n := utf8.RuneCountInString(text)
		switch {
		case b.closed:
			b.add(i, 0, n, lint.RoleOther)
			continue
		case preamble && heads[i] == nil:
			if b.isFrontMatter(i, firstHeading) {
				b.add(i, 0, n, lint.RoleOther)
				continue
			}
			preamble = false
			b.role = lint.RoleAchievements
		}
		start := 0
		if h := heads[i]; h != nil {
			preamble = false
			b.openHeading(i, h)
			start = h.end
			if start >= n {
				b.add(i, 0, n, b.role)
				continue
			}
		}
		b.content(i, start, n)
	}
	b.problemsBeforeCauses()
	byContent := !b.headedRole && (!b.cued || !b.problemsCued()) && b.partsByContent()
	if b.cued && !b.headedRole {
		b.causesByContent()
		b.plansByContent()
	}
	b.shortfallOpeningPlans()
	b.failingsBeforeAlso()
	b.sections()
	switch {
	case b.headedRole:
		b.out.Structure = lint.StructureHeaded
	case b.cued:
		b.out.Structure = lint.StructureCued
	case byContent:
		b.out.Structure = lint.StructureContent
	default:
		b.out.Structure = lint.StructureNone
	}
	b.out.Doubt = b.doubt()
}

// maxThemeLine bounds, in runes, a line that opens a theme by its name.
const maxThemeLine = 30

// themeLine reports whether a line without a marker opens a theme: short,
// no sentence, and starting with the theme's name (抓基层党建：……、
// 意识形态工作：守好阵地).
func (b *builder) themeLine(t string) bool {
	if utf8.RuneCountInString(t) > maxThemeLine || strings.ContainsAny(t, "。！？；") {
		return false
	}
	theme := b.lx.headingTheme(t)
	if theme == lint.ThemeNone {
		return false
	}
	head, _, found := strings.Cut(t, "：")
	if !found {
		head, _, found = strings.Cut(t, ":")
	}
	return found && b.lx.headingTheme(head) == theme
}

// contentsTitle: the line that opens a table of contents (目录, 目 录, 目次).
var contentsTitle = match.MustCompile(`^(目[ 　]*录|目[ 　]*次|内容提要)[：:]?$`)

// dropContents unmarks the headings of a table of contents at the top of
// a web copy: after a line 目录, the headings that follow one another with
// no text between and recur later in the document are its entries, front
// matter and not parts.
func (b *builder) dropContents(heads []*heading) {
	paras := b.doc.Paragraphs
	for i := 0; i < len(paras) && i < maxContentsStart; i++ {
		if !contentsTitle.MatchString(strings.TrimSpace(paras[i].Text)) {
			continue
		}
		later := map[string]bool{}
		j := i + 1
		for j < len(paras) && heads[j] != nil {
			j++
		}
		for k := j; k < len(paras); k++ {
			later[strings.TrimSpace(paras[k].Text)] = true
		}
		for k := i + 1; k < j; k++ {
			if later[strings.TrimSpace(paras[k].Text)] {
				heads[k], b.out.Marked[k] = nil, false
				b.contents[k] = true
			}
		}
		return
	}
}

// maxContentsStart is how far from the top a table of contents may begin.
const maxContentsStart = 12

// maxPreamble is how many paragraphs before the first heading may still
// be its preamble (a self-introduction, the opening formula).
const maxPreamble = 2

// isFrontMatter reports whether paragraph i, met before the body starts,
// is title, author line, salutation or opening formula.
func (b *builder) isFrontMatter(i, firstHeading int) bool {
	t := strings.TrimSpace(b.doc.Paragraphs[i].Text)
	n := utf8.RuneCountInString(t)
	switch {
	case b.contents[i] || contentsTitle.MatchString(t):
		return true
	case b.lx.opening.MatchAny(t) && n <= 300:
		return true
	case b.lx.salutation.MatchAny(t):
		return true
	case n <= 60 && !endsSentence(t) && !strings.ContainsAny(t, "，,。"):
		return true // title, author line, date
	case firstHeading > i && firstHeading-i <= maxPreamble && n <= 200:
		// A short preamble just before the first heading; further
		// from it, the body has begun without a heading.
		return true
	}
	return false
}

// frontHeading reports whether paragraph i, a heading met before any
// other, is the document's title, its salutation or its opening formula.
func (b *builder) frontHeading(i int) bool {
	t := strings.TrimSpace(b.doc.Paragraphs[i].Text)
	if b.out.Marked[i] {
		return false // 一、上年度述职评议问题整改情况 opens a part
	}
	return titleWords.MatchString(t) || b.lx.salutation.MatchAny(t) || b.lx.opening.MatchAny(t)
}

// openHeading closes the headings at its level or deeper and opens h,
// setting the role and theme of the text under it.
func (b *builder) openHeading(i int, h *heading) {
	b.out.HeadingLevel[i] = h.level
	b.out.HeadingEnd[i] = h.end
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].level >= h.level {
		b.stack = b.stack[:len(b.stack)-1]
	}
	roles := b.lx.headingRoles(h.text)
	if len(b.stack) == 0 || !b.stack[len(b.stack)-1].locked {
		// Under a heading that named its part, sub-headings are topics
		// ("（一）调研不够"); elsewhere a heading may name its part in
		// plain words ("为啥会这样", "明年咋干").
		roles = b.lx.headingOrKeywordRoles(h.text)
	}
	theme := lint.ThemeNone
	if len(b.stack) == 0 {
		theme = b.lx.headingTheme(h.text)
	}
	if len(roles) > 0 && len(b.stack) > 0 && !allowedUnder(b.stack[len(b.stack)-1], roles[0]) {
		roles = nil
	}
	switch {
	case len(roles) > 0:
		b.role = roles[0]
		b.headedRole = true
		b.out.RoleHeading[i] = true
	case len(b.stack) > 0:
		b.role = b.stack[len(b.stack)-1].role
	case b.role == lint.RoleOther || b.role == lint.RoleFollowup || theme != lint.ThemeNone:
		// A top heading that names no part opens the body: after the
		// front matter, a theme, or last year's rectification.
		b.role = lint.RoleAchievements
	}
	switch {
	case len(b.stack) == 0:
		b.theme = theme
	default:
		b.theme = b.stack[len(b.stack)-1].theme
	}
	b.stack = append(b.stack, frame{level: h.level, role: b.role, theme: b.theme, locked: len(roles) > 0 && theme == lint.ThemeNone, named: roles})
}

// content assigns roles to the runes [start, n) of paragraph i, sentence by
// sentence, switching role where a cue sentence opens a new part.
func (b *builder) content(i, start, n int) {
	text := b.doc.Paragraphs[i].Text
	offs := lint.NewOffsets(text)
	spanStart, spanRole := 0, b.role
	paraRole := lint.Role("") // a follow-up cue holds for its paragraph only
	turned := false           // the paragraph opened by closing the part before
	sentences := lint.Sentences(text, start, n)
	for k, s := range sentences {
		sentence := offs.Slice(text, s[0], s[1])
		role := b.cueRole(sentence)
		turning := k == 1 && turned
		// A transition opens its paragraph, follows a sentence that
		// closed the part before, asks a question (为啥会这样？), or ends
		// the paragraph announcing what follows (话说回来，毛病也不少，我
		// 一条条摆出来。).
		trimmed := strings.TrimSpace(sentence)
		asks := strings.HasSuffix(trimmed, "？") || strings.HasSuffix(trimmed, "?")
		inner := k > 0 && (asks || k == len(sentences)-1 && announces.MatchString(trimmed))
		if role == "" && start == 0 && (k == 0 || turning || inner) {
			role = b.signalRole(sentence)
			turned = k == 0 && role == "" && (partClosed.MatchString(stripConnectors(sentence)) || sumsUp(trimmed))
		}
		switch role {
		case "":
			continue
		case lint.RoleFollowup:
			if paraRole == "" {
				paraRole = lint.RoleFollowup
			}
		case lint.RoleOther:
			b.closed = true
		default:
			b.role = role
			b.cued = true
		}
		cur := b.role
		if paraRole != "" && !b.closed {
			cur = paraRole
		}
		if b.closed {
			cur = lint.RoleOther
		}
		at := s[0]
		if turning {
			at = spanStart // the closing sentence turns to the new part
		}
		if cur != spanRole {
			if at > spanStart {
				b.add(i, spanStart, at, spanRole)
			}
			spanStart, spanRole = at, cur
		}
	}
	b.add(i, spanStart, n, spanRole)
}

// cueRole returns the role a sentence opens, RoleOther for a closing
// formula, or "" when it is no cue.
func (b *builder) cueRole(sentence string) lint.Role {
	s := stripConnectors(sentence)
	switch {
	case b.lx.closing.MatchAny(s):
		return lint.RoleOther
	case b.lx.followup.MatchAny(s):
		return lint.RoleFollowup
	case b.lx.causes.MatchAny(s):
		return lint.RoleCauses
	case b.lx.measures.MatchAny(s):
		return lint.RoleMeasures
	case b.lx.problems.MatchAny(s):
		if early(causeSignal, s) {
			// "这些问题的产生主要有以下几方面原因": about the causes.
			return lint.RoleCauses
		}
		return lint.RoleProblems
	}
	return ""
}

// add appends a span, merging it with the previous one of the same
// paragraph and role.
func (b *builder) add(i, start, end int, role lint.Role) {
	if end <= start {
		return
	}
	theme := b.theme
	if role == lint.RoleOther {
		theme = lint.ThemeNone
	}
	if k := len(b.out.Spans) - 1; k >= 0 {
		last := &b.out.Spans[k]
		if last.Para == i && last.Role == role && last.Theme == theme && last.End == start {
			last.End = end
			return
		}
	}
	b.out.Spans = append(b.out.Spans, lint.Span{Para: i, Start: start, End: end, Role: role, Theme: theme})
}

// sections groups consecutive spans of one role and theme.
func (b *builder) sections() {
	for k, s := range b.out.Spans {
		secs := b.out.Sections
		if n := len(secs); n > 0 && secs[n-1].Role == s.Role && secs[n-1].Theme == s.Theme {
			secs[n-1].Last = s.Para
			secs[n-1].Spans = append(secs[n-1].Spans, k)
			continue
		}
		b.out.Sections = append(b.out.Sections, lint.Section{
			Heading: b.sectionHeading(s), Role: s.Role, Theme: s.Theme,
			First: s.Para, Last: s.Para, Spans: []int{k},
		})
	}
}

// sectionHeading names a section by its heading, or by the first words of
// the text that opens it.
func (b *builder) sectionHeading(s lint.Span) string {
	p := b.doc.Paragraphs[s.Para]
	if b.out.HeadingLevel[s.Para] > 0 && s.Start == 0 {
		if h := b.heads[s.Para]; h != nil {
			return p.Label + h.text
		}
	}
	if b.offsPara != s.Para || b.offs == nil {
		b.offs, b.offsPara = lint.NewOffsets(p.Text), s.Para
	}
	r := []rune(strings.TrimSpace(b.offs.Slice(p.Text, s.Start, min(s.End, s.Start+64))))
	if len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return string(r)
}

var (
	// decoBullet: a bullet that may stand before a numbered marker.
	decoBullet   = match.MustCompile(`^[■□◆◇★☆●○▲△▶►•][ \t　]*`)
	markerLevels = []struct {
		re    *match.Regexp
		level int
	}{
		{match.MustCompile(`^第[一二三四五六七八九十]+(部分|章|篇)[、：:，,．.\s　]*`), 1},
		{match.MustCompile(`^[一二三四五六七八九十]+[、．.]`), 2},
		{match.MustCompile(`^[（(][一二三四五六七八九十]+[）)][、．.]?`), 3},
		{match.MustCompile(`^\d{1,2}[、．.]`), 4},
		{match.MustCompile(`^[（(]\d{1,2}[）)][、．.]?`), 5},
		{match.MustCompile(`^[①-⑳]`), 6},
		// Bullets and bracketed headings: ■ 工作回顾, ▲ 存在的问题。…,
		// 【一年来做了哪些事】; the heavier symbols above the lighter.
		{match.MustCompile(`^([■□◆◇★☆]|【[^】]{1,30}】)[ 	　]*`), 7},
		{match.MustCompile(`^[●○▲△►▶•※][ 	　]*`), 8},
	}
	// digitAfter: "3.5万元" is a number, not the item 3 — but
	// "4.2026年工作打算" is item 4 about a year.
	digitAfter = match.MustCompile(`^\d{1,2}[．.]\d`)
	yearAfter  = match.MustCompile(`^\d{1,2}[．.]20\d\d年`)
)

// maxHeadingRunes bounds a whole-paragraph heading; maxInlineRunes bounds
// a heading that is the first sentence of its paragraph.
const (
	maxHeadingRunes = 40
	maxInlineRunes  = 30
	maxBareHeading  = 20
)

// findHeading returns the heading in paragraph i, or nil.
func (b *builder) findHeading(i int) *heading {
	p := b.doc.Paragraphs[i]
	text := p.Text
	lead := leadingSpace(text)
	body := text[lead:]
	runesLead := utf8.RuneCountInString(text[:lead])
	total := utf8.RuneCountInString(text)
	if p.Level > 0 {
		return &heading{level: p.Level, end: total, text: strings.TrimSpace(text)}
	}
	level, mlen := 0, 0
	if p.Label != "" {
		level = markerLevel(strings.TrimSpace(p.Label))
	}
	if level == 0 {
		if digitAfter.MatchString(body) && !yearAfter.MatchString(body) {
			return nil
		}
		// A bullet before a numbered marker (■ 一、履职基本情况) is
		// decoration: the number gives the level.
		skip := 0
		if loc := decoBullet.FindStringIndex(body); loc != nil {
			skip = loc[1]
		}
		for _, m := range markerLevels {
			if loc := m.re.FindStringIndex(body[skip:]); loc != nil {
				level, mlen = m.level, skip+loc[1]
				break
			}
		}
		if level == 0 && skip > 0 {
			for _, m := range markerLevels {
				if loc := m.re.FindStringIndex(body); loc != nil {
					level, mlen = m.level, loc[1]
					break
				}
			}
		}
	}
	b.out.Marked[i] = level > 0
	if level == 0 {
		t := strings.TrimSpace(body)
		short := utf8.RuneCountInString(t) <= maxBareHeading && !endsSentence(strings.TrimRight(t, "：:"))
		if short && !strings.ContainsAny(t, "，,") && len(b.lx.headingOrKeywordRoles(t)) > 0 {
			// A short line naming a part heads it; in a document whose
			// parts have heading styles it is a sub-heading below them
			// (关于“居民议事流于形式”的问题 under 一、上年度……整改情况).
			level := 1
			if b.styledParts {
				level = 7
			}
			return &heading{level: level, end: total, text: t}
		}
		if short && p.Emphasis && !p.InTable {
			// A short bold or centred line of a document without
			// heading styles: a heading, naming its part or a topic.
			return &heading{level: 7, typed: true, end: total, text: t}
		}
		if b.themeLine(t) {
			// 党风廉政建设：第一责任人的担子我扛 opens a theme.
			return &heading{level: 1, end: total, text: t}
		}
		return nil
	}
	rest := []rune(body[mlen:])
	restText := strings.TrimSpace(string(rest))
	if utf8.RuneCountInString(restText) <= maxHeadingRunes && !endsSentence(restText) && !strings.ContainsAny(restText, "。！？") {
		// A whole line is a heading unless a sentence ends inside it
		// ("3.原因剖析。这些问题……根子在我身上，主要有三点：").
		return &heading{level: level, typed: true, end: total, text: strings.TrimSpace(body)}
	}
	if strings.HasPrefix(body, "【") {
		// 【一、履职情况】我……: the brackets close the heading.
		end := runesLead + utf8.RuneCountInString(body[:mlen])
		return &heading{level: level, typed: true, end: end, text: strings.TrimSpace(body[:mlen])}
	}
	for k, r := range rest {
		if k > maxInlineRunes {
			break
		}
		if r != '\n' && lint.IsSentenceEnd(r) {
			end := runesLead + utf8.RuneCountInString(body[:mlen]) + k + 1
			return &heading{level: level, typed: true, end: end, text: strings.TrimSpace(body[:mlen] + string(rest[:k]))}
		}
	}
	return nil
}

func markerLevel(label string) int {
	for _, m := range markerLevels {
		if m.re.MatchString(label) {
			return m.level
		}
	}
	return 0
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？；…!?;", r)
}

func leadingSpace(s string) int {
	for i, r := range s {
		if !unicode.IsSpace(r) && r != '\u3000' {
			return i
		}
	}
	return len(s)
}

var connector = match.MustCompile(`^(但是|但|同时|当然|然而|不过|此外|另外|总的来看|总的来说|客观地说|客观地讲|坦率地说|坦率地讲|实事求是地讲|回顾一年来的工作|在肯定成绩的同时|在看到成绩的同时|(我|本人)?(也|还)?(清醒|深刻)(地)?(看到|认识到|意识到)|(我|本人)?(也|还)?要看到)[，,、：:]?`)

// stripConnectors removes leading spaces, item markers and connectives.
func stripConnectors(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' })
	for k := 0; k < 4; k++ {
		t := connector.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	return s
}
