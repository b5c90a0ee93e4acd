package read

import (
	"encoding/binary"
	"strings"
	"testing"

	"shuzhi/lint"
)

// readWord reads a document built by testWord.
func readWord(t *testing.T, w testWord) *lint.Document {
	t.Helper()
	doc, err := Bytes("报告.doc", w.file(t), Options{})
	if err != nil {
		t.Fatalf("Bytes: %v", err)
	}
	return doc
}

func TestDOCText(t *testing.T) {
	cases := []struct {
		name string
		doc  testWord
		want []string
	}{
		{"compressed text with the cp1252 punctuation",
			testWord{pieces: []testPiece{{text: "Plan \u0093A\u0094 \u0085 \u0096 \u0099 \u0080\u00e9\r", compressed: true}}},
			[]string{"|Plan “A” … – ™ \u0080é"}},
		{"pieces of both kinds, stored out of order",
			testWord{pieces: []testPiece{{text: "全年学习"}, {text: "12 times", compressed: true}, {text: "次。\r"}}},
			[]string{"|全年学习12 times次。"}},
		{"paragraph, page and section marks; empty paragraphs dropped",
			unicodeDoc("一\r\r二\x0c三\r \t\u3000\r\u200b\ufeff\r四"),
			[]string{"|一", "|二", "|三", "|四"}},
		{"table cells",
			unicodeDoc("项目\x07完成情况\x07\x07三会一课\r按时召开\x07\x07"),
			[]string{"|项目 [表]", "|完成情况 [表]", "|三会一课", "|按时召开 [表]"}},
		{"special characters",
			unicodeDoc("A\tB\vC\x1eD\x1fE\u00a0F\u00adG\x01\x08\x05\x02H\r"),
			[]string{"|A\tB\nC-DE FGH"}},
		{"a field keeps its result",
			unicodeDoc("截至\x13 DATE \\@ \"yyyy\" \x142024\x15年底\r"),
			[]string{"|截至2024年底"}},
		{"nested fields",
			unicodeDoc("第\x13 IF \x13 PAGE \x141\x15 = 1 \"一\" \x14一\x13 SYMBOL 183 \x14·\x15\x15页\r"),
			[]string{"|第一·页"}},
		{"a field without a separator yields nothing",
			unicodeDoc("前\x13 TC \"目录项\" \x15后\r"),
			[]string{"|前后"}},
		{"stray separators and ends",
			unicodeDoc("\x14甲\x15乙\x15\r"),
			[]string{"|甲乙"}},
		{"a field open at a paragraph mark hides into the next paragraph",
			unicodeDoc("甲\x13 QUOTE\r乙\x14丙\x15\r"),
			[]string{"|甲", "|丙"}},
		{"characters outside the BMP",
			unicodeDoc("𠀀字𝄞\r"),
			[]string{"|𠀀字𝄞"}},
		{"deleted text",
			testWord{pieces: []testPiece{{text: "保留删除保留\r"}}, deleted: [][2]int{{2, 4}}},
			[]string{"|保留保留"}},
		{"deleted paragraph mark joins the paragraphs",
			testWord{pieces: []testPiece{{text: "第一段\r第二段\r"}}, deleted: [][2]int{{3, 4}}},
			[]string{"|第一段第二段"}},
		{"deletions in several pieces, compressed among them",
			testWord{pieces: []testPiece{{text: "甲乙丙"}, {text: "abcd", compressed: true}, {text: "丁\r"}},
				deleted: [][2]int{{1, 2}, {4, 6}, {7, 8}}},
			[]string{"|甲丙ad"}},
		{"a whole deleted field",
			testWord{pieces: []testPiece{{text: "截至\x13 DATE \x142024\x15年底\r"}}, deleted: [][2]int{{2, 14}}},
			[]string{"|截至年底"}},
		{"a piece deleted through its Prc; other Prcs skipped",
			testWord{
				pieces: []testPiece{{text: "保留"}, {text: "删除", prm: 1<<1 | 1}, {text: "保留\r", prm: 0<<1 | 1}},
				prcs:   [][]byte{{0x3C, 0x08, 1, 0x01, 0x08, 1}, {0x35, 0x08, 1, 0x00, 0x08, 0x81}},
			},
			[]string{"|保留保留"}},
		{"sprmCFRMarkDel off, or as in the style",
			testWord{
				pieces: []testPiece{{text: "甲", prm: 0<<1 | 1}, {text: "乙\r", prm: 1<<1 | 1}},
				prcs:   [][]byte{{0x00, 0x08, 0}, {0x00, 0x08, 0x80}},
			},
			[]string{"|甲乙"}},
		{"the table stream named by fWhichTblStm",
			testWord{pieces: []testPiece{{text: "正文\r"}}, flags: fibWhichTblStm},
			[]string{"|正文"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := readWord(t, c.doc)
			checkParagraphs(t, "Paragraphs", doc.Paragraphs, c.want...)
			if len(doc.Extras) != 0 {
				t.Errorf("Extras = %v", doc.Extras)
			}
		})
	}
}

