package read

import (
	"encoding/binary"
	"sort"
	"testing"
	"unicode/utf16"
)

// Builders of compound files and Word 97 documents for the tests of the
// .doc reader: small, exact files whose every byte the test controls.

// oleStream is one stream of a compound file built by buildOLE.
type oleStream struct {
	name string
	data []byte
}

// Compound file constants used by buildOLE.
const (
	oleSector     = 512
	oleFree       = 0xFFFFFFFF
	oleEndOfChain = 0xFFFFFFFE
	oleFATSector  = 0xFFFFFFFD
	oleNoStream   = 0xFFFFFFFF
	oleMiniCutoff = 4096
)

// buildOLE writes a version 3 compound file holding the streams at its
// root: FAT sectors, then the directory, then each stream in whole
// sectors. Streams are zero-padded to the mini-stream cutoff, so that no
// mini stream is needed; a Word reader ignores the padding.
func buildOLE(t testing.TB, streams ...oleStream) []byte {
	t.Helper()
	dirSectors := (1 + len(streams) + 3) / 4
	sizes := make([]int, len(streams))
	dataSectors := 0
	for i, s := range streams {
		size := max(len(s.data), oleMiniCutoff)
		sizes[i] = (size + oleSector - 1) / oleSector * oleSector
		dataSectors += sizes[i] / oleSector
	}
	fatSectors := 1
	for (fatSectors+dirSectors+dataSectors)*4 > fatSectors*oleSector {
		fatSectors++
	}
	if fatSectors > 109 {
		t.Fatal("buildOLE: too many sectors for the header's DIFAT")
	}
	total := fatSectors + dirSectors + dataSectors
	out := make([]byte, oleSector*(1+total))
	put16 := func(off int, v uint16) { binary.LittleEndian.PutUint16(out[off:], v) }
	put32 := func(off int, v uint32) { binary.LittleEndian.PutUint32(out[off:], v) }
	sector := func(n int) int { return oleSector * (n + 1) }

	fat := make([]uint32, fatSectors*oleSector/4)
	for i := range fat {
		fat[i] = oleFree
	}
	for i := range fatSectors {
		fat[i] = oleFATSector
	}
	chain := func(start, n int) {
		for k := range n {
			fat[start+k] = uint32(start + k + 1)
		}
		fat[start+n-1] = oleEndOfChain
	}
	dirStart := fatSectors
	chain(dirStart, dirSectors)
	starts := make([]int, len(streams))
	next := dirStart + dirSectors
	for i := range streams {
		starts[i] = next
		chain(next, sizes[i]/oleSector)
		next += sizes[i] / oleSector
	}

	copy(out, oleMagic)
	put16(24, 0x3E)   // minor version
	put16(26, 3)      // major version
	put16(28, 0xFFFE) // byte order
	put16(30, 9)      // sector shift: 512
	put16(32, 6)      // mini sector shift: 64
	put32(44, uint32(fatSectors))
	put32(48, uint32(dirStart))
	put32(56, oleMiniCutoff)
	put32(60, oleEndOfChain) // no mini FAT
	put32(68, oleEndOfChain) // no DIFAT sectors
	for i := range 109 {
		v := uint32(oleFree)
		if i < fatSectors {
			v = uint32(i)
		}
		put32(76+4*i, v)
	}
	for i, v := range fat {
		put32(sector(0)+4*i, v)
	}
	entry := func(i int, name string, typ byte, right, child, start uint32, size int) {
		off := sector(dirStart) + 128*i
		units := utf16.Encode([]rune(name))
		for k, u := range units {
			put16(off+2*k, u)
		}
		put16(off+64, uint16(2*(len(units)+1)))
		out[off+66] = typ
		out[off+67] = 1 // black
		put32(off+68, oleNoStream)
		put32(off+72, right)
		put32(off+76, child)
		put32(off+116, start)
		put32(off+120, uint32(size))
	}
	child := uint32(oleNoStream)
	if len(streams) > 0 {
		child = 1
	}
	entry(0, "Root Entry", 5, oleNoStream, child, oleEndOfChain, 0)
	for i, s := range streams {
		right := uint32(oleNoStream)
		if i+1 < len(streams) {
			right = uint32(i + 2)
		}
		entry(i+1, s.name, 2, right, oleNoStream, uint32(starts[i]), sizes[i])
		copy(out[sector(starts[i]):], s.data)
	}
	return out
}

// testPiece is one piece of a document built by testWord.build.
type testPiece struct {
	text       string
	compressed bool   // stored one byte a character (the text must fit)
	prm        uint16 // the piece's Prm
}

