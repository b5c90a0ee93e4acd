//go:build unix

package read

import (
	"errors"
	"path/filepath"
	"syscall"
	"testing"
)

// TestFIFOIsRefusedWithoutBlocking: a named pipe is not read (opening it
// would block until someone writes) but refused as 不是普通文件.
func TestFIFOIsRefusedWithoutBlocking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "报告.txt")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("cannot make a FIFO here:", err)
	}
	_, err := File(path, Options{})
	var re *Error
	if !errors.As(err, &re) || re.Reason != ReasonNotRegular {
		t.Fatalf("err = %v", err)
	}
}