// Each story in its place: the body, then text boxes, footnotes and
// endnotes as extras; headers, macros and comments dropped.
func TestDOCStories(t *testing.T) {
	stories := []string{
		storyMain:            "正文\r第二段\r",
		storyFootnotes:       "\x02脚注一\r\x02脚注二\r",
		storyHeaders:         "页眉\r\r",
		storyMacros:          "宏\r",
		storyComments:        "\x05批注\r",
		storyEndnotes:        "\x02尾注\r",
		storyTextBoxes:       "文本框\r\r",
		storyHeaderTextBoxes: "页眉文本框\r",
	}
	w := unicodeDoc(stories...)
	for i, s := range stories {
		w.ccp[i] = len([]rune(s))
	}
	w.pieces = append(w.pieces, testPiece{text: "\r"}) // the final mark after the stories
	doc := readWord(t, w)
	checkParagraphs(t, "Paragraphs", doc.Paragraphs, "|正文", "|第二段")
	checkParagraphs(t, "Extras", doc.Extras,
		"textbox: |文本框", "footnote: |脚注一", "footnote: |脚注二", "endnote: |尾注")
}

// A story that ends without a mark still ends its last paragraph, and one
// that ends inside a field does not hide the next story.
func TestDOCStoryBounds(t *testing.T) {
	w := unicodeDoc("正文\x13 REF", "脚注")
	w.ccp[storyMain] = 7
	w.ccp[storyFootnotes] = 2
	doc := readWord(t, w)
	checkParagraphs(t, "Paragraphs", doc.Paragraphs, "|正文")
	checkParagraphs(t, "Extras", doc.Extras, "footnote: |脚注")

	// The main story claims more text than the pieces hold.
	w = unicodeDoc("正文")
	w.ccp[storyMain] = 1000
	doc = readWord(t, w)
	checkParagraphs(t, "Paragraphs", doc.Paragraphs, "|正文")
}

