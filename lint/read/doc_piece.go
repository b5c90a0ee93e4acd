package read

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"

	"shuzhi/lint"
)

// piece is one entry of the piece table: the characters at positions
// [cp, cpEnd) are stored in the WordDocument stream from byte offset fc,
// one byte each (compressed, cp1252) or two (UTF-16LE).
type piece struct {
	cp, cpEnd  int64
	fc         int64
	compressed bool
	deleted    bool // the piece's own properties mark it deleted
}

// width is the size in bytes of one character of the piece.
func (p *piece) width() int64 {
	if p.compressed {
		return 1
	}
	return 2
}

// Clx entry types.
const (
	clxPrc  = 0x01
	clxPcdt = 0x02
)

// readPieces reads the Clx: property modifiers (Prc) to keep for the
// pieces that refer to them, then the piece table (Pcdt): n+1 character
// positions followed by n 8-byte piece descriptors.
func (r *docReader) readPieces() error {
	clx, ok := r.tableSlice(fcClx)
	if !ok {
		return r.fail("文本片段表超出 " + r.fib.table + " 流")
	}
	for len(clx) > 0 && clx[0] == clxPrc {
		if len(clx) < 3 {
			return r.fail("文本片段表格式错误")
		}
		cb := int(int16(binary.LittleEndian.Uint16(clx[1:])))
		if cb < 0 || 3+cb > len(clx) {
			return r.fail("文本片段表格式错误")
		}
		r.prcs = append(r.prcs, clx[3:3+cb])
		clx = clx[3+cb:]
	}
	if len(clx) < 5 || clx[0] != clxPcdt {
		return r.fail("缺少文本片段表")
	}
	lcb := int64(binary.LittleEndian.Uint32(clx[1:]))
	if lcb > int64(len(clx)-5) || lcb < 16 || (lcb-4)%12 != 0 {
		return r.fail("文本片段表格式错误")
	}
	plc := clx[5 : 5+lcb]
	n := int((lcb - 4) / 12)
	cps := plc[:4*(n+1)]
	pcds := plc[4*(n+1):]
	r.pieces = make([]piece, 0, n)
	for i := range n {
		cp := int64(binary.LittleEndian.Uint32(cps[4*i:]))
		cpEnd := int64(binary.LittleEndian.Uint32(cps[4*i+4:]))
		if cpEnd < cp || (i == 0 && cp != 0) {
			return r.fail("文本片段表中的字符位置无序")
		}
		pcd := pcds[8*i:]
		fc := binary.LittleEndian.Uint32(pcd[2:])
		p := piece{cp: cp, cpEnd: cpEnd, fc: int64(fc & 0x3FFFFFFF), compressed: fc&0x40000000 != 0}
		if p.compressed {
			p.fc /= 2
		}
		p.deleted = r.prmDeleted(binary.LittleEndian.Uint16(pcd[6:]))
		if cpEnd > cp {
			r.pieces = append(r.pieces, p)
		}
	}
	return nil
}

// prmDeleted reports whether a piece's Prm marks its text deleted. Only a
// Prm that refers to a Prc of the Clx can; the single-sprm form cannot
// express sprmCFRMarkDel.
func (r *docReader) prmDeleted(prm uint16) bool {
	if prm&1 == 0 {
		return false
	}
	i := int(prm >> 1)
	return i < len(r.prcs) && hasDeletion(r.prcs[i])
}

// readStories reads the stories Word counts or reports: the main text as
// the body, then text boxes, footnotes and endnotes as extras. Headers,
// comments and macros are skipped unread.
func (r *docReader) readStories() error {
	var start [len(r.fib.ccp) + 1]int64
	for i, n := range r.fib.ccp {
		start[i+1] = start[i] + n
	}
	for _, s := range []struct {
		story int
		kind  string
	}{{storyMain, ""}, {storyTextBoxes, "textbox"}, {storyFootnotes, "footnote"}, {storyEndnotes, "endnote"}} {
		st := &docStory{r: r, kind: s.kind}
		if err := r.readStory(st, start[s.story], start[s.story+1]); err != nil {
			return err
		}
		if err := st.endParagraph(-1, false); err != nil {
			return err
		}
	}
	return nil
}

// readStory feeds the characters at positions [from, to) to st. Positions
// no piece covers have no text.
func (r *docReader) readStory(st *docStory, from, to int64) error {
	i := sort.Search(len(r.pieces), func(i int) bool { return r.pieces[i].cpEnd > from })
	for ; i < len(r.pieces) && r.pieces[i].cp < to; i++ {
		p := &r.pieces[i]
		lo, hi := max(from, p.cp), min(to, p.cpEnd)
		w := p.width()
		begin := p.fc + (lo-p.cp)*w
		end := begin + (hi-lo)*w
		if end > int64(len(r.word)) {
			return r.fail("文本片段超出 WordDocument 流")
		}
		r.decoded += end - begin
		if r.decoded > r.lim.MaxTotalBytes {
			return r.tooLarge()
		}
		for fc := begin; fc < end; fc += w {
			var c uint16
			if p.compressed {
				c = cp1252High(r.word[fc])
			} else {
				c = binary.LittleEndian.Uint16(r.word[fc:])
			}
			if p.deleted || r.isDeleted(fc) {
				continue
			}
			if err := st.char(c, fc); err != nil {
				return err
			}
		}
	}
	return nil
}

