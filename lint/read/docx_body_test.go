package read

import (
	"testing"
)

func TestDOCXTrackedChanges(t *testing.T) {
	doc := readBody(t,
		`<w:p><w:r><w:t>保留</w:t></w:r>`+
			`<w:ins w:id="1" w:author="甲"><w:r><w:t>插入</w:t></w:r></w:ins>`+
			`<w:del w:id="2" w:author="甲"><w:r><w:delText>删除</w:delText></w:r></w:del>`+
			`<w:moveTo w:id="3" w:author="甲"><w:r><w:t>移入</w:t></w:r></w:moveTo>`+
			`<w:moveFrom w:id="4" w:author="甲"><w:r><w:t>移出</w:t></w:r></w:moveFrom>`+
			`<w:r><w:delText>孤立的删除文字</w:delText></w:r>`+
			`<w:ins w:id="5" w:author="甲"><w:del w:id="6" w:author="乙"><w:r><w:delText>插入后又删除</w:delText></w:r></w:del></w:ins></w:p>`+
			// the mark of this paragraph is deleted but its text is not: it stays
			`<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="甲"/></w:rPr></w:pPr><w:r><w:t>段落标记已删除</w:t></w:r></w:p>`+
			// a paragraph wholly deleted disappears
			`<w:p><w:pPr><w:rPr><w:del w:id="8" w:author="甲"/></w:rPr></w:pPr><w:del w:id="9" w:author="甲"><w:r><w:delText>整段删除</w:delText></w:r></w:del></w:p>`+
			`<w:p><w:pPr><w:rPr><w:ins w:id="10" w:author="甲"/></w:rPr></w:pPr><w:ins w:id="11" w:author="甲"><w:r><w:t>整段插入</w:t></w:r></w:ins></w:p>`)
	checkParagraphs(t, "Paragraphs", doc.Paragraphs, "|保留插入移入", "|段落标记已删除", "|整段插入")
}

