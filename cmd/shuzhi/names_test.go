package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBracketedNameIsTakenLiterally: 张三[终稿].docx names a file, not a
// pattern.
func TestBracketedNameIsTakenLiterally(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(goodReport)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "张三[终稿].txt")
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := shuzhi(t, "check", name); code != 0 || !strings.Contains(out, "张三[终稿].txt  通过") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
}
