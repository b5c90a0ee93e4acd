// Package read turns a file into a lint.Document. It recognises the format
// by content, not by extension: plain text (.txt in UTF-8, UTF-16 or
// GB18030), Office Open XML (.docx) and Word 97 binary (.doc, and Kingsoft
// WPS's .wps).
// Every failure is an *Error whose message is Chinese and names the file.
// Readers never modify their input and bound the work any input can cause.
package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"unicode/utf8"

	"shuzhi/lint"
)

// Options tune how a file is read. The zero value is ready to use.
type Options struct {
	// Encoding forces the encoding of a text file ("utf-8", "utf-16le",
	// "utf-16be", "gb18030", "gbk"); empty means detect it.
	Encoding string
	// Limits bound the work; zero fields take DefaultLimits' values.
	Limits Limits
}

// Limits bound the resources one input may consume.
type Limits struct {
	// MaxFileBytes is the largest input file accepted.
	MaxFileBytes int64
	// MaxPartBytes is the largest decompressed size of one zip part.
	MaxPartBytes int64
	// MaxTotalBytes is the largest decompressed size of all parts read.
	MaxTotalBytes int64
	// MaxDepth is the deepest XML element nesting accepted.
	MaxDepth int
	// MaxParagraphs is the largest number of paragraphs accepted.
	MaxParagraphs int
	// MaxParagraphRunes is the longest paragraph accepted, in runes: a
	// 述职报告 runs to a few thousand characters, so a longer paragraph is
	// a whole file on one line or no report at all, and would cost the
	// rules far more than a report should.
	MaxParagraphRunes int
}

// DefaultLimits are generous for any real 述职报告 (a few pages) and small
// enough that a hostile file cannot exhaust the machine.
var DefaultLimits = Limits{
	MaxFileBytes:  50 << 20,
	MaxPartBytes:  64 << 20,
	MaxTotalBytes: 128 << 20,
	MaxDepth:      256,
	MaxParagraphs: 50000,
	// MaxParagraphRunes: some 30 pages in one paragraph.
	MaxParagraphRunes: 100000,
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxFileBytes > 0 {
		d.MaxFileBytes = l.MaxFileBytes
	}
	if l.MaxPartBytes > 0 {
		d.MaxPartBytes = l.MaxPartBytes
	}
	if l.MaxTotalBytes > 0 {
		d.MaxTotalBytes = l.MaxTotalBytes
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxParagraphs > 0 {
		d.MaxParagraphs = l.MaxParagraphs
	}
	if l.MaxParagraphRunes > 0 {
		d.MaxParagraphRunes = l.MaxParagraphRunes
	}
	return d
}

// Error is a failure to read one file. Its message is Chinese, names the
// file and gives the cause, e.g. "报告.docx: 不是有效的 docx 文件（缺少 word/document.xml）".
type Error struct {
	Path   string // the file as the user named it
	Reason string // the stable cause: one of the Reason* constants
	Detail string // optional detail, also in Chinese
}

// The stable causes of an Error.
const (
	ReasonNotDOCX     = "不是有效的 docx 文件"
	ReasonNotDOC      = "不是有效的 Word 97-2003 文档"
	ReasonEncrypted   = "文件已加密"
	ReasonTooLarge    = "文件过大"
	ReasonEncoding    = "无法识别编码"
	ReasonUnsupported = "不支持的格式"
	ReasonEmpty       = "空文档"
	ReasonCannotOpen  = "无法读取文件"
	ReasonTooComplex  = "文档结构过于复杂"
	ReasonParagraph   = "段落过长"
	ReasonNotRegular  = "不是普通文件"
)

// kindOf names, in Chinese, a kind of file that is not a regular one.
func kindOf(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "是命名管道（FIFO）"
	case m&os.ModeSocket != 0:
		return "是套接字"
	case m&os.ModeDevice != 0:
		return "是设备文件"
	}
	return "不是可以读取的普通文件"
}

func (e *Error) Error() string {
	if e.Detail == "" {
		return fmt.Sprintf("%s: %s", e.Path, e.Reason)
	}
	return fmt.Sprintf("%s: %s（%s）", e.Path, e.Reason, e.Detail)
}

func newError(path, reason, detail string) *Error {
	return &Error{Path: path, Reason: reason, Detail: detail}
}

