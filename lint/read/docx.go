package read

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"

	"shuzhi/lint"
)

// readDOCX reads an Office Open XML word-processing document: the main
// document part (found through the package relationships), its styles and
// numbering for headings and list labels, and its footnotes and endnotes as
// extras. Every part is streamed through a size-limited reader and a
// depth-limited XML tokenizer; nothing is unmarshalled wholesale.
func readDOCX(file string, data []byte, lim Limits) (*lint.Document, error) {
	return readDOCXSource(file, data, lim, nil)
}

// readDOCXSource reads a .docx, recording in src, when it is not nil,
// where its body paragraphs lie in the main part.
func readDOCXSource(file string, data []byte, lim Limits, src *Source) (*lint.Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		// An insecure name is harmless here: nothing is ever extracted.
		return nil, newError(file, ReasonNotDOCX, "压缩包已损坏")
	}
	pkg := &docxPackage{path: file, lim: lim, parts: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		name := partName(f.Name)
		if _, dup := pkg.parts[name]; !dup {
			pkg.parts[name] = f
		}
	}
	if err := pkg.rejectODF(); err != nil {
		return nil, err
	}
	main, err := pkg.mainPart()
	if err != nil {
		return nil, err
	}
	rels, err := pkg.relationships(main)
	if err != nil {
		return nil, err
	}
	styles, err := readStyles(pkg, rels["styles"])
	if err != nil {
		return nil, err
	}
	numbering, err := readNumbering(pkg, rels["numbering"], styles)
	if err != nil {
		return nil, err
	}
	w := &walker{
		doc:    &lint.Document{Format: "docx"},
		styles: styles,
		lists:  newListCounters(numbering),
		lim:    lim,
		path:   file,
		src:    src,
	}
	if src != nil {
		src.Part = main
	}
	if err := w.walkPart(pkg, main, ""); err != nil {
		return nil, err
	}
	if len(w.marks) > 0 {
		if err := w.readComments(pkg, rels["comments"]); err != nil {
			return nil, err
		}
	}
	for _, note := range []struct{ rel, kind string }{{"footnotes", "footnote"}, {"endnotes", "endnote"}} {
		if err := w.walkPart(pkg, rels[note.rel], note.kind); err != nil {
			return nil, err
		}
	}
	return w.doc, nil
}

// docxPackage is an opened zip package and the budget for reading it.
type docxPackage struct {
	path  string
	lim   Limits
	parts map[string]*zip.File // by partName
	total int64                // decompressed bytes read so far, all parts
}

// The content types a main document part may declare.
var mainContentTypes = []string{
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
	"application/vnd.ms-word.document.macroenabled.main+xml",
	"application/vnd.ms-word.template.macroenabledtemplate.main+xml",
}

// Part names as looked up in docxPackage.parts.
const (
	defaultMainPart  = "word/document.xml"
	contentTypesPart = "[content_types].xml"
)

// rejectODF refuses OpenDocument files, which are zip packages too.
func (p *docxPackage) rejectODF() error {
	if p.parts["mimetype"] == nil {
		return nil
	}
	rc, err := p.open("mimetype")
	if err != nil {
		return err
	}
	defer rc.Close()
	head := make([]byte, 64)
	n, _ := io.ReadFull(rc, head)
	if bytes.HasPrefix(head[:n], []byte("application/vnd.oasis.opendocument")) {
		return newError(p.path, ReasonUnsupported, "这是 OpenDocument 文档（.odt 等），请另存为 .docx")
	}
	return nil
}

