package read

import (
	"encoding/xml"
	"strings"
	"unicode"
	"unicode/utf8"

	"shuzhi/lint"
)

// walker turns the story parts of a package (the main document, footnotes,
// endnotes) into paragraphs, in the accepted view of tracked changes.
type walker struct {
	doc    *lint.Document
	styles *styleSheet
	lists  *listCounters
	lim    Limits
	path   string
	s      *xmlStream // the part being walked
	// src, when not nil, receives where the body paragraphs lie in the
	// main part; alternates counts the mc:AlternateContent open around
	// the element being read, whose text is not mapped.
	src        *Source
	alternates int
	// marks are where the comment ranges of the body start and end, by id.
	marks map[string]*lint.Comment
}

// story is one flow of text: the body, a text box, or the notes. Each has
// its own open paragraph, complex fields and table nesting.
type story struct {
	kind   string                       // Paragraph.Kind of its paragraphs; "" for the body
	visit  func(xml.StartElement) error // walker.element bound to this story
	para   *paraState
	fields []bool // open complex fields, innermost last: true once past "separate"
	hidden int    // how many of them are still in their instructions
	tables int    // tables open around the current element
	// bold says whether the run being read is bold.
	bold bool
	// run is the index of the run being read in para.source.Runs, or -1.
	run int
}

// paraState accumulates one w:p.
type paraState struct {
	text        strings.Builder
	styleID     string
	num         numRef
	outline     int // the paragraph's own w:outlineLvl, or -1
	markDeleted bool
	inTable     bool
	centered    bool
	// boldRunes and plainRunes count the visible characters of bold and
	// other runs: a paragraph all bold is emphasised.
	boldRunes, plainRunes int
	// runes counts the runes of text so far.
	runes int
	// source locates the paragraph when the walker maps its source.
	source ParagraphSource
}

// Elements whose content is never text of the accepted view: properties,
// deleted revisions, field instructions, phonetic guides.
var skipped = map[string]bool{
	"rPr": true, "tblPr": true, "tblGrid": true, "trPr": true, "tcPr": true, "tblPrEx": true,
	"sectPr": true, "sdtPr": true, "sdtEndPr": true, "customXmlPr": true, "smartTagPr": true,
	"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true,
	"rt": true, "fldData": true,
}

// Footnote and endnote types that are not notes: the separator lines.
var separatorNotes = map[string]bool{"separator": true, "continuationSeparator": true, "continuationNotice": true}

// walkPart walks a story part; kind is "" for the main document, else the
// Paragraph.Kind of the notes it holds. A missing notes part is no error.
func (w *walker) walkPart(pkg *docxPackage, name, kind string) error {
	if pkg.parts[name] == nil {
		return nil
	}
	s, err := pkg.stream(name)
	if err != nil {
		return err
	}
	defer s.close()
	w.s = s
	root, err := s.nextStart()
	if err != nil {
		return err
	}
	want := "document"
	if kind != "" {
		want = kind + "s"
	}
	if root == nil || !isW(root.Name, want) {
		return newError(w.path, ReasonNotDOCX, s.part+" 不是 Word 文档内容")
	}
	if err := w.story(kind); err != nil {
		return err
	}
	return s.finish()
}

// story walks the children of the current element as a new story.
func (w *walker) story(kind string) error {
	st := &story{kind: kind, run: -1}
	st.visit = func(c xml.StartElement) error { return w.element(st, c) }
	return w.s.children(st.visit)
}