// Paragraph styles and properties: headings from the built-in style or its
// name, outline levels, table paragraphs.
func TestDOCParagraphProps(t *testing.T) {
	styles := []testStyle{{0, "Normal"}, {1, "heading 1"}, {}, {0x0FFE, "标题 3"}, {0x0FFE, "报告正文"}, {2, "标题 2"}}
	cases := []struct {
		name string
		para testPara
		want lint.Paragraph
	}{
		{"built-in heading", testPara{istd: 1}, lint.Paragraph{Level: 1, Style: "heading 1"}},
		{"built-in heading with a Chinese name", testPara{istd: 5, long: true}, lint.Paragraph{Level: 2, Style: "标题 2"}},
		{"user style named as a heading", testPara{istd: 3}, lint.Paragraph{Level: 3, Style: "标题 3"}},
		{"user style", testPara{istd: 4, long: true}, lint.Paragraph{Style: "报告正文"}},
		{"unused istd", testPara{istd: 2}, lint.Paragraph{}},
		{"istd past the style sheet", testPara{istd: 40}, lint.Paragraph{}},
		{"outline level on the paragraph", testPara{istd: 4, grpprl: []byte{0x40, 0x26, 1}}, lint.Paragraph{Level: 2, Style: "报告正文"}},
		{"body-text outline level on a heading", testPara{istd: 1, grpprl: []byte{0x40, 0x26, 9}}, lint.Paragraph{Style: "heading 1"}},
		{"in a table", testPara{istd: 0, grpprl: []byte{0x03, 0x24, 0, 0x16, 0x24, 1}, long: true}, lint.Paragraph{Style: "Normal", InTable: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			para := c.para
			doc := readWord(t, testWord{pieces: []testPiece{{text: "一、总体情况\r"}}, para: &para, styles: styles})
			want := c.want
			want.Text, want.Line = "一、总体情况", 1
			if len(doc.Paragraphs) != 1 || doc.Paragraphs[0] != want {
				t.Errorf("Paragraphs = %#v, want %#v", doc.Paragraphs, want)
			}
		})
	}
}

// fcLcbAt is the offset in the test FIB of FibRgFcLcb entry i.
func fcLcbAt(i int) int { return fibBaseSize + 2 + 28 + 2 + 4*testFibRgLwLen + 2 + 8*i }

// withStreams builds w and lets edit change its streams.
func withStreams(t *testing.T, w testWord, edit func(word, table []byte) ([]byte, []byte)) []byte {
	word, table := w.build()
	word, table = edit(word, table)
	return buildOLE(t, oleStream{streamWordDocument, word}, oleStream{streamTable0, table})
}