// mainPart finds the main document part: the officeDocument relationship
// of the package, else the part whose content type says so, else the
// conventional word/document.xml.
func (p *docxPackage) mainPart() (string, error) {
	rels, err := p.relationships("")
	if err != nil {
		return "", err
	}
	if t := rels["officeDocument"]; t != "" && p.parts[t] != nil {
		return t, nil
	}
	if p.parts[contentTypesPart] != nil {
		s, err := p.stream(contentTypesPart)
		if err != nil {
			return "", err
		}
		defer s.close()
		for {
			se, err := s.nextStart()
			if err != nil {
				return "", err
			}
			if se == nil {
				break
			}
			if se.Name.Local != "Override" {
				continue
			}
			ct := strings.ToLower(attr(se, "ContentType"))
			name := partName(attr(se, "PartName"))
			for _, want := range mainContentTypes {
				if ct == want && p.parts[name] != nil {
					return name, nil
				}
			}
		}
	}
	if p.parts[defaultMainPart] != nil {
		return defaultMainPart, nil
	}
	return "", newError(p.path, ReasonNotDOCX, "缺少 "+defaultMainPart)
}

// relations maps a relationship type's last path element ("styles",
// "officeDocument") to the part name of the first internal target of that
// type.
type relations map[string]string

// relationships reads the relationships of the named part ("" for the
// package itself). A missing relationships part is no error.
func (p *docxPackage) relationships(source string) (relations, error) {
	dir, base := path.Split(source)
	rels := relations{}
	err := p.eachStart(partName(dir+"_rels/"+base+".rels"), func(_ *xmlStream, se *xml.StartElement) error {
		if se.Name.Local != "Relationship" || strings.EqualFold(attr(se, "TargetMode"), "External") {
			return nil
		}
		kind := path.Base(attr(se, "Type"))
		if _, seen := rels[kind]; seen {
			return nil
		}
		target := attr(se, "Target")
		if u, err := url.PathUnescape(target); err == nil {
			target = u
		}
		if !strings.HasPrefix(target, "/") {
			target = dir + target
		}
		rels[kind] = partName(target)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rels, nil
}

// partName normalises a part name for lookup in docxPackage.parts: part
// names are case-insensitive, and zip entries and relationship targets may
// or may not start with "/".
func partName(name string) string {
	return strings.ToLower(strings.TrimPrefix(path.Clean("/"+name), "/"))
}

// open opens the named part for reading within the package's limits.
func (p *docxPackage) open(name string) (*limitedPart, error) {
	f := p.parts[name]
	if f == nil {
		return nil, newError(p.path, ReasonNotDOCX, "缺少 "+name)
	}
	if f.UncompressedSize64 > uint64(p.lim.MaxPartBytes) {
		return nil, p.partTooLarge(f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, newError(p.path, ReasonNotDOCX, f.Name+" 无法解压")
	}
	return &limitedPart{pkg: p, name: f.Name, rc: rc}, nil
}

func (p *docxPackage) partTooLarge(name string) error {
	return newError(p.path, ReasonTooLarge, fmt.Sprintf("%s 解压后超过 %d 字节", name, p.lim.MaxPartBytes))
}

// limitedPart counts the decompressed bytes actually read from a part, and
// fails once the part or the package exceeds its limit, whatever the zip
// headers claim.
type limitedPart struct {
	pkg  *docxPackage
	name string
	rc   io.ReadCloser
	n    int64
}

func (l *limitedPart) Read(b []byte) (int, error) {
	n, err := l.rc.Read(b)
	l.n += int64(n)
	l.pkg.total += int64(n)
	switch {
	case l.n > l.pkg.lim.MaxPartBytes:
		return n, l.pkg.partTooLarge(l.name)
	case l.pkg.total > l.pkg.lim.MaxTotalBytes:
		return n, newError(l.pkg.path, ReasonTooLarge, fmt.Sprintf("解压后总大小超过 %d 字节", l.pkg.lim.MaxTotalBytes))
	case errors.Is(err, zip.ErrChecksum):
		return n, newError(l.pkg.path, ReasonNotDOCX, l.name+" 已损坏，校验和不符")
	case err != nil && err != io.EOF:
		return n, newError(l.pkg.path, ReasonNotDOCX, l.name+" 解压失败")
	}
	return n, err
}

func (l *limitedPart) Close() error { return l.rc.Close() }
