package read

import (
	"archive/zip"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestParagraphTooLong: a paragraph longer than any report's is refused
// with its number and length, not reviewed at a cost without bound.
func TestParagraphTooLong(t *testing.T) {
	line := strings.Repeat("我主持召开支委会24次。", 9100) // 109200 runes
	_, err := Bytes("一行.txt", []byte("标题\n"+line+"\n"), Options{})
	var re *Error
	if !errors.As(err, &re) || re.Reason != ReasonParagraph || !strings.Contains(err.Error(), "第2段有109200字") {
		t.Fatalf("err = %v", err)
	}
	if _, err := Bytes("短.txt", []byte("标题\n"+strings.Repeat("我主持召开支委会24次。", 4550)+"\n"), Options{}); err != nil {
		t.Fatalf("a paragraph under the limit: %v", err)
	}
}

// TestDOCXParagraphBomb: a small .docx whose one paragraph decompresses to
// hundreds of thousands of characters is refused as 段落过长, in bounded
// work.
func TestDOCXParagraphBomb(t *testing.T) {
	body := `<w:p><w:r><w:t>` + strings.Repeat("党建", 150000) + `</w:t></w:r></w:p>`
	data := deflate(t, docxWith(t, body))
	if len(data) > 64<<10 {
		t.Fatalf("the bomb is %d bytes, want a small file", len(data))
	}
	_, err := Bytes("炸弹.docx", data, Options{})
	var re *Error
	if !errors.As(err, &re) || re.Reason != ReasonParagraph {
		t.Fatalf("err = %v", err)
	}
}

// deflate rewrites a zip with every entry deflated.
func deflate(t *testing.T, data []byte) []byte {
	return rewriteZip(t, data, func(zw *zip.Writer, f *zip.File) error {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		defer rc.Close()
		w, err := zw.Create(f.Name)
		if err != nil {
			return err
		}
		_, err = io.Copy(w, rc)
		return err
	})
}
