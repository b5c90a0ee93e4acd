package read

import (
	"encoding/xml"
	"regexp"
)

// style is what the reader needs of one w:style.
type style struct {
	name    string
	basedOn string
	outline int // w:outlineLvl as written (0-based, 9 = body text), or -1
	num     numRef
}

// numRef is a w:numPr: a numbering instance and a level, each possibly
// unset (numID "" / ilvl -1) so that it can be inherited.
type numRef struct {
	numID string
	ilvl  int
}

var noNumRef = numRef{ilvl: -1}

// styleSheet is the styles part: styles by w:styleId, and the default
// paragraph style used when a paragraph names none (or an unknown one).
type styleSheet struct {
	byID        map[string]*style
	defaultPara string
	resolved    map[string]styleInfo
}

// styleInfo is what a paragraph style gives its paragraphs once its
// w:basedOn chain is followed.
type styleInfo struct {
	name  string // display name
	level int    // outline level, 1 = Heading 1, 0 = body text
	num   numRef // list numbering
}

// headingName matches the names Word gives its built-in heading styles,
// whatever the UI language writes into w:name. The styleId is never used:
// Chinese Word calls Heading 1 "1".
var headingName = regexp.MustCompile(`(?i)^\s*(?:heading|标题)\s*([1-9])\s*$`)

// readStyles reads the styles part; a document without one has no styles.
func readStyles(pkg *docxPackage, name string) (*styleSheet, error) {
	ss := &styleSheet{byID: map[string]*style{}, resolved: map[string]styleInfo{}}
	err := pkg.eachStart(name, func(s *xmlStream, se *xml.StartElement) error {
		if !isW(se.Name, "style") {
			return nil
		}
		id := attr(se, "styleId")
		st, err := readStyle(s)
		if err != nil {
			return err
		}
		if _, dup := ss.byID[id]; dup {
			return nil
		}
		ss.byID[id] = st
		typ := attr(se, "type")
		if (typ == "" || typ == "paragraph") && flag(attr(se, "default"), false) && ss.defaultPara == "" {
			ss.defaultPara = id
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ss, nil
}

// readStyle reads the children of a w:style: its name, base, outline level
// and numbering.
func readStyle(s *xmlStream) (*style, error) {
	st := &style{outline: -1, num: noNumRef}
	err := s.children(func(c xml.StartElement) error {
		switch {
		case isW(c.Name, "name"):
			st.name = attr(&c, "val")
		case isW(c.Name, "basedOn"):
			st.basedOn = attr(&c, "val")
		case isW(c.Name, "pPr"):
			return s.children(func(p xml.StartElement) error {
				switch {
				case isW(p.Name, "outlineLvl"):
					st.outline = intAttr(&p, "val", -1)
				case isW(p.Name, "numPr"):
					return readNumPr(s, &st.num)
				}
				return s.skip()
			})
		}
		return s.skip()
	})
	return st, err
}

// readNumPr reads the children of a w:numPr into r.
func readNumPr(s *xmlStream, r *numRef) error {
	return s.children(func(c xml.StartElement) error {
		switch {
		case isW(c.Name, "numId"):
			r.numID = attr(&c, "val")
		case isW(c.Name, "ilvl"):
			r.ilvl = intAttr(&c, "val", -1)
		}
		return s.skip()
	})
}

// paragraphStyle returns the style id that applies to a paragraph naming
// id: id itself when it exists, else the default paragraph style.
func (ss *styleSheet) paragraphStyle(id string) string {
	if _, ok := ss.byID[id]; ok {
		return id
	}
	return ss.defaultPara
}

// resolve returns what the style id gives its paragraphs. The outline
// level is the nearest along the w:basedOn chain of a built-in heading name
// or a w:outlineLvl; each half of the numbering comes from the nearest
// style that sets it.
func (ss *styleSheet) resolve(id string) styleInfo {
	if info, ok := ss.resolved[id]; ok {
		return info
	}
	info := styleInfo{num: noNumRef}
	levelFound := false
	seen := map[string]bool{}
	for st, cur := ss.byID[id], id; st != nil && !seen[cur]; cur, st = st.basedOn, ss.byID[st.basedOn] {
		seen[cur] = true
		if cur == id {
			info.name = st.name
		}
		if !levelFound {
			if m := headingName.FindStringSubmatch(st.name); m != nil {
				info.level, levelFound = int(m[1][0]-'0'), true
			} else if st.outline >= 0 {
				info.level, levelFound = outlineLevel(st.outline), true
			}
		}
		if info.num.numID == "" {
			info.num.numID = st.num.numID
		}
		if info.num.ilvl < 0 {
			info.num.ilvl = st.num.ilvl
		}
	}
	ss.resolved[id] = info
	return info
}

// outlineLevel converts a 0-based w:outlineLvl into a Paragraph.Level.
func outlineLevel(val int) int {
	if val < 0 || val >= 9 {
		return 0
	}
	return val + 1
}