// testWord describes a Word 97 document for testWord.build.
type testWord struct {
	pieces []testPiece
	// ccp gives the lengths of the stories (see the story* constants); when
	// all are zero the whole text is the main story.
	ccp [8]int
	// flags are added to FibBase's flags (fEncrypted, fWhichTblStm …).
	flags uint16
	nFib  uint16 // 0 means 0x00C1
	// prcs are the property modifiers of the Clx, each a grpprl.
	prcs [][]byte
	// deleted lists ranges [from, to) of character positions to mark
	// deleted through a character FKP; each lies within one piece.
	deleted [][2]int
	// para, when set, gives every paragraph the style istd and the
	// properties grpprl through a paragraph FKP; long stores the size of
	// its PapxInFkp in the second form (0, then a count of words).
	para *testPara
	// styles is the style sheet, by istd; sti 0 with no name is unused.
	styles []testStyle
}

// testPara is the PapxInFkp of testWord.para.
type testPara struct {
	istd   uint16
	grpprl []byte
	long   bool
}

// testStyle is one style definition of testWord.styles.
type testStyle struct {
	sti  uint16
	name string
}

// Layout of the WordDocument stream built by testWord.build.
const (
	testTextStart  = 0x400 // pieces are stored from here, last piece first
	testCbRgFcLcb  = 93    // FibRgFcLcb97
	testFibRgLwLen = 22    // FibRgLw97
)

