package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHook installs the hook of .pre-commit-hooks.yaml with
// pre-commit (Debian's package) in a temporary repository, from this
// repository's HEAD: the commit of a report that needs 修改 fails, and two
// copies staged together are found as copies of each other (the hook runs
// all staged reports at once).
func TestPreCommitHook(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pre-commit is missing in CI; .ci/run installs it")
		}
		t.Skip("pre-commit is not installed: apt-get install pre-commit")
	}
	if testing.Short() {
		t.Skip("builds shuzhi through pre-commit (about 20 s)")
	}
	root, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skip("not in a git checkout")
	}
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	run := func(name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(dir, ".cache"), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@t")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := run("git", "init", "-q"); err != nil {
		t.Fatal(out)
	}
	config := "repos:\n  - repo: " + strings.TrimSpace(string(root)) + "\n    rev: " + strings.TrimSpace(string(head)) +
		"\n    hooks:\n      - id: shuzhi\n        files: ^reports/\n"
	if err := os.WriteFile(filepath.Join(dir, ".pre-commit-config.yaml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "reports"), 0o755)
	copyFile(t, goodReport, filepath.Join(dir, "reports", "一支部.txt"))
	copyFile(t, goodReport, filepath.Join(dir, "reports", "二支部.txt"))
	copyFile(t, badReport, filepath.Join(dir, "reports", "三支部.txt"))
	if out, err := run("git", "add", "-A"); err != nil {
		t.Fatal(out)
	}
	out, err := run("pre-commit", "run", "--all-files")
	if err == nil {
		t.Fatalf("the hook passed a commit with reports to revise:\n%s", out)
	}
	for _, want := range []string{"三支部.txt  修改", "照抄照搬", "一支部.txt", "二支部.txt"} {
		if !strings.Contains(out, want) {
			t.Errorf("hook output lacks %q:\n%s", want, out)
		}
	}
}
