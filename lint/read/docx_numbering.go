package read

import (
	"encoding/xml"
	"strings"
)

// maxLevels is the number of list levels WordprocessingML defines.
const maxLevels = 9

// maxStart caps start values, as Word's own dialog does, so that no
// counter can overflow or produce an enormous label.
const maxStart = 32767

// numLevel is one w:lvl of a list definition.
type numLevel struct {
	start   int
	format  string // w:numFmt, "" meaning decimal
	text    string // w:lvlText, with %1…%9 placeholders
	restart int    // w:lvlRestart, or -1 for the default
	pStyle  string // the paragraph style linked to this level
	legal   bool   // w:isLgl: show every level in decimal
}

func defaultLevel() numLevel { return numLevel{restart: -1} }

// abstractNum is a w:abstractNum: the levels, or a link to a numbering
// style that holds them.
type abstractNum struct {
	levels    [maxLevels]numLevel
	styleLink string
}

// numInstance is a w:num: an abstract definition plus level overrides.
type numInstance struct {
	abstractID string
	levels     map[int]numLevel // complete w:lvl overrides
	starts     map[int]int      // w:startOverride values
}

// numberingDefs is the numbering part.
type numberingDefs struct {
	abstracts map[string]*abstractNum
	nums      map[string]*numInstance
	styles    *styleSheet
}