func TestDOCBroken(t *testing.T) {
	plain := unicodeDoc("正文\r")
	clxOf := func(word []byte) int { return int(binary.LittleEndian.Uint32(word[fcLcbAt(fcClx):])) }
	// withStreams names the table stream 0Table whatever the FIB says.
	noTable := withStreams(t, testWord{pieces: plain.pieces, flags: fibWhichTblStm}, func(word, table []byte) ([]byte, []byte) {
		return word, table
	})
	cases := []struct {
		name           string
		data           []byte
		reason, detail string
	}{
		{"not a compound file after the signature", append(append([]byte{}, oleMagic...), "这不是复合文档"...),
			ReasonNotDOC, "复合文档结构已损坏"},
		{"fEncrypted", testWord{pieces: plain.pieces, flags: fibEncrypted}.file(t), ReasonEncrypted, "打开密码"},
		{"fObfuscated", testWord{pieces: plain.pieces, flags: fibObfuscated}.file(t), ReasonEncrypted, "打开密码"},
		{"Word 95", testWord{pieces: plain.pieces, nFib: 0x0068}.file(t), ReasonUnsupported, "Word 6.0/95"},
		{"encrypted OOXML", buildOLE(t, oleStream{"EncryptionInfo", []byte{4, 0, 4, 0}}, oleStream{"EncryptedPackage", []byte("密文")}),
			ReasonEncrypted, "密码"},
		{"Microsoft Works", buildOLE(t, oleStream{"CONTENTS", []byte("works")}, oleStream{"SPELLING", nil}),
			ReasonUnsupported, "Microsoft Works 文档，请用 Word 或 WPS 打开后另存为 .docx"},
		{"Microsoft Works 4", buildOLE(t, oleStream{"MN0", []byte("works")}), ReasonUnsupported, "Microsoft Works"},
		{"Excel", buildOLE(t, oleStream{"Workbook", []byte("xls")}), ReasonUnsupported, "Excel"},
		{"PowerPoint", buildOLE(t, oleStream{"PowerPoint Document", []byte("ppt")}), ReasonUnsupported, "PowerPoint"},
		{"some other compound file", buildOLE(t, oleStream{"Data", []byte("?")}), ReasonUnsupported, "没有 WordDocument 流"},
		{"an empty compound file", buildOLE(t), ReasonUnsupported, "没有 WordDocument 流"},
		{"1Table named but missing", noTable, ReasonNotDOC, "缺少 1Table 流"},
		{"Word 6.0", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint16(word, fibIdent6)
			binary.LittleEndian.PutUint16(word[2:], 0x0065)
			return word, table
		}), ReasonUnsupported, "Word 6.0/95"},
		{"wrong identifier", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			word[0] = 0
			return word, table
		}), ReasonNotDOC, "标识不符"},
		{"short FibRgLw", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint16(word[fibBaseSize+2+28:], 10)
			return word, table
		}), ReasonNotDOC, "FIB 不完整"},
		{"short FibRgFcLcb", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint16(word[fcLcbAt(0)-2:], fcClx)
			return word, table
		}), ReasonNotDOC, "FIB 不完整"},
		{"FibRgFcLcb past the stream", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint16(word[fcLcbAt(0)-2:], 0xFFFF)
			return word, table
		}), ReasonNotDOC, "FIB 不完整"},
		{"negative text length", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint32(word[fibBaseSize+2+28+2+4*fibLwCcpText:], 0x80000000)
			return word, table
		}), ReasonNotDOC, "文本长度无效"},
		{"Clx past the table stream", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint32(word[fcLcbAt(fcClx):], 0xFFFFFFF0)
			return word, table
		}), ReasonNotDOC, "文本片段表超出 0Table 流"},
		{"no piece table", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint32(word[fcLcbAt(fcClx)+4:], 0)
			return word, table
		}), ReasonNotDOC, "缺少文本片段表"},
		{"unknown Clx entry", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			table[clxOf(word)] = 7
			return word, table
		}), ReasonNotDOC, "缺少文本片段表"},
		{"Prc longer than the Clx", withStreams(t, testWord{pieces: plain.pieces, prcs: [][]byte{{0, 8, 1}}}, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint16(table[clxOf(word)+1:], 0x7000)
			return word, table
		}), ReasonNotDOC, "文本片段表格式错误"},
		{"PlcPcd of a bad size", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint32(table[clxOf(word)+1:], 17)
			return word, table
		}), ReasonNotDOC, "文本片段表格式错误"},
		{"positions out of order", withStreams(t, unicodeDoc("甲", "乙\r"), func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint32(table[clxOf(word)+5+4:], 9)
			return word, table
		}), ReasonNotDOC, "字符位置无序"},
		{"first position not 0", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint32(table[clxOf(word)+5:], 1)
			return word, table
		}), ReasonNotDOC, "字符位置无序"},
		{"piece past the WordDocument stream", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint32(table[clxOf(word)+5+8+2:], 0x3FFFFF00)
			return word, table
		}), ReasonNotDOC, "文本片段超出 WordDocument 流"},
		{"character FKP past the WordDocument stream", withStreams(t, testWord{pieces: plain.pieces, deleted: [][2]int{{0, 1}}}, func(word, table []byte) ([]byte, []byte) {
			fc := int(binary.LittleEndian.Uint32(word[fcLcbAt(fcPlcfBteChpx):]))
			binary.LittleEndian.PutUint32(table[fc+8:], 0x3FFFFF)
			return word, table
		}), ReasonNotDOC, "字符格式表超出文档流"},
		{"PlcBteChpx of a bad size", withStreams(t, plain, func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint32(word[fcLcbAt(fcPlcfBteChpx)+4:], 5)
			return word, table
		}), ReasonNotDOC, "字符格式表超出文档流"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Bytes("报告.doc", c.data, Options{})
			if doc != nil {
				t.Errorf("got a document with %d paragraphs, want none", len(doc.Paragraphs))
			}
			wantDOCError(t, err, c.reason, c.detail)
		})
	}
}

