package review

import (
	"strings"
	"testing"
)

// TestPairingByAuthor: last year's report is found by the author or unit
// in its name, whatever years, dates, drafts and digits; a report with no
// counterpart, or with two, gets a note, never a guess.
func TestPairingByAuthor(t *testing.T) {
	docs := []string{"上年/2024年张三述职报告.docx", "上年/李四（2024年度）.txt", "上年/王五述职报告v2.docx", "上年/王五述职报告-定稿.doc", "上年/青石村党支部2024.txt"}
	for path, want := range map[string]string{
		"本年/2025年张三述职报告（终稿）.docx":   "上年/2024年张三述职报告.docx",
		"本年/李四述职报告_2025-12-20.docx": "上年/李四（2024年度）.txt",
		"本年/青石村党支部2025年度述职报告.docx":  "上年/青石村党支部2024.txt",
	} {
		if got, note := pairIn(path, docs); got != want {
			t.Errorf("%s paired with %q (%s), want %q", path, got, note, want)
		}
	}
	if got, note := pairIn("本年/赵六述职报告.docx", docs); got != "" || !strings.Contains(note, "没有与本报告对应") {
		t.Errorf("no counterpart: %q, %q", got, note)
	}
	if got, note := pairIn("本年/2025王五述职报告.docx", docs); got != "" || !strings.Contains(note, "无法确定") {
		t.Errorf("two counterparts: %q, %q", got, note)
	}
}