// readNumbering reads the numbering part; a document without one has no
// automatic list labels.
func readNumbering(pkg *docxPackage, name string, styles *styleSheet) (*numberingDefs, error) {
	defs := &numberingDefs{abstracts: map[string]*abstractNum{}, nums: map[string]*numInstance{}, styles: styles}
	err := pkg.eachStart(name, func(s *xmlStream, se *xml.StartElement) error {
		switch {
		case isW(se.Name, "abstractNum"):
			return defs.readAbstract(s, attr(se, "abstractNumId"))
		case isW(se.Name, "num"):
			return defs.readNum(s, attr(se, "numId"))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return defs, nil
}

func (d *numberingDefs) readAbstract(s *xmlStream, id string) error {
	a := &abstractNum{}
	for i := range a.levels {
		a.levels[i] = defaultLevel()
	}
	err := s.children(func(c xml.StartElement) error {
		switch {
		case isW(c.Name, "lvl"):
			lv, err := readLevel(s)
			if i := intAttr(&c, "ilvl", -1); err == nil && i >= 0 && i < maxLevels {
				a.levels[i] = lv
			}
			return err
		case isW(c.Name, "numStyleLink"):
			a.styleLink = attr(&c, "val")
		}
		return s.skip()
	})
	if _, dup := d.abstracts[id]; !dup {
		d.abstracts[id] = a
	}
	return err
}

func (d *numberingDefs) readNum(s *xmlStream, id string) error {
	n := &numInstance{levels: map[int]numLevel{}, starts: map[int]int{}}
	err := s.children(func(c xml.StartElement) error {
		switch {
		case isW(c.Name, "abstractNumId"):
			n.abstractID = attr(&c, "val")
		case isW(c.Name, "lvlOverride"):
			i := intAttr(&c, "ilvl", -1)
			if i < 0 || i >= maxLevels {
				break
			}
			return s.children(func(o xml.StartElement) error {
				switch {
				case isW(o.Name, "startOverride"):
					n.starts[i] = clampStart(intAttr(&o, "val", 0))
				case isW(o.Name, "lvl"):
					lv, err := readLevel(s)
					n.levels[i] = lv
					return err
				}
				return s.skip()
			})
		}
		return s.skip()
	})
	if _, dup := d.nums[id]; !dup {
		d.nums[id] = n
	}
	return err
}

// readLevel reads the children of a w:lvl. A w:numFmt may sit inside
// mc:AlternateContent (Word 2010 writes a "custom" format in the choice and
// a standard one in the fallback): the first standard format wins.
func readLevel(s *xmlStream) (numLevel, error) {
	lv := defaultLevel()
	var visit func(xml.StartElement) error
	visit = func(c xml.StartElement) error {
		switch {
		case isW(c.Name, "start"):
			lv.start = clampStart(intAttr(&c, "val", 0))
		case isW(c.Name, "numFmt"):
			if lv.format == "" || lv.format == "custom" {
				lv.format = attr(&c, "val")
			}
		case isW(c.Name, "lvlText"):
			lv.text = attr(&c, "val")
		case isW(c.Name, "lvlRestart"):
			lv.restart = intAttr(&c, "val", -1)
		case isW(c.Name, "pStyle"):
			lv.pStyle = attr(&c, "val")
		case isW(c.Name, "isLgl"):
			lv.legal = flag(attr(&c, "val"), true)
		case c.Name.Space == nsMC:
			return s.children(visit)
		}
		return s.skip()
	}
	err := s.children(visit)
	return lv, err
}

func clampStart(n int) int { return min(max(n, 0), maxStart) }

// listDef is a numbering instance resolved to its effective levels and
// to the list whose counters it advances: instances of one abstract
// definition continue one list, as in Word, unless an instance restarts
// with a w:startOverride and so counts on its own.
type listDef struct {
	key    string
	levels [maxLevels]numLevel
}

// maxStyleLinks bounds how many numbering-style links are followed.
const maxStyleLinks = 4

// resolve returns the effective definition of the numbering instance id,
// or nil when there is none.
func (d *numberingDefs) resolve(id string) *listDef {
	n := d.nums[id]
	if n == nil {
		return nil
	}
	key := n.abstractID
	a := d.abstracts[key]
	for hops := 0; a != nil && a.styleLink != "" && hops < maxStyleLinks; hops++ {
		linked := d.nums[d.styles.resolve(a.styleLink).num.numID]
		if linked == nil || d.abstracts[linked.abstractID] == nil {
			break
		}
		key = linked.abstractID
		a = d.abstracts[key]
	}
	if a == nil {
		return nil
	}
	def := &listDef{key: "abstract " + key, levels: a.levels}
	for i, lv := range n.levels {
		def.levels[i] = lv
	}
	for i, start := range n.starts {
		def.levels[i].start = start
		def.key = "num " + id
	}
	return def
}

// listCounters numbers list paragraphs in document order, as Word does.
type listCounters struct {
	defs  *numberingDefs
	byNum map[string]*listDef
	lists map[string]*listState
}

// listState is the running count of every level of one list.
type listState struct {
	count [maxLevels]int
	seen  [maxLevels]bool
}

func newListCounters(defs *numberingDefs) *listCounters {
	return &listCounters{defs: defs, byNum: map[string]*listDef{}, lists: map[string]*listState{}}
}

// next advances the list of the paragraph numbered by ref (whose style
// is styleID) and returns the label Word displays before it, or "".
func (lc *listCounters) next(ref numRef, styleID string) string {
	def, ok := lc.byNum[ref.numID]
	if !ok {
		def = lc.defs.resolve(ref.numID)
		lc.byNum[ref.numID] = def
	}
	if def == nil {
		return ""
	}
	l := ref.ilvl
	if l < 0 {
		l = 0
		for i, lv := range def.levels {
			if lv.pStyle != "" && lv.pStyle == styleID {
				l = i
				break
			}
		}
	}
	if l >= maxLevels {
		return ""
	}
	st := lc.lists[def.key]
	if st == nil {
		st = &listState{}
		lc.lists[def.key] = st
	}
	if st.seen[l] {
		st.count[l]++
	} else {
		st.count[l] = def.levels[l].start
		st.seen[l] = true
	}
	for k := l + 1; k < maxLevels; k++ {
		after := def.levels[k].restart
		if after < 0 {
			after = k
		}
		if l < after {
			st.seen[k] = false
		}
	}
	return def.label(l, st)
}

// label expands the level's w:lvlText with the current counts.
func (def *listDef) label(l int, st *listState) string {
	lv := def.levels[l]
	if lv.format == "bullet" {
		return bulletText(lv.text)
	}
	var b strings.Builder
	text := lv.text
	for i := 0; i < len(text); i++ {
		if text[i] != '%' || i+1 == len(text) || text[i+1] < '1' || text[i+1] > '9' {
			b.WriteByte(text[i])
			continue
		}
		i++
		k := int(text[i] - '1')
		n := def.levels[k].start
		if st.seen[k] {
			n = st.count[k]
		}
		format := def.levels[k].format
		if lv.legal {
			format = "decimal"
		}
		b.WriteString(formatNumber(n, format))
	}
	return b.String()
}
