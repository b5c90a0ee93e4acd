package annotate

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
)

// writeComments writes the comments part: the old one without shuzhi's
// earlier comments and with the new ones, or a new part. Word's extension
// parts that describe comments (commentsExtended, commentsIds,
// commentsExtensible) lose their entries for the comments removed.
func (p *pkg) writeComments(name string, old []byte, ours map[string]bool, comments []Comment) error {
	var body bytes.Buffer
	for _, c := range comments {
		c.write(&body)
	}
	if old == nil {
		var b bytes.Buffer
		b.WriteString(xml.Header)
		b.WriteString(`<w:comments xmlns:w="` + nsW + `">`)
		b.Write(body.Bytes())
		b.WriteString(`</w:comments>`)
		p.set(name, b.Bytes())
		return nil
	}
	if !bytes.Contains(old, []byte("<w:comments")) {
		return fmt.Errorf("%s: %s 的元素不以 w: 为前缀，无法加入批注", p.path, name)
	}
	removed, err := elements(old, func(se xml.StartElement, depth int) bool {
		return depth == 2 && se.Name.Local == "comment" && ours[attrValue(se, "id")]
	})
	if err != nil {
		return fmt.Errorf("%s: %s 格式错误", p.path, name)
	}
	paraIDs, err := paraIDsIn(old, removed)
	if err != nil {
		return fmt.Errorf("%s: %s 格式错误", p.path, name)
	}
	add, err := appendToRoot(old, body.Bytes())
	if err != nil {
		return fmt.Errorf("%s: %s 格式错误", p.path, name)
	}
	edits := []edit{add}
	for _, e := range removed {
		edits = append(edits, edit{at: e.start, end: e.end})
	}
	data, err := apply(old, edits)
	if err != nil {
		return err
	}
	p.set(name, data)
	return p.dropExtensions(paraIDs)
}

// paraIDsIn returns the w14:paraId of the paragraphs inside the removed
// comments: Word's extension parts refer to a comment by them.
func paraIDsIn(data []byte, removed []element) (map[string]bool, error) {
	ids := map[string]bool{}
	for _, e := range removed {
		_, err := elements(data[e.start:e.end], func(se xml.StartElement, _ int) bool {
			if se.Name.Local == "p" {
				if id := attrValue(se, "paraId"); id != "" {
					ids[id] = true
				}
			}
			return false
		})
		if err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// dropExtensions removes from Word's comment extension parts the entries
// of the comments removed: by paragraph id in commentsExtended and
// commentsIds, then by the durable ids these gave in commentsExtensible.
func (p *pkg) dropExtensions(paraIDs map[string]bool) error {
	if len(paraIDs) == 0 {
		return nil
	}
	durable := map[string]bool{}
	for _, name := range []string{"word/commentsExtended.xml", "word/commentsIds.xml"} {
		if err := p.dropEntries(name, "paraId", paraIDs, durable); err != nil {
			return err
		}
	}
	return p.dropEntries("word/commentsExtensible.xml", "durableId", durable, nil)
}

// dropEntries removes the children of the root of a part whose attribute
// key is in ids, noting their durableId in durable.
func (p *pkg) dropEntries(name, key string, ids, durable map[string]bool) error {
	data, err := p.part(name)
	if err != nil || data == nil {
		return err
	}
	els, err := elements(data, func(se xml.StartElement, depth int) bool {
		return depth == 2 && ids[attrValue(se, key)]
	})
	if err != nil {
		return fmt.Errorf("%s: %s 格式错误", p.path, name)
	}
	var edits []edit
	for _, e := range els {
		edits = append(edits, edit{at: e.start, end: e.end})
		if d := attrValue(e.tag, "durableId"); d != "" && durable != nil {
			durable[d] = true
		}
	}
	out, err := apply(data, edits)
	if err != nil {
		return err
	}
	p.set(name, out)
	return nil
}

// addRelationship makes the main part refer to its comments part.
func (p *pkg) addRelationship(mainPart, commentsName string) error {
	name := relsName(mainPart)
	rels, err := p.part(name)
	if err != nil {
		return err
	}
	target := strings.TrimPrefix(commentsName, strings.TrimSuffix(mainPart, lastElem(mainPart)))
	if rels == nil {
		rels = []byte(xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`)
	}
	used := map[string]bool{}
	if _, err := elements(rels, func(se xml.StartElement, _ int) bool {
		used[attrValue(se, "Id")] = true
		return false
	}); err != nil {
		return fmt.Errorf("%s: %s 格式错误", p.path, name)
	}
	id := "rIdShuzhiComments"
	for k := 2; used[id]; k++ {
		id = fmt.Sprintf("rIdShuzhiComments%d", k)
	}
	return p.insertAtRootEnd(name, rels, fmt.Sprintf(`<Relationship Id="%s" Type="%s" Target="%s"/>`, id, relComments, target))
}

// addOverride declares the content type of the comments part, unless
// [Content_Types].xml already does.
func (p *pkg) addOverride(commentsName string) error {
	const name = "[Content_Types].xml"
	types, err := p.part(name)
	if err != nil || types == nil {
		return fmt.Errorf("%s: 缺少 %s", p.path, name)
	}
	partName := "/" + commentsName
	found := false
	if _, err := elements(types, func(se xml.StartElement, _ int) bool {
		found = found || se.Name.Local == "Override" && strings.EqualFold(attrValue(se, "PartName"), partName)
		return false
	}); err != nil {
		return fmt.Errorf("%s: %s 格式错误", p.path, name)
	}
	if found {
		return nil
	}
	return p.insertAtRootEnd(name, types, fmt.Sprintf(`<Override PartName="%s" ContentType="%s"/>`, partName, typeComments))
}

// insertAtRootEnd sets a part to data with s inserted before the end tag
// of its root.
func (p *pkg) insertAtRootEnd(name string, data []byte, s string) error {
	add, err := appendToRoot(data, []byte(s))
	if err != nil {
		return fmt.Errorf("%s: %s 格式错误", p.path, name)
	}
	out, err := apply(data, []edit{add})
	if err != nil {
		return err
	}
	p.set(name, out)
	return nil
}

// lastElem is the last element of a slash-separated path.
func lastElem(name string) string {
	return name[strings.LastIndex(name, "/")+1:]
}