// cp1252Map gives the characters of bytes 0x80–0x9F of compressed text
// that are not the code point of the same value (MS-DOC FcCompressed).
var cp1252Map = [32]uint16{
	0x02: 0x201A, 0x03: 0x0192, 0x04: 0x201E, 0x05: 0x2026, 0x06: 0x2020, 0x07: 0x2021,
	0x08: 0x02C6, 0x09: 0x2030, 0x0A: 0x0160, 0x0B: 0x2039, 0x0C: 0x0152,
	0x11: 0x2018, 0x12: 0x2019, 0x13: 0x201C, 0x14: 0x201D, 0x15: 0x2022, 0x16: 0x2013,
	0x17: 0x2014, 0x18: 0x02DC, 0x19: 0x2122, 0x1A: 0x0161, 0x1B: 0x203A, 0x1C: 0x0153,
	0x1F: 0x0178,
}

// cp1252High decodes one byte of compressed text.
func cp1252High(b byte) uint16 {
	if b >= 0x80 && b < 0xA0 && cp1252Map[b-0x80] != 0 {
		return cp1252Map[b-0x80]
	}
	return uint16(b)
}

// Characters with a meaning in the text stream.
const (
	chFootnoteRef  = 0x02
	chCellMark     = 0x07 // ends a table cell or row
	chTab          = 0x09
	chLineBreak    = 0x0B
	chPageBreak    = 0x0C // also ends a section
	chParagraph    = 0x0D
	chFieldBegin   = 0x13
	chFieldSep     = 0x14
	chFieldEnd     = 0x15
	chNoBreakHyph  = 0x1E
	chSoftHyphen   = 0x1F
	chNoBreakSpace = 0xA0
)

// docStory turns the characters of one story into paragraphs.
type docStory struct {
	r      *docReader
	kind   string // Paragraph.Kind of its paragraphs; "" for the body
	text   strings.Builder
	fields []bool // open fields, innermost last: true once past the separator
	hidden int    // how many of them are still in their instructions
	high   uint16 // a high surrogate waiting for its low half, or 0
}

// char handles one UTF-16 code unit stored at offset fc.
func (st *docStory) char(c uint16, fc int64) error {
	if st.high != 0 {
		high := st.high
		st.high = 0
		if utf16.IsSurrogate(rune(c)) && c >= 0xDC00 {
			st.write(utf16.DecodeRune(rune(high), rune(c)))
			return nil
		}
	}
	switch {
	case c == chParagraph || c == chPageBreak:
		return st.endParagraph(fc, false)
	case c == chCellMark:
		return st.endParagraph(fc, true)
	case c == chFieldBegin:
		if len(st.fields) >= st.r.lim.MaxDepth {
			return newError(st.r.path, ReasonTooComplex, fmt.Sprintf("域嵌套超过 %d 层", st.r.lim.MaxDepth))
		}
		st.fields = append(st.fields, false)
		st.hidden++
	case c == chFieldSep:
		if n := len(st.fields); n > 0 && !st.fields[n-1] {
			st.fields[n-1] = true
			st.hidden--
		}
	case c == chFieldEnd:
		if n := len(st.fields); n > 0 {
			if !st.fields[n-1] {
				st.hidden--
			}
			st.fields = st.fields[:n-1]
		}
	case c == chTab:
		st.write('\t')
	case c == chLineBreak:
		st.write('\n')
	case c == chNoBreakHyph:
		st.write('-')
	case c == chNoBreakSpace:
		st.write(' ')
	case c < 0x20:
		// chSoftHyphen, chFootnoteRef and the other anchors and marks:
		// pictures, drawn objects, comment references.
	case c == 0x00AD:
		// the Unicode soft hyphen, as chSoftHyphen
	case c >= 0xD800 && c < 0xDC00:
		st.high = c
	case utf16.IsSurrogate(rune(c)):
		// a low surrogate without its high half
	default:
		st.write(rune(c))
	}
	return nil
}

// write appends a character to the paragraph, unless it belongs to the
// instructions of a field.
func (st *docStory) write(c rune) {
	if st.hidden == 0 {
		st.text.WriteRune(c)
	}
}

// endParagraph ends the paragraph whose mark is at offset fc (-1 at the
// end of the story) and keeps it if it has text. cell tells that the mark
// ends a table cell.
func (st *docStory) endParagraph(fc int64, cell bool) error {
	text := st.text.String()
	st.text.Reset()
	st.high = 0
	if strings.IndexFunc(text, func(r rune) bool { return notBlank(r) && r != '\uFEFF' }) < 0 {
		return nil
	}
	r := st.r
	props := r.paragraphProps(fc)
	style := r.style(props.istd)
	level := style.level
	if props.outline >= 0 {
		level = outlineLevel(props.outline)
	}
	para := lint.Paragraph{
		Text:    text,
		Level:   level,
		Style:   style.name,
		InTable: cell || props.inTable,
		Kind:    st.kind,
	}
	return appendParagraph(r.path, r.doc, para, r.lim)
}
