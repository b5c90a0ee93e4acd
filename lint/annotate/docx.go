package annotate

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"time"

	"shuzhi/lint/read"
)

// Relationship and content types of the comments part.
const (
	relComments  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
	typeComments = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
	nsW          = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
)

// fixedTime stamps the zip entries shuzhi adds, so that the same input
// gives the same bytes.
var fixedTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// pkg is a .docx being annotated: its entries, and the parts replaced.
type pkg struct {
	path    string
	zr      *zip.Reader
	entries map[string]*zip.File // by lower-case name without a leading "/"
	changed map[string][]byte    // new content by entry name as stored
	added   []string             // names of new entries, in order
}

func openPkg(path string, data []byte) (*pkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && err != zip.ErrInsecurePath {
		return nil, fmt.Errorf("%s: 压缩包已损坏", path)
	}
	p := &pkg{path: path, zr: zr, entries: map[string]*zip.File{}, changed: map[string][]byte{}}
	for _, f := range zr.File {
		name := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, dup := p.entries[name]; !dup {
			p.entries[name] = f
		}
	}
	return p, nil
}

// maxPart bounds a part annotate reads whole (the reader has already
// refused anything larger in the main part).
const maxPart = 64 << 20

// part returns the content of the named part, or nil when it is missing.
func (p *pkg) part(name string) ([]byte, error) {
	f := p.entries[strings.ToLower(name)]
	if f == nil {
		return nil, nil
	}
	if data, ok := p.changed[f.Name]; ok {
		return data, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %s 无法解压", p.path, f.Name)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
	if err != nil || len(data) > maxPart {
		return nil, fmt.Errorf("%s: %s 无法读取或过大", p.path, f.Name)
	}
	return data, nil
}

// set replaces or adds a part.
func (p *pkg) set(name string, data []byte) {
	if f := p.entries[strings.ToLower(name)]; f != nil {
		p.changed[f.Name] = data
		return
	}
	p.entries[strings.ToLower(name)] = &zip.File{FileHeader: zip.FileHeader{Name: name}}
	p.changed[name] = data
	p.added = append(p.added, name)
}

// write writes the package: every entry not changed copied as stored,
// byte for byte, the changed ones rewritten, the new ones at the end.
func (p *pkg) write() ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range p.zr.File {
		data, ok := p.changed[f.Name]
		if !ok {
			if err := zw.Copy(f); err != nil {
				return nil, err
			}
			continue
		}
		if err := writeEntry(zw, f.Name, f.Modified, data); err != nil {
			return nil, err
		}
	}
	for _, name := range p.added {
		if err := writeEntry(zw, name, fixedTime, p.changed[name]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func writeEntry(zw *zip.Writer, name string, modified time.Time, data []byte) error {
	if modified.IsZero() {
		modified = fixedTime
	}
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified})
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// DOCX returns a copy of the .docx data with comments anchored on their
// ranges. Comments shuzhi made before (author Author) are removed first,
// so that annotating an annotated copy does not stack them; everything
// else in the package is kept as it was.
func DOCX(path string, data []byte, comments []Comment) ([]byte, error) {
	doc, src, err := read.DOCXSource(path, data, read.Options{})
	if err != nil {
		return nil, err
	}
	p, err := openPkg(path, data)
	if err != nil {
		return nil, err
	}
	mainPart, err := p.part(src.Part)
	if err != nil || mainPart == nil {
		return nil, fmt.Errorf("%s: 缺少 %s", path, src.Part)
	}
	commentsName, hasRel, err := p.commentsPart(src.Part)
	if err != nil {
		return nil, err
	}
	old, err := p.part(commentsName)
	if err != nil {
		return nil, err
	}
	ours, next, err := ownComments(old)
	if err != nil {
		return nil, fmt.Errorf("%s: %s 格式错误：%v", path, commentsName, err)
	}
	edits, err := removalEdits(mainPart, ours)
	if err != nil {
		return nil, fmt.Errorf("%s: %s 格式错误：%v", path, src.Part, err)
	}
	pl := newPlacer(mainPart, src, doc)
	var written []Comment
	for _, c := range comments {
		if c.Para < 0 || c.Para >= len(src.Paragraphs) {
			continue
		}
		c.id = next
		next++
		pl.place(c.Para, c.Start, c.End, c.id)
		written = append(written, c)
	}
	marks, err := pl.edits()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	newMain, err := apply(mainPart, append(edits, marks...))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	p.set(src.Part, newMain)
	if err := p.writeComments(commentsName, old, ours, written); err != nil {
		return nil, err
	}
	if !hasRel {
		if err := p.addRelationship(src.Part, commentsName); err != nil {
			return nil, err
		}
	}
	if err := p.addOverride(commentsName); err != nil {
		return nil, err
	}
	return p.write()
}

// relsName is the relationships part of a part.
func relsName(part string) string {
	dir, base := path.Split(part)
	return dir + "_rels/" + base + ".rels"
}

// commentsPart returns the name of the main part's comments part, and
// whether a relationship already names it.
func (p *pkg) commentsPart(mainPart string) (string, bool, error) {
	dir := path.Dir(mainPart)
	rels, err := p.part(relsName(mainPart))
	if err != nil || rels == nil {
		return path.Join(dir, "comments.xml"), false, err
	}
	els, err := elements(rels, func(se xml.StartElement, _ int) bool {
		return se.Name.Local == "Relationship" && attrValue(se, "Type") == relComments
	})
	if err != nil {
		return "", false, fmt.Errorf("%s: %s 格式错误", p.path, relsName(mainPart))
	}
	if len(els) == 0 {
		return path.Join(dir, "comments.xml"), false, nil
	}
	target := attrValue(els[0].tag, "Target")
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/"), true, nil
	}
	return path.Join(dir, target), true, nil
}

// ownComments returns the ids of the comments shuzhi made in a comments
// part and the next free id.
func ownComments(data []byte) (map[string]bool, int, error) {
	ours := map[string]bool{}
	next := 0
	if data == nil {
		return ours, 0, nil
	}
	_, err := elements(data, func(se xml.StartElement, depth int) bool {
		if depth == 2 && se.Name.Local == "comment" {
			id := attrValue(se, "id")
			if n, err := strconv.Atoi(id); err == nil && n >= next {
				next = n + 1
			}
			if attrValue(se, "author") == Author {
				ours[id] = true
			}
		}
		return false
	})
	return ours, next, err
}

// removalEdits deletes from the main part the range marks and reference
// runs of the comments in ours.
func removalEdits(data []byte, ours map[string]bool) ([]edit, error) {
	if len(ours) == 0 {
		return nil, nil
	}
	var out []edit
	type run struct {
		start int64
		text  bool // it holds more than a comment reference
		ref   bool // it holds a reference to one of ours
	}
	var runs []run
	err := scan(data, func(t token) error {
		switch v := t.tok.(type) {
		case xml.StartElement:
			switch v.Name.Local {
			case "r":
				runs = append(runs, run{start: t.start})
			case "commentRangeStart", "commentRangeEnd":
				if ours[attrValue(v, "id")] {
					out = append(out, edit{at: t.start, end: -1})
				}
			case "commentReference":
				if n := len(runs); n > 0 && ours[attrValue(v, "id")] {
					runs[n-1].ref = true
				}
			case "rPr", "rStyle", "vertAlign", "sz", "szCs", "rFonts", "lang":
			default:
				if n := len(runs); n > 0 {
					runs[n-1].text = true
				}
			}
		case xml.EndElement:
			n := len(out)
			if n > 0 && out[n-1].end < 0 {
				out[n-1].end = t.end
			}
			if v.Name.Local == "r" && len(runs) > 0 {
				r := runs[len(runs)-1]
				runs = runs[:len(runs)-1]
				if r.ref && !r.text {
					out = append(out, edit{at: r.start, end: t.end})
				}
			}
		}
		return nil
	})
	return out, err
}
