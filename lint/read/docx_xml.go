package read

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// The namespaces of the elements the docx reader understands.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// xmlStream tokenizes one part. It refuses DOCTYPE and other directives (so
// no entity is ever declared or expanded) and nesting deeper than the
// limit, and turns every failure into an *Error naming the part.
type xmlStream struct {
	pkg   *docxPackage
	part  string // the part's name as stored in the zip, for messages
	rc    io.ReadCloser
	dec   *xml.Decoder
	depth int
	// tokStart is where the token last returned by next begins.
	tokStart int64
}

// stream opens the named part as a token stream.
func (p *docxPackage) stream(name string) (*xmlStream, error) {
	rc, err := p.open(name)
	if err != nil {
		return nil, err
	}
	return &xmlStream{pkg: p, part: rc.name, rc: rc, dec: xml.NewDecoder(rc)}, nil
}

func (s *xmlStream) close() { s.rc.Close() }

// finish reads what is left of the part, so that the zip reader checks its
// CRC-32: a part damaged after its last element is still refused.
func (s *xmlStream) finish() error {
	_, err := io.Copy(io.Discard, s.rc)
	return err
}

// eachStart streams the optional part name and calls fn with each start
// element met, in document order; fn may read the element's content from
// s. A missing part calls nothing.
func (p *docxPackage) eachStart(name string, fn func(s *xmlStream, se *xml.StartElement) error) error {
	if p.parts[name] == nil {
		return nil
	}
	s, err := p.stream(name)
	if err != nil {
		return err
	}
	defer s.close()
	for {
		se, err := s.nextStart()
		if err != nil || se == nil {
			return err
		}
		if err := fn(s, se); err != nil {
			return err
		}
	}
}

// next returns the next token, or a nil token and a nil error at the end
// of the part (the decoder itself reports elements left open).
func (s *xmlStream) next() (xml.Token, error) {
	s.tokStart = s.dec.InputOffset()
	tok, err := s.dec.Token()
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return nil, e
		}
		return nil, s.malformed(err)
	}
	switch tok.(type) {
	case xml.StartElement:
		s.depth++
		if s.depth > s.pkg.lim.MaxDepth {
			return nil, newError(s.pkg.path, ReasonTooComplex, fmt.Sprintf("%s 的 XML 嵌套超过 %d 层", s.part, s.pkg.lim.MaxDepth))
		}
	case xml.EndElement:
		s.depth--
	case xml.Directive:
		return nil, newError(s.pkg.path, ReasonNotDOCX, s.part+" 含有 DOCTYPE 或实体声明")
	}
	return tok, nil
}

func (s *xmlStream) malformed(err error) error {
	var syn *xml.SyntaxError
	if errors.As(err, &syn) {
		return newError(s.pkg.path, ReasonNotDOCX, fmt.Sprintf("%s 第 %d 行 XML 格式错误", s.part, syn.Line))
	}
	return newError(s.pkg.path, ReasonNotDOCX, s.part+" XML 格式错误")
}

// nextStart returns the next start element anywhere below the current
// one, or nil at the end of the part.
func (s *xmlStream) nextStart() (*xml.StartElement, error) {
	for {
		tok, err := s.next()
		if tok == nil || err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return &se, nil
		}
	}
}

// skip consumes the rest of the element whose start was just read.
func (s *xmlStream) skip() error {
	return s.children(func(xml.StartElement) error { return s.skip() })
}

// children calls f for each child element of the element whose start was
// just read, up to and including its end. f must consume the child it is
// given (with skip, children or text).
func (s *xmlStream) children(f func(xml.StartElement) error) error {
	for {
		tok, err := s.next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case nil:
			return s.malformed(io.ErrUnexpectedEOF)
		case xml.StartElement:
			if err := f(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// text returns the character data of the element whose start was just
// read, ignoring any child elements, and consumes its end.
func (s *xmlStream) text() (string, error) {
	var b []byte
	for {
		tok, err := s.next()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case nil:
			return "", s.malformed(io.ErrUnexpectedEOF)
		case xml.CharData:
			b = append(b, t...)
		case xml.StartElement:
			if err := s.skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return string(b), nil
		}
	}
}

// isW reports whether name is the WordprocessingML element local.
func isW(name xml.Name, local string) bool {
	return name.Local == local && (name.Space == nsW || name.Space == nsWStrict)
}

// attr returns the value of the attribute with the given local name,
// whatever its namespace.
func attr(se *xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// intAttr returns the w:val-style integer attribute, or def when it is
// missing or not a number.
func intAttr(se *xml.StartElement, local string, def int) int {
	n, err := strconv.Atoi(attr(se, local))
	if err != nil {
		return def
	}
	return n
}

// flag reads a WordprocessingML on/off value; def is the value of an
// absent one (on for a property element without w:val, off for a missing
// attribute).
func flag(v string, def bool) bool {
	switch v {
	case "":
		return def
	case "1", "true", "on":
		return true
	}
	return false
}