// Damaged paragraph properties and style sheets are ignored: they only add
// headings and table marks to text that is read anyway.
func TestDOCDamagedProperties(t *testing.T) {
	for _, lcb := range []uint32{5, 0xFFFFFF} {
		data := withStreams(t, unicodeDoc("正文\r"), func(word, table []byte) ([]byte, []byte) {
			binary.LittleEndian.PutUint32(word[fcLcbAt(fcPlcfBtePapx)+4:], lcb)
			binary.LittleEndian.PutUint32(word[fcLcbAt(fcStshf)+4:], lcb)
			return word, table
		})
		doc, err := Bytes("报告.doc", data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkParagraphs(t, "Paragraphs", doc.Paragraphs, "|正文")
	}
}

func TestDOCLimits(t *testing.T) {
	long := unicodeDoc(strings.Repeat("长", 600) + "\r")
	many := unicodeDoc(strings.Repeat("段\r", 6))
	deep := unicodeDoc(strings.Repeat("\x13", 9) + strings.Repeat("\x14深\x15", 9) + "\r")
	small := Limits{MaxTotalBytes: 1000, MaxParagraphs: 5, MaxDepth: 8}
	cases := []struct {
		name           string
		doc            testWord
		reason, detail string
	}{
		{"text over the limit", long, ReasonTooLarge, "正文超过 1000 字节"},
		{"too many paragraphs", many, ReasonTooComplex, "段落数超过 5"},
		{"fields nested too deep", deep, ReasonTooComplex, "域嵌套超过 8 层"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := c.doc.file(t)
			doc, err := Bytes("报告.doc", data, Options{Limits: small})
			if doc != nil {
				t.Errorf("got a document, want an error")
			}
			wantDOCError(t, err, c.reason, c.detail)
			if _, err := Bytes("报告.doc", data, Options{}); err != nil {
				t.Errorf("default limits: %v", err)
			}
		})
	}
}

func TestEachSprm(t *testing.T) {
	grpprl := []byte{
		0x00, 0x08, 1, // sprmCFRMarkDel: 1 byte
		0x16, 0x24, 1, // sprmPFInTable: 1 byte
		0x0F, 0x4A, 0x18, 0x00, // spra 2: 2 bytes
		0x0A, 0x64, 1, 2, 3, 4, // spra 3: 4 bytes
		0x00, 0xF0, 1, 2, 3, // spra 7: 3 bytes
		0x00, 0xC6, 2, 9, 9, // spra 6: a size byte
		0x08, 0xD6, 3, 0, 7, 7, // sprmTDefTable: 2-byte size, plus 1
		0x15, 0xC6, 255, 1, // sprmPChgTabs of computed size: stop
		0x00, 0x08, 1,
	}
	var got []uint16
	var ops []int
	eachSprm(grpprl, func(sprm uint16, op []byte) {
		got = append(got, sprm)
		ops = append(ops, len(op))
	})
	want := []uint16{0x0800, 0x2416, 0x4A0F, 0x640A, 0xF000, 0xC600, 0xD608}
	wantOps := []int{1, 1, 2, 4, 3, 3, 4}
	if len(got) != len(want) {
		t.Fatalf("sprms %x, want %x", got, want)
	}
	for i := range want {
		if got[i] != want[i] || ops[i] != wantOps[i] {
			t.Errorf("sprm %d = %#x with %d bytes, want %#x with %d", i, got[i], ops[i], want[i], wantOps[i])
		}
	}
	// An operand past the end stops the walk.
	n := 0
	eachSprm([]byte{0x16, 0x24, 1, 0x0A, 0x64, 1}, func(uint16, []byte) { n++ })
	if n != 1 {
		t.Errorf("%d sprms, want 1", n)
	}
}