func TestDOCXFields(t *testing.T) {
	begin := `<w:r><w:fldChar w:fldCharType="begin"/></w:r>`
	sep := `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`
	end := `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	instr := func(s string) string { return `<w:r><w:instrText xml:space="preserve">` + s + `</w:instrText></w:r>` }
	run := func(s string) string { return `<w:r><w:t>` + s + `</w:t></w:r>` }
	doc := readBody(t,
		// a field with its result
		`<w:p>`+run("第")+begin+instr(" PAGE ")+sep+run("3")+end+run("页")+`</w:p>`+
			// a field nested in the instructions of another: only the outer result
			`<w:p>`+run("甲")+begin+instr(" IF ")+begin+instr(" PAGE ")+sep+run("1")+end+instr(` = 1 "首页" "续页" `)+sep+run("续页")+end+run("乙")+`</w:p>`+
			// a field nested in the result of another: shown
			`<w:p>`+begin+instr(" HYPERLINK \\l _Toc1 ")+sep+run("一、基本情况")+begin+instr(" PAGEREF _Toc1 ")+sep+run("2")+end+end+`</w:p>`+
			// a field without a result, and one whose result spans paragraphs (a table of contents)
			`<w:p>`+run("无结果")+begin+instr(" TC 目录项 ")+end+`</w:p>`+
			`<w:p>`+begin+instr(" TOC \\o ")+sep+run("目录第一行")+`</w:p><w:p>`+run("目录第二行")+end+`</w:p>`+
			// a simple field, with its instruction only in an attribute
			`<w:p>`+run("共")+`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>5</w:t></w:r></w:fldSimple>`+run("页")+`</w:p>`+
			// an unbalanced end and a deleted instruction change nothing
			`<w:p>`+end+run("多余的结束")+`<w:r><w:delInstrText> DATE </w:delInstrText></w:r></w:p>`)
	checkParagraphs(t, "Paragraphs", doc.Paragraphs,
		"|第3页", "|甲续页乙", "|一、基本情况2", "|无结果", "|目录第一行", "|目录第二行", "|共5页", "|多余的结束")
}

func TestDOCXTables(t *testing.T) {
	cell := func(content string) string { return `<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>` + content + `</w:tc>` }
	inner := `<w:tbl><w:tblPr/><w:tr>` + cell(para("内层")) + `</w:tr></w:tbl>`
	doc := readBody(t,
		para("表前")+
			`<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>`+
			`<w:tr><w:trPr/>`+cell(para("外层一")+para("外层二"))+cell(inner+para("外层三"))+`</w:tr></w:tbl>`+
			para("表后"))
	checkParagraphs(t, "Paragraphs", doc.Paragraphs, "|表前", "|外层一 [表]", "|外层二 [表]", "|内层 [表]", "|外层三 [表]", "|表后")
}

func TestDOCXRunContent(t *testing.T) {
	doc := readBody(t,
		`<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r></w:p>`+
			`<w:p><w:r><w:t>COVID</w:t><w:noBreakHyphen/><w:t>19</w:t><w:t>自</w:t><w:softHyphen/><w:t>动</w:t></w:r></w:p>`+
			`<w:p><w:r><w:t>希腊</w:t><w:sym w:font="Symbol" w:char="F061"/><w:sym w:font="Symbol" w:char="F0D6"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="宋体" w:char="2605"/><w:sym w:font="Symbol" w:char="zz"/></w:r></w:p>`+
			// a phonetic guide keeps its base text only; smart tags and custom XML are transparent
			`<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>dǎng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>党</w:t></w:r></w:rubyBase></w:ruby></w:r>`+
			`<w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t>建</w:t></w:r></w:smartTag>`+
			`<w:customXml w:element="x"><w:customXmlPr/><w:r><w:t>工作</w:t></w:r></w:customXml></w:p>`+
			`<w:p><w:r><w:t xml:space="preserve">   </w:t><w:tab/></w:r></w:p>`+ // blank: dropped
			"<w:p><w:r><w:t>\u200b\ufeff</w:t></w:r></w:p>"+ // zero width only: dropped
			`<w:p><w:pPr><w:rPr><w:t>属性里的文字</w:t></w:rPr></w:pPr><w:r><w:t xml:space="preserve">  缩进保留</w:t></w:r></w:p>`)
	checkParagraphs(t, "Paragraphs", doc.Paragraphs,
		"|甲\t乙\n丙\n丁\t", "|COVID-19自动", "|希腊α★", "|党建工作", "|  缩进保留")
}

func TestDOCXTextBoxesAndNotes(t *testing.T) {
	textbox := func(s string) string { return `<w:txbxContent>` + para(s) + `</w:txbxContent>` }
	doc := readBody(t,
		`<w:p><w:r><w:t>正文一</w:t></w:r>`+
			`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>`+textbox("新式文本框")+`</wps:txbx></wps:wsp></w:drawing></mc:Choice>`+
			`<mc:Fallback><w:pict><v:shape><v:textbox>`+textbox("新式文本框")+`</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`+
			`<w:r><w:t>接着写</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>`+
			// an old VML text box without mc:AlternateContent, holding a table
			`<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:tbl><w:tr><w:tc>`+para("框中表格")+`</w:tc></w:tr></w:tbl></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`+
			// a second choice is never read, and content outside choices is
			`<w:p><mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>选一</w:t></w:r></mc:Choice><mc:Choice Requires="w15"><w:r><w:t>选二</w:t></w:r></mc:Choice>`+
			`<mc:Fallback><w:r><w:t>后备</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`+
			para("正文二"),
		"word/footnotes.xml", wrapPart("footnotes",
			`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>`+
				`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>续</w:t></w:r></w:p></w:footnote>`+
				`<w:footnote w:type="continuationNotice" w:id="1"><w:p><w:r><w:t>接下页</w:t></w:r></w:p></w:footnote>`+
				`<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>脚注一</w:t></w:r></w:p><w:p><w:r><w:t>脚注一第二段</w:t></w:r></w:p></w:footnote>`),
		"word/endnotes.xml", wrapPart("endnotes",
			`<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>`+
				`<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>尾注一</w:t></w:r></w:p></w:endnote>`))
	checkParagraphs(t, "Paragraphs", doc.Paragraphs, "|正文一接着写", "|选一", "|正文二")
	checkParagraphs(t, "Extras", doc.Extras,
		"textbox: |新式文本框", "textbox: |框中表格 [表]", "footnote: |脚注一", "footnote: |脚注一第二段", "endnote: |尾注一")
}

func TestDOCXStrictNamespace(t *testing.T) {
	strict := `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` +
		`<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>严格格式</w:t></w:r></w:p>` +
		// elements of other namespaces are containers, never text
		`<w:p><w:r><w:t>正文</w:t></w:r><x:t xmlns:x="urn:other">不是文字</x:t></w:p></w:body></w:document>`
	doc, err := readDOCX("严格.docx", zipParts(t, "word/document.xml", strict), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	checkParagraphs(t, "Paragraphs", doc.Paragraphs, "H1 |严格格式", "|正文")
}
