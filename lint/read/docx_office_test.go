package read

import "testing"

// Files written by LibreOffice and pandoc (see testdata/docx/README.md):
// headings must come from their styles, list labels from their numbering.

func TestDOCXLibreOfficeReport(t *testing.T) {
	doc := readFixture(t, "lo-report.docx")
	checkParagraphs(t, "Paragraphs", doc.Paragraphs,
		"|2024年度党支部书记抓基层党建工作述职报告",
		"|根据党委安排，现将本人一年来履行基层党建工作第一责任人职责情况报告如下。",
		"H1 |履行职责情况",
		"H2 |抓好理论学习",
		"1.|全年组织集中学习12次，专题研讨4次。 ",
		"2.|本人讲专题党课2次，撰写心得体会3篇。 ",
		"H2 |加强组织建设",
		"•|按期完成支部换届选举。 ",
		"•|发展党员3名，转正预备党员2名。 ",
		"|项目 [表]", "|完成情况 [表]", "|三会一课 [表]", "|按时召开 [表]", "|主题党日 [表]", "|12次 [表]",
		"H1 |存在的问题及原因",
		"1.|理论学习不够深入。 ",
		"2.|联系群众不够紧密。 ",
		"3.|制度执行有差距。 ",
		"|究其原因，主要是本人政治站位还不够高。",
		"H1 |下一步打算",
		"3.|持续加强理论武装。 ",
		"4.|压紧压实党建责任。 ",
		"a.|每季度专题研究党建工作1次。 ",
		"b.|每半年开展述职评议1次。 ",
		"5.|严格落实组织生活制度。 ",
	)
	if len(doc.Extras) != 0 {
		t.Errorf("Extras = %v, want none", doc.Extras)
	}
	if got := doc.Paragraphs[2].Style; got != "Heading 1" {
		t.Errorf("Style = %q, want Heading 1", got)
	}
}

func TestDOCXLibreOfficeTypedLabels(t *testing.T) {
	doc := readFixture(t, "lo-typed.docx")
	checkParagraphs(t, "Paragraphs", doc.Paragraphs,
		"H1 |关于履行党风廉政建设主体责任情况的述职报告",
		"|一、履行主体责任情况", // typed labels stay in the text
		"|（一）强化责任落实。全年召开党风廉政建设专题会议4次，签订责任书28份。",
		"|（二）加强警示教育。组织观看警示教育片3部，参加人数达到120人次。",
		"|二、存在的问题",
		"I.|监督检查不够经常。 ",
		"II.|谈心谈话不够深入。 ",
		"H2 |三、下一步打算",
		"i.|每月开展一次廉政提醒。 ",
		"ii.|每季度开展一次专项检查。 ",
		"H3 |附：主要数据",
		"|谈话提醒 [表]", "|15人次 [表]", "|问题线索 [表]", "|已办结2件 [表]", "|嵌套表格 [表]",
	)
}

func TestDOCXLibreOfficeChineseNumbering(t *testing.T) {
	doc := readFixture(t, "lo-chinese.docx")
	checkParagraphs(t, "Paragraphs", doc.Paragraphs,
		"|2024年度党支部书记述职报告",
		"H1 一、|履行职责情况", // taiwaneseCountingThousand through the heading style's numPr
		"H2 （一）|抓好理论学习",
		"|全年组织集中学习12次。",
		"H2 （二）|加强组织建设",
		"①|完成支部换届。",
		"②|发展党员3名。",
		"H1 二、|存在的问题",
		"甲、|理论学习不够深入。",
		"乙、|联系群众不够紧密。",
		"H1 三、|下一步打算",
		"H2 （一）|持续加强理论武装",
	)
}

func TestDOCXPandoc(t *testing.T) {
	doc := readFixture(t, "pandoc-report.docx")
	checkParagraphs(t, "Paragraphs", doc.Paragraphs,
		"H1 |履行职责情况",
		"|一年来，本人认真履行第一责任人职责，全年主持召开支委会24次。",
		"H2 |抓好理论学习",
		"1.|全年组织集中学习12次。",
		"2.|讲专题党课2次。",
		"1.|上半年1次。", // a nested list restarted by its own w:num
		"2.|下半年1次。",
		"H2 |加强组织建设",
		"•|完成支部换届。",
		"•|发展党员3名。",
		"|项目 [表]", "|完成情况 [表]", "|三会一课 [表]", "|按时召开 [表]",
		"H1 |存在的问题",
		"(i)|理论学习不够深入。",
		"(ii)|联系群众不够紧密。",
	)
	checkParagraphs(t, "Extras", doc.Extras, "footnote: | 其中35岁以下2名。")
}