// build returns the WordDocument and table streams of the document: the
// FIB, the pieces stored in reverse order (so that file order differs from
// text order), a character FKP for the deletions, a paragraph FKP, the
// style sheet, and the Clx.
func (w testWord) build() (word, table []byte) {
	word = make([]byte, testTextStart)
	type placed struct{ cp, fc, width int }
	var at []placed
	offsets := make([]int, len(w.pieces))
	for i := len(w.pieces) - 1; i >= 0; i-- {
		p := w.pieces[i]
		offsets[i] = len(word)
		for _, u := range utf16.Encode([]rune(p.text)) {
			if p.compressed {
				word = append(word, byte(u))
			} else {
				word = binary.LittleEndian.AppendUint16(word, u)
			}
		}
	}
	cp := 0
	cps := []uint32{0}
	for i, p := range w.pieces {
		width := 2
		if p.compressed {
			width = 1
		}
		at = append(at, placed{cp, offsets[i], width})
		cp += len(utf16.Encode([]rune(p.text)))
		cps = append(cps, uint32(cp))
	}
	ccp := w.ccp
	if ccp == [8]int{} {
		ccp[storyMain] = cp
	}
	// fcOf gives the offset of the character at position c.
	fcOf := func(c int) int {
		i := sort.Search(len(at), func(i int) bool { return at[i].cp > c }) - 1
		return at[i].fc + (c-at[i].cp)*at[i].width
	}

	// Character FKP: runs alternate between no properties and deleted.
	var bteChpx []byte
	if len(w.deleted) > 0 {
		for len(word)%fkpSize != 0 {
			word = append(word, 0)
		}
		pn := len(word) / fkpSize
		page := make([]byte, fkpSize)
		ranges := make([][2]int, len(w.deleted))
		for i, d := range w.deleted {
			k := sort.Search(len(at), func(i int) bool { return at[i].cp > d[0] }) - 1
			start := fcOf(d[0])
			ranges[i] = [2]int{start, start + (d[1]-d[0])*at[k].width}
		}
		sort.Slice(ranges, func(i, j int) bool { return ranges[i][0] < ranges[j][0] })
		var bounds []uint32
		var marks []byte
		for _, r := range ranges {
			switch {
			case len(bounds) == 0:
				bounds = append(bounds, uint32(r[0]))
			case bounds[len(bounds)-1] != uint32(r[0]):
				marks = append(marks, 0) // the gap: no properties
				bounds = append(bounds, uint32(r[0]))
			}
			marks = append(marks, 0xF0) // the Chpx at byte 0x1E0
			bounds = append(bounds, uint32(r[1]))
		}
		crun := len(marks)
		for i, b := range bounds {
			binary.LittleEndian.PutUint32(page[4*i:], b)
		}
		copy(page[4*(crun+1):], marks)
		copy(page[0x1E0:], []byte{3, 0x00, 0x08, 1}) // cb, sprmCFRMarkDel, 1
		page[fkpSize-1] = byte(crun)
		word = append(word, page...)
		bteChpx = binary.LittleEndian.AppendUint32(nil, bounds[0])
		bteChpx = binary.LittleEndian.AppendUint32(bteChpx, bounds[len(bounds)-1])
		bteChpx = binary.LittleEndian.AppendUint32(bteChpx, uint32(pn))
	}

	// Paragraph FKP: one run over all the text.
	var btePapx []byte
	if w.para != nil {
		for len(word)%fkpSize != 0 {
			word = append(word, 0)
		}
		pn := len(word) / fkpSize
		page := make([]byte, fkpSize)
		binary.LittleEndian.PutUint32(page, testTextStart)
		binary.LittleEndian.PutUint32(page[4:], uint32(pn*fkpSize))
		page[8] = 0xE0 // the PapxInFkp at byte 0x1C0
		papx := binary.LittleEndian.AppendUint16(nil, w.para.istd)
		papx = append(papx, w.para.grpprl...)
		if w.para.long {
			page[0x1C0], page[0x1C1] = 0, byte((len(papx)+1)/2)
			copy(page[0x1C2:], papx)
		} else {
			page[0x1C0] = byte((len(papx) + 2) / 2)
			copy(page[0x1C1:], papx)
		}
		page[fkpSize-1] = 1
		word = append(word, page...)
		btePapx = binary.LittleEndian.AppendUint32(nil, testTextStart)
		btePapx = binary.LittleEndian.AppendUint32(btePapx, uint32(pn*fkpSize))
		btePapx = binary.LittleEndian.AppendUint32(btePapx, uint32(pn))
	}

	// The style sheet: an Stshi of 18 bytes, Stdf of 10.
	var stsh []byte
	if w.styles != nil {
		stsh = binary.LittleEndian.AppendUint16(nil, 18)
		stsh = binary.LittleEndian.AppendUint16(stsh, uint16(len(w.styles)))
		stsh = binary.LittleEndian.AppendUint16(stsh, 10)
		stsh = append(stsh, make([]byte, 14)...)
		for _, st := range w.styles {
			if st.sti == 0 && st.name == "" {
				stsh = binary.LittleEndian.AppendUint16(stsh, 0)
				continue
			}
			name := utf16.Encode([]rune(st.name))
			stsh = binary.LittleEndian.AppendUint16(stsh, uint16(10+2+2*len(name)+2))
			stsh = binary.LittleEndian.AppendUint16(stsh, st.sti)
			stsh = append(stsh, make([]byte, 8)...)
			stsh = binary.LittleEndian.AppendUint16(stsh, uint16(len(name)))
			for _, u := range name {
				stsh = binary.LittleEndian.AppendUint16(stsh, u)
			}
			stsh = append(stsh, 0, 0)
		}
	}

	// The table stream: some leading bytes, the PLCs, the style sheet, then
	// the Clx.
	table = []byte("table stream")
	fcChpx := len(table)
	table = append(table, bteChpx...)
	fcPapx := len(table)
	table = append(table, btePapx...)
	fcStsh := len(table)
	table = append(table, stsh...)
	fcClxAt := len(table)
	for _, g := range w.prcs {
		table = append(table, clxPrc)
		table = binary.LittleEndian.AppendUint16(table, uint16(len(g)))
		table = append(table, g...)
	}
	table = append(table, clxPcdt)
	table = binary.LittleEndian.AppendUint32(table, uint32(4*len(cps)+8*len(w.pieces)))
	for _, c := range cps {
		table = binary.LittleEndian.AppendUint32(table, c)
	}
	for i, p := range w.pieces {
		fc := uint32(offsets[i])
		if p.compressed {
			fc = fc*2 | 0x40000000
		}
		table = binary.LittleEndian.AppendUint16(table, 0)
		table = binary.LittleEndian.AppendUint32(table, fc)
		table = binary.LittleEndian.AppendUint16(table, p.prm)
	}
	lcbClx := len(table) - fcClxAt

	// The FIB.
	nFib := w.nFib
	if nFib == 0 {
		nFib = 0x00C1
	}
	binary.LittleEndian.PutUint16(word, fibIdent)
	binary.LittleEndian.PutUint16(word[2:], nFib)
	binary.LittleEndian.PutUint16(word[10:], w.flags)
	pos := fibBaseSize
	binary.LittleEndian.PutUint16(word[pos:], 14) // csw
	pos += 2 + 28
	binary.LittleEndian.PutUint16(word[pos:], testFibRgLwLen)
	pos += 2
	for i, n := range ccp {
		binary.LittleEndian.PutUint32(word[pos+4*(fibLwCcpText+i):], uint32(n))
	}
	pos += 4 * testFibRgLwLen
	binary.LittleEndian.PutUint16(word[pos:], testCbRgFcLcb)
	pos += 2
	setPair := func(i, fc, lcb int) {
		binary.LittleEndian.PutUint32(word[pos+8*i:], uint32(fc))
		binary.LittleEndian.PutUint32(word[pos+8*i+4:], uint32(lcb))
	}
	setPair(fcStshf, fcStsh, len(stsh))
	setPair(fcPlcfBteChpx, fcChpx, len(bteChpx))
	setPair(fcPlcfBtePapx, fcPapx, len(btePapx))
	setPair(fcClx, fcClxAt, lcbClx)
	return word, table
}

// file returns the document as a compound file.
func (w testWord) file(t testing.TB) []byte {
	word, table := w.build()
	name := streamTable0
	if w.flags&fibWhichTblStm != 0 {
		name = streamTable1
	}
	return buildOLE(t, oleStream{streamWordDocument, word}, oleStream{name, table})
}

// unicodeDoc is a document of Unicode pieces with the given texts.
func unicodeDoc(pieces ...string) testWord {
	var w testWord
	for _, p := range pieces {
		w.pieces = append(w.pieces, testPiece{text: p})
	}
	return w
}
