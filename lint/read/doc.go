package read

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/richardlehane/mscfb"

	"shuzhi/lint"
)

// readDOC reads a Word 97–2003 binary document: a .doc, or a Kingsoft WPS
// .wps, which uses the same format. The OLE compound file is opened with
// mscfb; the text comes from the piece table of the WordDocument stream and
// its table stream (see doc_piece.go), the deleted revisions and paragraph
// properties from the formatting pages (see doc_props.go). Any OLE file that
// is not such a document is refused with the reason it is not: encrypted,
// Word 6.0/95, Microsoft Works, Excel, PowerPoint or unknown.
//
// Every offset and length read from the file is checked against the stream
// it points into, and the decoded text is bounded by lim.MaxTotalBytes.
func readDOC(file string, data []byte, lim Limits) (*lint.Document, error) {
	streams, err := openCompound(file, data)
	if err != nil {
		return nil, err
	}
	if err := rejectOLE(file, streams); err != nil {
		return nil, err
	}
	word, err := readStream(file, streams, streamWordDocument, len(data))
	if err != nil {
		return nil, err
	}
	fib, err := parseFIB(file, word)
	if err != nil {
		return nil, err
	}
	table, err := readStream(file, streams, fib.table, len(data))
	if err != nil {
		return nil, err
	}
	r := &docReader{
		path:  file,
		lim:   lim,
		word:  word,
		table: table,
		fib:   fib,
		doc:   &lint.Document{Format: "doc"},
	}
	if err := r.readPieces(); err != nil {
		return nil, err
	}
	if err := r.readDeleted(); err != nil {
		return nil, err
	}
	r.readParagraphProps()
	r.readStyles()
	if err := r.readStories(); err != nil {
		return nil, err
	}
	return r.doc, nil
}

// The names of the streams readDOC looks for.
const (
	streamWordDocument     = "WordDocument"
	streamTable0           = "0Table"
	streamTable1           = "1Table"
	streamEncryptionInfo   = "EncryptionInfo"
	streamEncryptedPackage = "EncryptedPackage"
)

// openCompound opens data as an OLE compound file and returns its streams
// at the root storage by name (the first of each name). A file cut inside
// its last sector, as Kingsoft WPS writes them, is padded with zeros to a
// whole sector first: the sectors before it are intact.
func openCompound(file string, data []byte) (map[string]*mscfb.File, error) {
	sector := 512
	if len(data) > 31 && data[30] == 12 {
		sector = 4096
	}
	if rem := len(data) % sector; rem != 0 {
		padded := make([]byte, len(data)+sector-rem)
		copy(padded, data)
		data = padded
	}
	cf, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, newError(file, ReasonNotDOC, "复合文档结构已损坏")
	}
	streams := make(map[string]*mscfb.File)
	for _, f := range cf.File {
		if len(f.Path) != 0 || f.FileInfo().IsDir() {
			continue
		}
		if _, dup := streams[f.Name]; !dup {
			streams[f.Name] = f
		}
	}
	return streams, nil
}

// rejectOLE refuses the compound files that are not Word 97–2003
// documents, saying what they are when the streams tell.
func rejectOLE(file string, streams map[string]*mscfb.File) error {
	has := func(names ...string) bool {
		for _, n := range names {
			if streams[n] != nil {
				return true
			}
		}
		return false
	}
	switch {
	case has(streamEncryptionInfo, streamEncryptedPackage):
		return newError(file, ReasonEncrypted, "受密码保护的 Office 文档，请取消打开密码后再检查")
	case has(streamWordDocument):
		return nil
	case has("CONTENTS", "MN0"):
		return newError(file, ReasonUnsupported, "Microsoft Works 文档，请用 Word 或 WPS 打开后另存为 .docx")
	case has("Workbook", "Book"):
		return newError(file, ReasonUnsupported, "这是 Excel 工作簿，不是 Word 文档")
	case has("PowerPoint Document"):
		return newError(file, ReasonUnsupported, "这是 PowerPoint 演示文稿，不是 Word 文档")
	}
	return newError(file, ReasonUnsupported, "复合文档中没有 WordDocument 流，不是 Word 文档")
}

// readStream reads a whole stream. A stream cannot be longer than the file
// that holds it (size); one that claims to be, or whose sectors are missing,
// makes the file invalid.
func readStream(file string, streams map[string]*mscfb.File, name string, size int) ([]byte, error) {
	f := streams[name]
	if f == nil {
		return nil, newError(file, ReasonNotDOC, "缺少 "+name+" 流")
	}
	if f.Size > int64(size) {
		return nil, newError(file, ReasonNotDOC, name+" 流的长度超出文件大小")
	}
	buf := make([]byte, f.Size)
	if _, err := io.ReadFull(f, buf); err != nil {
		return nil, newError(file, ReasonNotDOC, name+" 流不完整，文件可能已损坏或被截断")
	}
	return buf, nil
}

// fib holds what readDOC needs of the File Information Block at the start
// of the WordDocument stream.
type fib struct {
	table string   // the table stream: "0Table" or "1Table"
	ccp   [8]int64 // the lengths, in characters, of the stories (see the story* constants)
	fcLcb []byte   // FibRgFcLcb: (offset, length) pairs into the table stream
}

