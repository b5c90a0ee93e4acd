package read

import (
	"encoding/binary"
	"sort"
	"strconv"
	"unicode/utf16"
)

// Single property modifiers (sprms) readDOC looks at.
const (
	sprmCFRMarkDel = 0x0800 // the text is a deleted revision
	sprmPFInTable  = 0x2416 // the paragraph is in a table
	sprmPOutLvl    = 0x2640 // the paragraph's outline level, 0–8, 9 for body text
	sprmTDefTable  = 0xD608 // table definition: a 2-byte size
	sprmTDefTable1 = 0xD606 // the same for older tables
	sprmPChgTabs   = 0xC615 // tab changes: a size that may need computing
)

// eachSprm calls f with every sprm of grpprl and its operand, in order.
// It stops at the first sprm whose operand it cannot size or that runs
// past the end.
func eachSprm(grpprl []byte, f func(sprm uint16, operand []byte)) {
	for len(grpprl) >= 2 {
		sprm := binary.LittleEndian.Uint16(grpprl)
		rest := grpprl[2:]
		var size int
		switch sprm >> 13 { // spra: the size of the operand
		case 0, 1:
			size = 1
		case 2, 4, 5:
			size = 2
		case 3:
			size = 4
		case 7:
			size = 3
		default: // 6: variable, the size comes first
			switch {
			case sprm == sprmTDefTable || sprm == sprmTDefTable1:
				if len(rest) < 2 {
					return
				}
				cb := int(binary.LittleEndian.Uint16(rest))
				if cb == 0 {
					return
				}
				size = 1 + cb
			case len(rest) < 1 || (sprm == sprmPChgTabs && rest[0] == 255):
				return
			default:
				size = 1 + int(rest[0])
			}
		}
		if size > len(rest) {
			return
		}
		f(sprm, rest[:size])
		grpprl = rest[size:]
	}
}

// hasDeletion reports whether a character grpprl marks its text deleted:
// its last sprmCFRMarkDel is 1, or 0x81 ("the opposite of the style"; a
// style never marks text deleted). 0 and 0x80 ("as the style") do not.
func hasDeletion(grpprl []byte) bool {
	deleted := false
	eachSprm(grpprl, func(sprm uint16, op []byte) {
		if sprm == sprmCFRMarkDel {
			deleted = op[0]&0x7F == 1
		}
	})
	return deleted
}

// fcRange is a range [start, end) of byte offsets in the WordDocument
// stream.
type fcRange struct{ start, end int64 }

// fkpSize is the size of a formatted disk page (FKP) in the WordDocument
// stream.
const fkpSize = 512

// fkps returns the FKP pages that the PlcBte at FibRgFcLcb entry i lists,
// each once, and whether the PlcBte and every page lie within their
// streams. A PlcBte is n+1 offsets followed by n page numbers.
func (r *docReader) fkps(i int) ([][]byte, bool) {
	plc, ok := r.tableSlice(i)
	if !ok || len(plc)%8 != 4 {
		return nil, len(plc) == 0 && ok
	}
	n := len(plc) / 8
	seen := make(map[uint32]bool)
	var pages [][]byte
	for k := range n {
		pn := binary.LittleEndian.Uint32(plc[4*(n+1)+4*k:]) & 0x3FFFFF
		if seen[pn] {
			continue
		}
		seen[pn] = true
		off := int64(pn) * fkpSize
		if off+fkpSize > int64(len(r.word)) {
			return nil, false
		}
		pages = append(pages, r.word[off:off+fkpSize])
	}
	return pages, true
}

// fkpRuns calls f for every run of an FKP page: its range of offsets and
// the byte that locates its properties. A page holds crun (its last byte),
// then crun+1 offsets, then crun entries of size each.
func fkpRuns(page []byte, size int, f func(run fcRange, b byte)) {
	crun := int(page[fkpSize-1])
	if 4*(crun+1)+size*crun > fkpSize-1 {
		return
	}
	for i := range crun {
		start := int64(binary.LittleEndian.Uint32(page[4*i:]))
		end := int64(binary.LittleEndian.Uint32(page[4*i+4:]))
		if end > start {
			f(fcRange{start, end}, page[4*(crun+1)+size*i])
		}
	}
}

// readDeleted finds the deleted revisions: the runs of the character FKPs
// (PlcBteChpx) whose Chpx sets sprmCFRMarkDel. Without them the reader
// would count text the author deleted, so a damaged table is an error.
func (r *docReader) readDeleted() error {
	pages, ok := r.fkps(fcPlcfBteChpx)
	if !ok {
		return r.fail("字符格式表超出文档流")
	}
	for _, page := range pages {
		fkpRuns(page, 1, func(run fcRange, b byte) {
			off := 2 * int(b)
			if off == 0 || off >= fkpSize-1 {
				return
			}
			cb := int(page[off])
			if off+1+cb > fkpSize-1 {
				return
			}
			if hasDeletion(page[off+1 : off+1+cb]) {
				r.deleted = append(r.deleted, run)
			}
		})
	}
	sort.Slice(r.deleted, func(i, j int) bool { return r.deleted[i].start < r.deleted[j].start })
	merged := r.deleted[:0]
	for _, d := range r.deleted {
		if n := len(merged); n > 0 && d.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, d.end)
			continue
		}
		merged = append(merged, d)
	}
	r.deleted = merged
	return nil
}

