package annotate

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
)

// token is one XML token of a part and where it lies.
type token struct {
	tok        xml.Token
	start, end int64
}

// scan calls fn with each token of data in order, with its byte span. It
// refuses directives (no entity is ever declared) and malformed XML.
func scan(data []byte, fn func(t token) error) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if _, ok := tok.(xml.Directive); ok {
			return errors.New("含有 DOCTYPE 或实体声明")
		}
		if err := fn(token{tok: tok, start: start, end: dec.InputOffset()}); err != nil {
			return err
		}
	}
}

// attrValue returns the value of the attribute with the local name, in
// any namespace, or "".
func attrValue(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// element is the span of an element and its start tag.
type element struct {
	start, end int64
	tag        xml.StartElement
}

// elements returns the spans of the elements of data that keep says to
// keep, outermost only.
func elements(data []byte, keep func(se xml.StartElement, depth int) bool) ([]element, error) {
	var out []element
	depth, open := 0, -1 // open: the depth of the element being kept
	err := scan(data, func(t token) error {
		switch v := t.tok.(type) {
		case xml.StartElement:
			depth++
			if open < 0 && keep(v, depth) {
				open = depth
				out = append(out, element{start: t.start, tag: v.Copy()})
			}
		case xml.EndElement:
			if depth == open {
				out[len(out)-1].end = t.end
				open = -1
			}
			depth--
		}
		return nil
	})
	return out, err
}

// appendToRoot returns the edit that inserts s as the last content of the
// root element of data; a root written empty (<w:comments/>) is opened
// and closed around it.
func appendToRoot(data, s []byte) (edit, error) {
	depth := 0
	var startTag token
	found := false
	var out edit
	err := scan(data, func(t token) error {
		switch t.tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				startTag = t
			}
		case xml.EndElement:
			depth--
			if depth > 0 || found {
				return nil
			}
			found = true
			if t.start == startTag.end && bytes.HasSuffix(data[startTag.start:startTag.end], []byte("/>")) {
				// An empty element: <name .../> becomes <name ...>s</name>.
				tag := data[startTag.start+1 : startTag.end]
				name := tag
				if i := bytes.IndexAny(tag, " \t\r\n/"); i >= 0 {
					name = tag[:i]
				}
				insert := append([]byte(">"), s...)
				insert = append(append(append(insert, "</"...), name...), '>')
				out = edit{at: startTag.end - 2, end: startTag.end, insert: insert}
				return nil
			}
			out = edit{at: t.start, end: t.start, insert: s}
		}
		return nil
	})
	if err == nil && !found {
		err = errors.New("没有根元素")
	}
	return out, err
}
