package read

import (
	"fmt"
	"testing"
)

// styled is a paragraph with a pStyle and direct properties.
func styled(style, pPr, text string) string {
	if style != "" {
		pPr = `<w:pStyle w:val="` + style + `"/>` + pPr
	}
	return `<w:p><w:pPr>` + pPr + `</w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// numbered is a paragraph with a direct w:numPr.
func numbered(numID string, ilvl int, text string) string {
	return styled("", fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr>`, ilvl, numID), text)
}

func paragraphStyle(id, name, basedOn, pPr string) string {
	s := `<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="` + name + `"/>`
	if basedOn != "" {
		s += `<w:basedOn w:val="` + basedOn + `"/>`
	}
	return s + `<w:pPr>` + pPr + `</w:pPr></w:style>`
}

func TestDOCXHeadingLevels(t *testing.T) {
	styles := wrapPart("styles",
		`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>`+
			paragraphStyle("1", "heading 1", "a", `<w:outlineLvl w:val="0"/>`)+
			paragraphStyle("Heading2", "Heading 2", "a", "")+ // no outlineLvl: the name is enough
			paragraphStyle("30", "标题 3", "a", "")+
			paragraphStyle("Heading1", "正文首行", "a", "")+ // a heading-like id names nothing
			paragraphStyle("custom", "大标题", "a", `<w:outlineLvl w:val="3"/>`)+
			paragraphStyle("child", "小标题", "Heading2", "")+ // level through basedOn
			paragraphStyle("body9", "正文级别", "1", `<w:outlineLvl w:val="8"/><w:outlineLvl w:val="9"/>`)+ // 9: body text
			paragraphStyle("loopA", "环甲", "loopB", "")+
			paragraphStyle("loopB", "环乙", "loopA", "")+
			`<w:style w:type="character" w:styleId="c1"><w:name w:val="heading 1 Char"/></w:style>`)
	doc := readBody(t,
		styled("1", "", "一级")+
			styled("Heading2", "", "二级")+
			styled("30", "", "三级")+
			styled("Heading1", "", "不是标题")+
			styled("custom", "", "大纲四级")+
			styled("child", "", "继承二级")+
			styled("body9", "", "正文级别")+
			styled("loopA", "", "循环继承")+
			styled("1", `<w:outlineLvl w:val="9"/>`, "段落改为正文")+
			styled("", `<w:outlineLvl w:val="2"/>`, "段落大纲三级")+
			styled("nosuch", "", "未知样式")+
			para("无样式"),
		"word/styles.xml", styles)
	checkParagraphs(t, "Paragraphs", doc.Paragraphs,
		"H1 |一级", "H2 |二级", "H3 |三级", "|不是标题", "H4 |大纲四级", "H2 |继承二级", "|正文级别",
		"|循环继承", "|段落改为正文", "H3 |段落大纲三级", "|未知样式", "|无样式")
	wantStyles := []string{"heading 1", "Heading 2", "标题 3", "正文首行", "大标题", "小标题", "正文级别", "环甲", "heading 1", "Normal", "Normal", "Normal"}
	for i, p := range doc.Paragraphs {
		if p.Style != wantStyles[i] {
			t.Errorf("paragraph %d (%s): Style = %q, want %q", i+1, p.Text, p.Style, wantStyles[i])
		}
	}
}