// element handles one element of a story, consuming it.
func (w *walker) element(st *story, se xml.StartElement) error {
	s := w.s
	start := s.tokStart // where se begins
	from := 0           // the runes of the paragraph before se
	if st.para != nil {
		from = st.para.runes
	}
	descend := func() error { return s.children(st.visit) }
	if se.Name.Space == nsMC {
		switch se.Name.Local {
		case "AlternateContent":
			return w.alternateContent(st)
		case "Fallback":
			return s.skip()
		}
		return descend()
	}
	if se.Name.Space != nsW && se.Name.Space != nsWStrict {
		return descend()
	}
	name := se.Name.Local
	switch {
	case name == "r":
		st.bold = false
		if !w.sourcing(st) {
			return descend()
		}
		src := &st.para.source
		outer := st.run
		st.run = len(src.Runs)
		src.Runs = append(src.Runs, RunSource{Start: start})
		err := descend()
		src.Runs[st.run].End = s.dec.InputOffset()
		st.run = outer
		return err
	case name == "rPr" && st.para != nil:
		err := s.children(func(c xml.StartElement) error {
			if (isW(c.Name, "b") || isW(c.Name, "bCs")) && !falseValue(attr(&c, "val")) {
				st.bold = true
			}
			return s.skip()
		})
		if w.sourcing(st) && st.run >= 0 {
			r := &st.para.source.Runs[st.run]
			r.PropsStart, r.PropsEnd = start, s.dec.InputOffset()
		}
		return err
	case skipped[name]:
		return s.skip()
	}
	switch name {
	case "commentRangeStart", "commentRangeEnd":
		if st.kind == "" && w.alternates == 0 {
			w.commentMark(st, attr(&se, "id"), name == "commentRangeStart")
		}
	case "p":
		if st.para != nil {
			return descend() // a paragraph in a paragraph: keep it as one
		}
		st.para = &paraState{num: noNumRef, outline: -1, inTable: st.tables > 0}
		st.para.source.Content = s.dec.InputOffset()
		err := descend()
		p := st.para
		st.para = nil
		p.source.End = s.tokStart
		if err != nil {
			return err
		}
		return w.endParagraph(st, p)
	case "pPr":
		if st.para == nil {
			return s.skip()
		}
		err := w.paragraphProperties(st.para)
		st.para.source.Content = s.dec.InputOffset()
		return err
	case "t":
		text, err := s.text()
		w.write(st, text)
		w.piece(st, from, start, true)
		return err
	case "tab", "ptab":
		w.write(st, "\t")
	case "br", "cr":
		w.write(st, "\n")
	case "noBreakHyphen":
		w.write(st, "-")
	case "sym":
		if r, ok := symChar(attr(&se, "char"), attr(&se, "font")); ok {
			w.write(st, string(r))
		}
	case "fldChar":
		st.fieldChar(attr(&se, "fldCharType"))
	case "tbl":
		st.tables++
		err := descend()
		st.tables--
		return err
	case "txbxContent":
		return w.story("textbox")
	case "footnote", "endnote":
		if separatorNotes[attr(&se, "type")] {
			return s.skip()
		}
		return descend()
	default:
		return descend()
	}
	err := s.skip()
	if st.para != nil {
		w.piece(st, from, start, false)
	}
	return err
}

// alternateContent keeps the first mc:Choice of an mc:AlternateContent and
// drops the others and the mc:Fallback, which repeat the same content
// (a text box would otherwise be read twice).
func (w *walker) alternateContent(st *story) error {
	chosen := false
	w.alternates++
	defer func() { w.alternates-- }()
	return w.s.children(func(c xml.StartElement) error {
		if c.Name.Space != nsMC {
			return w.element(st, c)
		}
		if c.Name.Local != "Choice" || chosen {
			return w.s.skip()
		}
		chosen = true
		return w.s.children(st.visit)
	})
}

// fieldChar follows the w:fldChar marks of complex fields: text is shown
// only when every open field is past its "separate" mark, in its result.
func (st *story) fieldChar(typ string) {
	n := len(st.fields)
	switch typ {
	case "begin":
		st.fields = append(st.fields, false)
		st.hidden++
	case "separate":
		if n > 0 && !st.fields[n-1] {
			st.fields[n-1] = true
			st.hidden--
		}
	case "end":
		if n > 0 {
			if !st.fields[n-1] {
				st.hidden--
			}
			st.fields = st.fields[:n-1]
		}
	}
}

