package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"shuzhi/lint/match"
)

// Loc is a run of one paragraph's text, in runes.
type Loc struct {
	Para, Start, End int
}

// SentenceEnds are the runes that end a sentence, for all of shuzhi: the
// outline's cues, the rules' sentences and items, the copy index's
// formulations. A colon ends one too, so that "存在的问题主要有：" is a
// sentence of its own.
const SentenceEnds = "。！？；：!?;:\n"

// IsSentenceEnd reports whether r ends a sentence.
func IsSentenceEnd(r rune) bool { return strings.ContainsRune(SentenceEnds, r) }

// Sentences splits the runes [start, end) of text into sentences, each
// ending after one of SentenceEnds; leading spaces are skipped and blank
// sentences dropped. Offsets are runes of text.
func Sentences(text string, start, end int) [][2]int {
	var out [][2]int
	i, s := 0, -1
	for _, r := range text {
		if i >= end {
			break
		}
		if i >= start {
			if s < 0 && !unicode.IsSpace(r) && r != '\u3000' {
				s = i
			}
			if s >= 0 && IsSentenceEnd(r) {
				out = append(out, [2]int{s, i + 1})
				s = -1
			}
		}
		i++
	}
	if s >= 0 && s < i {
		out = append(out, [2]int{s, i})
	}
	return out
}

// Item is one problem, cause or measure as a reviewer counts them: an
// enumerated point (一是…, （一）…, 1. …) with the text under it, or a
// paragraph of its own.
type Item struct {
	// At is where the item starts; findings about it point there.
	At Loc
	// Title is the item's own heading, if it had one.
	Title string
	// Text is the item's whole text, its title included.
	Text string
	// Extent is where Text lies: the title, then each piece under it.
	Extent Extent
	body   bool // text beyond the title was added
}

// add appends a piece of text at loc to the item.
func (it *Item) add(text string, loc Loc) {
	it.Text += text
	it.Extent = append(it.Extent, loc)
	it.body = true
}

var (
	// enumerator opens an inline item: 一是、二是…, 第一，…, 首先/其次.
	enumerator = match.MustCompile(`^(([一二三四五六七八九十]+是)|(第[一二三四五六七八九十]+[，,、：:])|首先|其次|再次|最后|此外)`)
	// introEnd marks a sentence that only announces the items to follow:
	// it ends with a colon, or names what follows (以下几点、如下、几个方面).
	introEnd = match.MustCompile(`[：:]$|以下|如下|几点|几个方面|几条|这么几|这样几`)
)

// maxIntro bounds, in runes, a text that only announces items.
const maxIntro = 80

// itemBuilder collects items in document order.
type itemBuilder struct {
	items []Item
	cur   *Item
}

// flush ends the current item. A titled item with no text under it is
// kept as an item of its own, unless enumerated points follow it: then it
// only groups them (dropTitleOnly).
func (b *itemBuilder) flush(dropTitleOnly bool) {
	if b.cur != nil && (b.cur.body || (b.cur.Title != "" && !dropTitleOnly)) {
		b.items = append(b.items, *b.cur)
	}
	b.cur = nil
}

// ItemsOf splits the text of a role into items. Headings that name a role
// ("二、存在的问题") and sentences that only announce the items
// ("存在的问题主要有以下几点：") are left out. It serves any document and
// its outline, such as last year's report; Pass.Items keeps the items of
// the document under review.
func ItemsOf(doc *Document, ol *Outline, role Role) []Item {
	var b itemBuilder
	var runes []rune // of the paragraph last seen
	var offs Offsets
	last := -1
	for _, sp := range ol.Spans {
		if sp.Role != role {
			continue
		}
		text := doc.Paragraphs[sp.Para].Text
		if sp.Para != last {
			runes, offs, last = []rune(text), NewOffsets(text), sp.Para
		}
		start := sp.Start
		if ol.HeadingLevel[sp.Para] > 0 && sp.Start == 0 {
			// The span opens with a heading: a role heading is no item,
			// any other titles the item its text makes.
			end := min(ol.HeadingEnd[sp.Para], sp.End)
			b.flush(false)
			if !ol.RoleHeading[sp.Para] {
				title := strings.TrimSpace(offs.Slice(text, 0, end))
				b.cur = &Item{At: Loc{sp.Para, 0, end}, Title: title, Text: title, Extent: Extent{{sp.Para, 0, end}}}
			}
			start = end
		}
		pieces := splitEnumerated(runes, start, sp.End)
		if len(pieces) > 0 && sp.Start == 0 && ol.Marked[sp.Para] && ol.HeadingLevel[sp.Para] == 0 {
			// "（四）……", too long to be a heading, is still a new item,
			// a sibling of the one before.
			pieces[0].enumerated, pieces[0].marked = true, true
		}
		for _, pc := range pieces {
			piece := offs.Slice(text, pc.start, pc.end)
			switch {
			case strings.TrimSpace(piece) == "":
			case !pc.enumerated && isIntro(piece):
				// It announces the items that follow.
			case !pc.enumerated && b.cur != nil && b.cur.Title != "":
				b.cur.add(piece, Loc{sp.Para, pc.start, pc.end})
			default:
				// Points enumerated inline (一是……) under a title-only
				// item make it a mere group heading.
				b.flush(pc.enumerated && !pc.marked)
				b.cur = &Item{At: Loc{sp.Para, pc.start, pc.end}}
				b.cur.add(piece, b.cur.At)
			}
		}
	}
	b.flush(false)
	return b.items
}

// pieceRange is a piece of a span, in runes, and whether an enumerator
// (一是……) or a paragraph marker (（一）……) opens it.
type pieceRange struct {
	start, end int
	enumerated bool
	marked     bool
}

// splitEnumerated cuts runes[start:end] at the enumerators that open a
// sentence or a clause after 。；：.
func splitEnumerated(runes []rune, start, end int) []pieceRange {
	end = min(end, len(runes))
	var out []pieceRange
	prev, prevEnum := start, false
	atStart := true
	for i := start; i < end; i++ {
		r := runes[i]
		if atStart && !isBlank(r) {
			if enumerator.MatchString(string(runes[i:min(i+6, len(runes))])) {
				if i > prev && strings.TrimFunc(string(runes[prev:i]), isBlank) != "" {
					out = append(out, pieceRange{start: prev, end: i, enumerated: prevEnum})
				}
				prev, prevEnum = i, true
			}
			atStart = false
		}
		if IsSentenceEnd(r) {
			atStart = true
		}
	}
	if prev < end {
		out = append(out, pieceRange{start: prev, end: end, enumerated: prevEnum})
	}
	return out
}

func isBlank(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

// isIntro reports whether text only announces the items that follow.
func isIntro(text string) bool {
	t := strings.TrimSpace(text)
	return utf8.RuneCountInString(t) <= maxIntro && introEnd.MatchString(t)
}

// Offsets maps the rune offsets of a text to its byte offsets, so that a
// text cut into many pieces is sliced in time linear in its length.
type Offsets []int

// NewOffsets returns the offsets of text: one per rune, then len(text).
func NewOffsets(text string) Offsets {
	o := make(Offsets, 0, len(text)+1)
	for b := range text {
		o = append(o, b)
	}
	return append(o, len(text))
}

// Slice returns the runes [start, end) of text, clamped to its length.
func (o Offsets) Slice(text string, start, end int) string {
	n := len(o) - 1
	start, end = min(max(start, 0), n), min(max(end, 0), n)
	if start >= end {
		return ""
	}
	return text[o[start]:o[end]]
}

// Runes returns the number of runes of the text.
func (o Offsets) Runes() int { return len(o) - 1 }