// isDeleted reports whether the character at offset fc is deleted.
func (r *docReader) isDeleted(fc int64) bool {
	i := sort.Search(len(r.deleted), func(i int) bool { return r.deleted[i].end > fc })
	return i < len(r.deleted) && r.deleted[i].start <= fc
}

// paraProps are the properties of the paragraphs whose marks lie in run.
type paraProps struct {
	run     fcRange
	istd    int  // the paragraph style
	inTable bool // sprmPFInTable
	outline int  // sprmPOutLvl, or -1
}

// noParaProps are the properties of a paragraph the tables do not cover.
var noParaProps = paraProps{outline: -1}

// bxPapSize is the size of a BxPap, the entry of a paragraph FKP run.
const bxPapSize = 13

// readParagraphProps reads the paragraph FKPs (PlcBtePapx): for each run,
// the style and the properties readDOC uses. Paragraph properties only
// refine what is read, so a damaged table leaves paragraphs without them.
func (r *docReader) readParagraphProps() {
	pages, _ := r.fkps(fcPlcfBtePapx)
	for _, page := range pages {
		fkpRuns(page, bxPapSize, func(run fcRange, b byte) {
			p := noParaProps
			p.run = run
			if off := 2 * int(b); off != 0 && off < fkpSize-2 {
				// PapxInFkp: cb, or 0 and then cb', counting 16-bit words.
				start, size := off+1, 2*int(page[off])-1
				if page[off] == 0 {
					start, size = off+2, 2*int(page[off+1])
				}
				if size >= 2 && start+size <= fkpSize-1 {
					papx := page[start : start+size]
					p.istd = int(binary.LittleEndian.Uint16(papx))
					eachSprm(papx[2:], func(sprm uint16, op []byte) {
						switch sprm {
						case sprmPFInTable:
							p.inTable = op[0] != 0
						case sprmPOutLvl:
							p.outline = int(op[0])
						}
					})
				}
			}
			r.paras = append(r.paras, p)
		})
	}
	sort.SliceStable(r.paras, func(i, j int) bool { return r.paras[i].run.start < r.paras[j].run.start })
}

// paragraphProps returns the properties of the paragraph whose mark is at
// offset fc.
func (r *docReader) paragraphProps(fc int64) paraProps {
	i := sort.Search(len(r.paras), func(i int) bool { return r.paras[i].run.start > fc }) - 1
	if i >= 0 && fc < r.paras[i].run.end {
		return r.paras[i]
	}
	return noParaProps
}

// docStyle is what readDOC uses of a style definition.
type docStyle struct {
	name  string
	level int // 1–9 for the built-in headings, else 0
}

// Built-in style identifiers (sti) of Heading 1 … Heading 9.
const (
	stiHeading1 = 1
	stiHeading9 = 9
)

// readStyles reads the names and heading levels of the style sheet (STSH):
// an Stshi preceded by its size, then cstd style definitions, each preceded
// by its size: a fixed part (Stdf) of the size the Stshi gives, then the
// name as a counted UTF-16 string. Styles only refine what is read, so a
// damaged style sheet leaves paragraphs without them.
func (r *docReader) readStyles() {
	b, ok := r.tableSlice(fcStshf)
	if !ok || len(b) < 2 {
		return
	}
	cbStshi := int(binary.LittleEndian.Uint16(b))
	if cbStshi < 4 || 2+cbStshi > len(b) {
		return
	}
	cstd := int(binary.LittleEndian.Uint16(b[2:]))
	cbStdf := int(binary.LittleEndian.Uint16(b[4:]))
	pos := 2 + cbStshi
	for range cstd {
		if pos+2 > len(b) {
			return
		}
		cbStd := int(binary.LittleEndian.Uint16(b[pos:]))
		pos += 2
		if pos+cbStd > len(b) {
			return
		}
		std := b[pos : pos+cbStd]
		pos += cbStd
		r.styles = append(r.styles, parseStd(std, cbStdf))
	}
}

// parseStd reads one style definition; an empty one is an unused istd.
func parseStd(std []byte, cbStdf int) docStyle {
	var s docStyle
	if len(std) < 2 {
		return s
	}
	sti := int(binary.LittleEndian.Uint16(std) & 0x0FFF)
	if cbStdf+2 <= len(std) {
		cch := int(binary.LittleEndian.Uint16(std[cbStdf:]))
		if name := std[cbStdf+2:]; 2*cch <= len(name) {
			units := make([]uint16, cch)
			for i := range units {
				units[i] = binary.LittleEndian.Uint16(name[2*i:])
			}
			s.name = string(utf16.Decode(units))
		}
	}
	switch m := headingName.FindStringSubmatch(s.name); {
	case sti >= stiHeading1 && sti <= stiHeading9:
		s.level = sti
	case m != nil:
		s.level, _ = strconv.Atoi(m[1])
	}
	return s
}

// style returns the style of index istd, or no style.
func (r *docReader) style(istd int) docStyle {
	if istd >= 0 && istd < len(r.styles) {
		return r.styles[istd]
	}
	return docStyle{}
}