// write appends text to the open paragraph, unless it belongs to the
// instructions of a complex field.
func (w *walker) write(st *story, text string) {
	if st.para != nil && st.hidden == 0 {
		st.para.text.WriteString(text)
		st.para.runes += utf8.RuneCountInString(text)
		n := len([]rune(strings.TrimSpace(text)))
		if st.bold {
			st.para.boldRunes += n
		} else {
			st.para.plainRunes += n
		}
	}
}

// paragraphProperties reads the w:pPr of a paragraph.
func (w *walker) paragraphProperties(p *paraState) error {
	s := w.s
	return s.children(func(c xml.StartElement) error {
		switch {
		case isW(c.Name, "pStyle"):
			p.styleID = attr(&c, "val")
		case isW(c.Name, "numPr"):
			return readNumPr(s, &p.num)
		case isW(c.Name, "outlineLvl"):
			p.outline = intAttr(&c, "val", -1)
		case isW(c.Name, "jc"):
			p.centered = attr(&c, "val") == "center"
		case isW(c.Name, "rPr"):
			return s.children(func(r xml.StartElement) error {
				if isW(r.Name, "del") || isW(r.Name, "moveFrom") {
					p.markDeleted = true
				}
				return s.skip()
			})
		}
		return s.skip()
	})
}

// endParagraph numbers a finished paragraph and keeps it if it has text.
// An empty paragraph still advances its list, as Word shows its number,
// unless its mark is deleted: then it does not exist in the accepted view.
func (w *walker) endParagraph(st *story, p *paraState) error {
	text := p.text.String()
	empty := strings.IndexFunc(text, func(r rune) bool {
		return !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff'
	}) < 0
	styleID := w.styles.paragraphStyle(p.styleID)
	info := w.styles.resolve(styleID)
	label := ""
	if !empty || !p.markDeleted {
		ref := p.num
		if ref.numID == "" {
			ref.numID = info.num.numID
			if ref.ilvl < 0 {
				ref.ilvl = info.num.ilvl
			}
		}
		if ref.numID != "" && ref.numID != "0" {
			label = w.lists.next(ref, styleID)
		}
	}
	if empty {
		return nil
	}
	level := info.level
	if p.outline >= 0 {
		level = outlineLevel(p.outline)
	}
	para := lint.Paragraph{
		Text:    text,
		Label:   label,
		Level:   level,
		Style:   info.name,
		InTable: p.inTable,
		Kind:    st.kind,
		// All bold, or centred: the headings of a document written
		// without heading styles.
		Emphasis: (p.boldRunes > 0 && p.plainRunes == 0) || p.centered,
	}
	if w.src != nil && st.kind == "" {
		w.src.Paragraphs = append(w.src.Paragraphs, p.source)
	}
	return appendParagraph(w.path, w.doc, para, w.lim)
}

// falseValue reports whether an OOXML on/off attribute value turns the
// property off (w:b w:val="0").
func falseValue(v string) bool { return v == "0" || v == "false" || v == "off" }

// commentMark records where a comment's range starts or ends in the body:
// at the rune reached in the paragraph being read, or at the start of the
// next paragraph between paragraphs.
func (w *walker) commentMark(st *story, id string, start bool) {
	if w.marks == nil {
		w.marks = map[string]*lint.Comment{}
	}
	c := w.marks[id]
	if c == nil {
		if len(w.marks) >= maxComments {
			return
		}
		c = &lint.Comment{Para: -1, EndPara: -1}
		w.marks[id] = c
	}
	para, at := len(w.doc.Paragraphs), 0
	if st.para != nil {
		at = st.para.runes
	}
	if start {
		c.Para, c.Start = para, at
	} else {
		c.EndPara, c.End = para, at
	}
}

// maxComments bounds the comments read from one document.
const maxComments = 10000
