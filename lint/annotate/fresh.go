package annotate

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"

	"shuzhi/lint"
)

// NewDOCX writes a plain .docx of a document's text, one Word paragraph
// per paragraph: the title in the style 标题, the outline's headings in
// 标题 1–3, and the rest in 正文 (仿宋, 三号, as 公文 are set). Tabs and
// line breaks inside a paragraph are kept.
func NewDOCX(doc *lint.Document, ol *lint.Outline) ([]byte, error) {
	var body bytes.Buffer
	body.WriteString(xml.Header)
	body.WriteString(`<w:document xmlns:w="` + nsW + `"><w:body>`)
	for i, p := range doc.Paragraphs {
		body.WriteString("<w:p>")
		if style := paragraphStyle(doc, ol, i); style != "" {
			fmt.Fprintf(&body, `<w:pPr><w:pStyle w:val="%s"/></w:pPr>`, style)
		}
		writeRuns(&body, p.Label+p.Text)
		body.WriteString("</w:p>")
	}
	body.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`)
	body.WriteString("</w:body></w:document>")

	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, part := range []struct{ name, data string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/document.xml", body.String()},
		{"word/styles.xml", styles},
	} {
		if err := writeEntry(zw, part.name, fixedTime, []byte(part.data)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// paragraphStyle names the style of paragraph i: Title for a first
// paragraph that is front matter, Heading1–3 for whole-paragraph headings.
func paragraphStyle(doc *lint.Document, ol *lint.Outline, i int) string {
	if ol == nil || i >= len(ol.HeadingLevel) {
		return ""
	}
	if lvl := ol.HeadingLevel[i]; lvl > 0 && ol.HeadingEnd[i] >= len([]rune(doc.Paragraphs[i].Text)) {
		return fmt.Sprintf("Heading%d", min(lvl, 3))
	}
	if i == 0 && len(ol.Spans) > 0 && ol.Spans[0].Role == lint.RoleOther && len([]rune(doc.Paragraphs[0].Text)) <= 60 {
		return "Title"
	}
	return ""
}

// writeRuns writes text as one run, its tabs and line breaks as w:tab and
// w:br.
func writeRuns(b *bytes.Buffer, text string) {
	b.WriteString("<w:r>")
	for k, line := range strings.Split(xmlSafe(text), "\n") {
		if k > 0 {
			b.WriteString("<w:br/>")
		}
		for j, cell := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString("<w:tab/>")
			}
			if cell != "" {
				writeT(b, cell)
			}
		}
	}
	b.WriteString("</w:r>")
}

const contentTypes = xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`</Types>`

const packageRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`</Relationships>`

const documentRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`</Relationships>`

// styles: 正文 in 仿宋_GB2312 三号 (16 pt), the title in 方正小标宋简体 二号,
// headings in 黑体, 楷体_GB2312 and 仿宋 bold, as 公文 are set.
const styles = xml.Header + `<w:styles xmlns:w="` + nsW + `">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`</w:styles>`
