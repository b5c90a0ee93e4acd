package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHelperProcess runs shuzhi with the arguments in SHUZHI_ARGS when the
// test binary is started again by a test that needs a fresh process.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("SHUZHI_HELPER") != "1" {
		return
	}
	os.Exit(run(strings.Split(os.Getenv("SHUZHI_ARGS"), "\x1f"), os.Stdout, os.Stderr))
}

// TestNoWritableCacheStops: without a writable cache or temporary folder
// the dictionaries cannot be loaded, and shuzhi stops with a Chinese
// message and exit 2 instead of judging with another segmentation.
func TestNoWritableCacheStops(t *testing.T) {
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "SHUZHI_HELPER=1", "SHUZHI_ARGS=check\x1f"+goodReport,
		"XDG_CACHE_HOME="+filepath.Join(notDir, "cache"), "HOME="+notDir, "TMPDIR="+notDir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.Contains(stderr.String(), "无法写入分词词典") {
		t.Fatalf("err %v, stderr %s", err, stderr.String())
	}
}
