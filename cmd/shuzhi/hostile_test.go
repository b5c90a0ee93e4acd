package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMixedFolder checks a folder of good, broken and unsupported files:
// each broken one is reported by name with its cause, the rest are
// checked, and the exit code is 2.
func TestMixedFolder(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, goodReport, filepath.Join(dir, "01-good.txt"))
	copyFile(t, "../../testdata/docx/a05-xiangzhen-headed.docx", filepath.Join(dir, "02-good.docx"))
	docx, err := os.ReadFile("../../testdata/docx/a01-cun-headed.docx")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../../lint/read/testdata/doc/lo-features.doc")
	if err != nil {
		t.Fatal(err)
	}
	broken := map[string][]byte{
		"08-password.doc":   withOpenPassword(t, doc),
		"09-truncated.doc":  doc[:1500],
		"03-truncated.docx": docx[:len(docx)/2],
		"04-garbage.docx":   []byte("PK\x03\x04 this is not a zip archive"),
		"05-scan.pdf.docx":  []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"),
		"06-empty.txt":      {},
		"07-binary.txt":     {0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x9f, 0x88, 0x00, 0x00, 0x13},
	}
	want := map[string]string{
		"03-truncated.docx": "不是有效的 docx 文件",
		"04-garbage.docx":   "不是有效的 docx 文件",
		"05-scan.pdf.docx":  "不支持的格式",
		"06-empty.txt":      "空文档",
		"07-binary.txt":     "无法识别编码",
		"08-password.doc":   "文件已加密",
		"09-truncated.doc":  "不是有效的 Word 97-2003 文档",
	}
	for name, data := range broken {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, _ := shuzhi(t, "check", "--format", "json", dir)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	var run struct {
		Files []struct{ Path, Verdict, Error string }
	}
	if err := json.Unmarshal([]byte(out), &run); err != nil {
		t.Fatal(err)
	}
	if len(run.Files) != 2+len(broken) {
		t.Fatalf("%d files reported, want %d", len(run.Files), 2+len(broken))
	}
	for _, f := range run.Files {
		name := filepath.Base(f.Path)
		if cause, bad := want[name]; bad {
			if !strings.Contains(f.Error, name) || !strings.Contains(f.Error, cause) || f.Verdict != "" {
				t.Errorf("%s: error %q, verdict %q; want the file name and %q", name, f.Error, f.Verdict, cause)
			}
		} else if f.Error != "" || f.Verdict == "" {
			t.Errorf("%s was not checked: %q", name, f.Error)
		}
	}
}

// withOpenPassword sets the FIB's fEncrypted flag of a Word 97 file, as
// Word does when a document has an opening password.
func withOpenPassword(t *testing.T, doc []byte) []byte {
	t.Helper()
	out := append([]byte(nil), doc...)
	for off := 512; off+12 <= len(out); off += 512 {
		if out[off] == 0xEC && out[off+1] == 0xA5 { // wIdent of the FIB
			out[off+11] |= 0x01
			return out
		}
	}
	t.Fatal("no FIB in the fixture")
	return nil
}