// File reads the named file ("-" reads standard input).
func File(path string, opt Options) (*lint.Document, error) {
	lim := opt.Limits.withDefaults()
	var r io.Reader
	if path == "-" {
		r = os.Stdin
	} else {
		// Look before opening: opening a FIFO for reading blocks until
		// someone writes to it.
		if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() && !st.IsDir() {
			return nil, newError(path, ReasonNotRegular, kindOf(st.Mode()))
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, newError(path, ReasonCannotOpen, DescribeOSError(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			if st.IsDir() {
				return nil, newError(path, ReasonCannotOpen, "这是一个文件夹")
			}
			if !st.Mode().IsRegular() {
				return nil, newError(path, ReasonNotRegular, kindOf(st.Mode()))
			}
			if st.Size() > lim.MaxFileBytes {
				return nil, newError(path, ReasonTooLarge, fmt.Sprintf("%d 字节，上限 %d 字节", st.Size(), lim.MaxFileBytes))
			}
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxFileBytes+1))
	if err != nil {
		return nil, newError(path, ReasonCannotOpen, DescribeOSError(err))
	}
	if f, ok := r.(*os.File); ok && path != "-" {
		if st, err := f.Stat(); err == nil && st.Size() == 0 && len(data) > 0 {
			// A file that claims no size yet holds text is made by the
			// system on reading (/proc, /sys), not a document.
			return nil, newError(path, ReasonNotRegular, "是系统生成的虚拟文件")
		}
	}
	if int64(len(data)) > lim.MaxFileBytes {
		return nil, newError(path, ReasonTooLarge, fmt.Sprintf("超过上限 %d 字节", lim.MaxFileBytes))
	}
	opt.Limits = lim
	return Bytes(path, data, opt)
}

// Bytes reads a document held in memory; path is used for messages and
// recorded in the Document. The format is recognised by content.
func Bytes(path string, data []byte, opt Options) (*lint.Document, error) {
	opt.Limits = opt.Limits.withDefaults()
	if int64(len(data)) > opt.Limits.MaxFileBytes {
		return nil, newError(path, ReasonTooLarge, fmt.Sprintf("超过上限 %d 字节", opt.Limits.MaxFileBytes))
	}
	var doc *lint.Document
	var err error
	switch sniff(data) {
	case formatZip:
		doc, err = readDOCX(path, data, opt.Limits)
	case formatOLE:
		doc, err = readDOC(path, data, opt.Limits)
	case formatPDF:
		return nil, newError(path, ReasonUnsupported, "PDF 文件，请另存为 .docx 或 .txt")
	case formatRTF:
		return nil, newError(path, ReasonUnsupported, "RTF 文件，请另存为 .docx")
	default:
		doc, err = readTXT(path, data, opt)
	}
	if err != nil {
		return nil, err
	}
	if len(doc.Paragraphs) == 0 {
		return nil, newError(path, ReasonEmpty, "没有可读的正文")
	}
	if len(doc.Paragraphs) > opt.Limits.MaxParagraphs {
		return nil, newError(path, ReasonTooComplex, fmt.Sprintf("段落数超过 %d", opt.Limits.MaxParagraphs))
	}
	for i, p := range doc.Paragraphs {
		if len(p.Text) <= opt.Limits.MaxParagraphRunes {
			continue // a byte holds at most one rune
		}
		if n := utf8.RuneCountInString(p.Text); n > opt.Limits.MaxParagraphRunes {
			return nil, newError(path, ReasonParagraph, fmt.Sprintf("第%d段有%d字，超过上限%d字；请检查文件是否把全文写成了一段", i+1, n, opt.Limits.MaxParagraphRunes))
		}
	}
	doc.Path = path
	return doc, nil
}

type format int

const (
	formatText format = iota
	formatZip
	formatOLE
	formatPDF
	formatRTF
)

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func sniff(data []byte) format {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return formatZip
	case bytes.HasPrefix(data, oleMagic):
		return formatOLE
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return formatPDF
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return formatRTF
	}
	return formatText
}

// DescribeOSError says in Chinese why the system refused a file, without
// Go's or the system's English text.
func DescribeOSError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "文件不存在"
	case errors.Is(err, os.ErrPermission):
		return "没有读取权限"
	case errors.Is(err, syscall.ELOOP):
		return "符号链接形成了循环"
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一段不是文件夹"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "路径过长"
	case errors.Is(err, syscall.EISDIR):
		return "这是一个文件夹"
	case errors.Is(err, syscall.EIO):
		return "磁盘读写错误"
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return fmt.Sprintf("系统错误（错误码 %d）", int(errno))
	}
	return "系统错误"
}

// appendParagraph adds a paragraph to the body, or to the extras when it
// has a Kind (text box, note), numbering its Line within that list, and
// refuses a document that grows past lim.MaxParagraphs.
func appendParagraph(path string, d *lint.Document, p lint.Paragraph, lim Limits) error {
	if p.Kind == "" {
		p.Line = len(d.Paragraphs) + 1
		d.Paragraphs = append(d.Paragraphs, p)
	} else {
		p.Line = len(d.Extras) + 1
		d.Extras = append(d.Extras, p)
	}
	if len(d.Paragraphs)+len(d.Extras) > lim.MaxParagraphs {
		return newError(path, ReasonTooComplex, fmt.Sprintf("段落数超过 %d", lim.MaxParagraphs))
	}
	return nil
}
