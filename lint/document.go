// Package lint holds shuzhi's model of a 述职报告 and the engine that runs
// checks over it: Document and Paragraph (what a reader produces), Section,
// Role and Theme (what the outline finds), Finding, Severity and Verdict
// (what checks report), Check and Param (a rule and the thresholds it
// declares), Profile and Lexicons (the values and phrase lists in force),
// and Pass and Run (how checks are applied, with the facts every check of a
// document shares computed once).
//
// lint is a leaf: it imports only the standard library and lint/count. It
// never imports the checks (the driver, package review, hands them to Run,
// as a multichecker hands its analyzers), nor the segmenter (Run takes a
// Segmenter), nor YAML (package config makes the Profiles).
package lint

// Document is a report as read from a file: its body paragraphs in reading
// order, plus the text kept apart from the body (text boxes, footnotes).
type Document struct {
	// Path is the file the document was read from ("-" for stdin).
	Path string
	// Format names the reader that produced it: "txt", "docx" or "doc".
	Format string
	// Paragraphs is the main text, tables included, in reading order.
	// Empty paragraphs are dropped, as Word's paragraph count drops them.
	Paragraphs []Paragraph
	// Notes say, in Chinese, what the reader changed to read the file
	// (control characters removed …); they are shown with the result.
	Notes []string
	// Extras holds text that Word does not count with the body: text boxes
	// and footnotes. It is reported separately, never judged.
	Extras []Paragraph
	// Comments are the Word comments (批注) anchored in the body, where a
	// reviewer may accept a finding (shuzhi:忽略 rule 理由).
	Comments []Comment
}

// Comment is a Word comment and the stretch of body text it is anchored
// on: from rune Start of paragraph Para to rune End of paragraph EndPara.
type Comment struct {
	Text                      string
	Para, Start, EndPara, End int
}

// Paragraph is one non-empty paragraph of a document.
type Paragraph struct {
	// Text is the paragraph's text as read, without an automatic list
	// label. Tabs are kept; line breaks inside the paragraph are "\n".
	Text string
	// Label is the automatic list label Word would display before the text
	// (for example "一、" rebuilt from numbering.xml). It is shown to the
	// user but, as in Word, never counted in 字数.
	Label string
	// Line is the 1-based line of the source where the paragraph starts:
	// the file's own line for .txt, the paragraph's ordinal for documents
	// that have no lines of their own.
	Line int
	// Level is the outline level from the document's styles (1 for
	// Heading 1 …), or 0 when the paragraph is not a styled heading.
	Level int
	// Style is the display name of the paragraph style, if any.
	Style string
	// InTable reports whether the paragraph sits in a table cell.
	InTable bool
	// Emphasis reports whether the paragraph is all bold or centred, as
	// the headings of a document written without heading styles are.
	Emphasis bool
	// Kind says where a paragraph of Document.Extras comes from
	// ("textbox", "footnote"); it is empty for body paragraphs.
	Kind string
}
