package read

import (
	"errors"
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