// The stories of a document, in the order of their character positions,
// as indexes into fib.ccp.
const (
	storyMain = iota
	storyFootnotes
	storyHeaders
	storyMacros
	storyComments
	storyEndnotes
	storyTextBoxes
	storyHeaderTextBoxes
)

// Indexes of the (offset, length) pairs in FibRgFcLcb97 that readDOC uses.
const (
	fcStshf       = 1
	fcPlcfBteChpx = 12
	fcPlcfBtePapx = 13
	fcClx         = 33
)

// FibBase fields and flags.
const (
	fibIdent       = 0xA5EC // wIdent of Word 97 and later
	fibIdent6      = 0xA5DC // wIdent of Word 6.0 and Word 95
	fibFirst97     = 0x00C0 // nFib below this is Word 6.0/95 or older
	fibEncrypted   = 0x0100 // fEncrypted
	fibWhichTblStm = 0x0200 // fWhichTblStm: 1Table rather than 0Table
	fibObfuscated  = 0x8000 // fObfuscated
	fibBaseSize    = 32
	fibLwCcpText   = 3 // index of ccpText in FibRgLw97; the other stories follow
)

// parseFIB reads the FIB: FibBase, then the variable-length FibRgW97,
// FibRgLw97 and FibRgFcLcb, each preceded by its count.
func parseFIB(file string, word []byte) (*fib, error) {
	bad := func(detail string) error { return newError(file, ReasonNotDOC, detail) }
	if len(word) < fibBaseSize+2 {
		return nil, bad("WordDocument 流太短")
	}
	ident := binary.LittleEndian.Uint16(word)
	nFib := binary.LittleEndian.Uint16(word[2:])
	flags := binary.LittleEndian.Uint16(word[10:])
	if nFib < fibFirst97 && (ident == fibIdent || ident == fibIdent6) {
		return nil, newError(file, ReasonUnsupported, "Word 6.0/95 或更早版本的文档，请另存为 .docx")
	}
	if ident != fibIdent {
		return nil, bad("WordDocument 流的标识不符")
	}
	if flags&(fibEncrypted|fibObfuscated) != 0 {
		return nil, newError(file, ReasonEncrypted, "Word 文档设有打开密码，请取消密码后再检查")
	}
	f := &fib{table: streamTable0}
	if flags&fibWhichTblStm != 0 {
		f.table = streamTable1
	}
	// count reads the 16-bit count at pos, and checks that that many
	// elements of the given size follow; it returns where they start.
	pos := fibBaseSize
	count := func(size int) (start, n int, ok bool) {
		if pos+2 > len(word) {
			return 0, 0, false
		}
		n = int(binary.LittleEndian.Uint16(word[pos:]))
		start = pos + 2
		pos = start + n*size
		return start, n, pos <= len(word)
	}
	if _, _, ok := count(2); !ok { // FibRgW97
		return nil, bad("FIB 不完整")
	}
	lw, cslw, ok := count(4)
	if !ok || cslw < fibLwCcpText+len(f.ccp) {
		return nil, bad("FIB 不完整")
	}
	for i := range f.ccp {
		v := int32(binary.LittleEndian.Uint32(word[lw+4*(fibLwCcpText+i):]))
		if v < 0 {
			return nil, bad("FIB 中的文本长度无效")
		}
		f.ccp[i] = int64(v)
	}
	rg, cb, ok := count(8)
	if !ok || cb <= fcClx {
		return nil, bad("FIB 不完整")
	}
	f.fcLcb = word[rg : rg+cb*8]
	return f, nil
}

// pair returns the offset and length of FibRgFcLcb entry i.
func (f *fib) pair(i int) (fc, lcb int64) {
	return int64(binary.LittleEndian.Uint32(f.fcLcb[8*i:])), int64(binary.LittleEndian.Uint32(f.fcLcb[8*i+4:]))
}

// tableSlice returns the bytes of the table stream that FibRgFcLcb entry i
// points at, and whether they lie within the stream.
func (r *docReader) tableSlice(i int) ([]byte, bool) {
	fc, lcb := r.fib.pair(i)
	if fc+lcb > int64(len(r.table)) {
		return nil, false
	}
	return r.table[fc : fc+lcb], true
}

// docReader holds one document being read.
type docReader struct {
	path  string
	lim   Limits
	word  []byte // the WordDocument stream
	table []byte // the table stream
	fib   *fib
	doc   *lint.Document

	pieces  []piece     // the piece table, by character position
	prcs    [][]byte    // the property modifiers (grpprl) of the Clx, by index
	deleted []fcRange   // text marked deleted, by offset; disjoint
	paras   []paraProps // paragraph properties, by offset
	styles  []docStyle  // the style sheet, by istd
	decoded int64       // bytes of text decoded so far
}

// fail is the error of a document whose structure is invalid.
func (r *docReader) fail(detail string) error { return newError(r.path, ReasonNotDOC, detail) }

// tooLarge is the error of a document with more text than the limit.
func (r *docReader) tooLarge() error {
	return newError(r.path, ReasonTooLarge, fmt.Sprintf("正文超过 %d 字节", r.lim.MaxTotalBytes))
}
