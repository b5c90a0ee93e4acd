//go:build unix

package seg

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestFIFOInTheCacheIsReplaced: a FIFO planted where a dictionary file
// belongs is replaced by the file, never read (reading would block).
func TestFIFOInTheCacheIsReplaced(t *testing.T) {
	files, err := dictContents()
	if err != nil {
		t.Fatal(err)
	}
	setCacheHome(t, t.TempDir())
	t.Setenv("TMPDIR", t.TempDir())
	paths, err := writeDictFiles(files)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(paths[0]); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(paths[0], 0o600); err != nil {
		t.Skip("cannot make a FIFO here:", err)
	}
	again, err := writeDictFiles(files)
	if err != nil || again != paths {
		t.Fatalf("rewrite: %v, %v", again, err)
	}
	if st, err := os.Lstat(paths[0]); err != nil || !st.Mode().IsRegular() {
		t.Fatalf("%s is still not a regular file: %v %v", filepath.Base(paths[0]), st.Mode(), err)
	}
}