func TestDOCXListNumbering(t *testing.T) {
	lvl := func(ilvl int, format, text string, extra string) string {
		return fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/></w:lvl>`, ilvl, format, extra, text)
	}
	numbering := wrapPart("numbering",
		`<w:abstractNum w:abstractNumId="0">`+
			lvl(0, "chineseCounting", "%1、", "")+
			lvl(1, "chineseCounting", "（%2）", `<w:pStyle w:val="level2"/>`)+
			lvl(2, "decimal", "%3.", `<w:lvlRestart w:val="0"/>`)+
			lvl(3, "decimal", "%1.%2.%3.%4", `<w:isLgl/>`)+
			`</w:abstractNum>`+
			`<w:abstractNum w:abstractNumId="1">`+lvl(0, "decimal", "%1.", "")+`</w:abstractNum>`+
			`<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="listStyle"/></w:abstractNum>`+
			`<w:abstractNum w:abstractNumId="3"><w:styleLink w:val="listStyle"/>`+lvl(0, "ideographTraditional", "%1、", "")+`</w:abstractNum>`+
			`<w:abstractNum w:abstractNumId="4">`+lvl(0, "bullet", "\uF0B7", "")+lvl(1, "bullet", "\uF0A7", "")+lvl(2, "bullet", "-", "")+`</w:abstractNum>`+
			`<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>`+
			`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`+
			`<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`+
			`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`+
			`<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">`+lvl(0, "upperRoman", "%1)", "")+`</w:lvlOverride></w:num>`+
			`<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>`+
			`<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>`+
			`<w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num>`+
			`<w:num w:numId="8"><w:abstractNumId w:val="5"/></w:num>`)
	styles := wrapPart("styles",
		`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>`+
			paragraphStyle("level2", "二级列表", "a", `<w:numPr><w:numId w:val="1"/></w:numPr>`)+
			paragraphStyle("list1", "列表基", "a", `<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>`)+
			paragraphStyle("list1child", "列表子", "list1", "")+
			`<w:style w:type="numbering" w:styleId="listStyle"><w:name w:val="天干列表"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>`)
	deletedEmpty := `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="8"/></w:numPr><w:rPr><w:del w:id="1" w:author="甲"/></w:rPr></w:pPr></w:p>`
	doc := readBody(t,
		numbered("1", 0, "甲")+
			numbered("1", 1, "乙")+
			numbered("1", 2, "丙")+
			numbered("1", 1, "丁")+
			numbered("1", 2, "level 2 never restarts")+
			numbered("2", 0, "another instance of the same list continues")+
			styled("level2", "", "level from the w:pStyle of the level")+
			styled("list1child", "", "numbering through basedOn")+
			styled("list1", `<w:numPr><w:numId w:val="0"/></w:numPr>`, "numId 0 removes it")+
			numbered("3", 0, "startOverride")+
			numbered("3", 0, "counts on its own")+
			numbered("1", 0, "the first instance is undisturbed")+
			numbered("1", 3, "isLgl")+
			numbered("4", 0, "level override")+
			numbered("6", 0, "numStyleLink")+
			numbered("5", 0, "the linked list continues")+
			numbered("7", 0, "Symbol bullet")+
			numbered("7", 1, "Wingdings bullet")+
			numbered("7", 2, "plain bullet")+
			numbered("8", 0, "starts at 9")+
			numbered("8", 0, "circled")+
			numbered("8", 0, "")+ // an empty item still takes ⑪
			deletedEmpty+ // a deleted one does not
			numbered("8", 0, "circled again")+
			numbered("99", 0, "no such instance")+
			numbered("1", 12, "no such level"),
		"word/numbering.xml", numbering, "word/styles.xml", styles)
	checkParagraphs(t, "Paragraphs", doc.Paragraphs,
		"一、|甲", "（一）|乙", "1.|丙", "（二）|丁", "2.|level 2 never restarts",
		"二、|another instance of the same list continues",
		"（一）|level from the w:pStyle of the level",
		"（二）|numbering through basedOn",
		"|numId 0 removes it",
		"五、|startOverride", "六、|counts on its own",
		"三、|the first instance is undisturbed",
		"3.1.2.1|isLgl",
		"I)|level override",
		"甲、|numStyleLink", "乙、|the linked list continues",
		"•|Symbol bullet", "▪|Wingdings bullet", "-|plain bullet",
		"⑨|starts at 9", "⑩|circled", "⑫|circled again",
		"|no such instance", "|no such level")
}
