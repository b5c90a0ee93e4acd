//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFIFOsInABatch: a FIFO named on the command line or met in a folder
// is reported as 不是普通文件 and the other files are still checked; a
// FIFO in a --reference folder is refused with a message, never waited on.
func TestFIFOsInABatch(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(goodReport)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "b.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("cannot make a FIFO here:", err)
	}
	for _, args := range [][]string{{"check", dir}, {"check", filepath.Join(dir, "a.txt"), fifo}} {
		code, out, errOut := shuzhi(t, args...)
		if code != 2 || !strings.Contains(out+errOut, "不是普通文件") || !strings.Contains(out, "a.txt  通过") {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, errOut)
		}
	}
	code, out, errOut := shuzhi(t, "check", "--reference", dir, goodReport)
	if code != 2 || !strings.Contains(out+errOut, "不是普通文件") {
		t.Errorf("--reference with a FIFO: exit %d\n%s%s", code, out, errOut)
	}
}
