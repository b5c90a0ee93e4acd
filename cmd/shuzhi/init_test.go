package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"shuzhi/checks"
	"shuzhi/lint"
)

// TestInitWritesAConfigThatLoadsBack checks that every profile's template
// is a valid config giving back exactly that profile.
func TestInitWritesAConfigThatLoadsBack(t *testing.T) {
	for _, p := range lint.Profiles() {
		dir := t.TempDir()
		code, out, errOut := shuzhi(t, "init", "--profile", p.Name, dir)
		if code != 0 || !strings.Contains(out, lint.ConfigName) {
			t.Fatalf("%s: exit %d: %s", p.Name, code, errOut)
		}
		path := filepath.Join(dir, lint.ConfigName)
		cfg, err := lint.LoadConfig(path, checks.IDs())
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		got, err := cfg.Apply("")
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []*lint.Profile{got, p} {
			q.Rules, q.Lexicon = nil, nil
			if len(q.Themes) == 0 {
				q.Themes = nil
			}
		}
		if !reflect.DeepEqual(got, p) {
			t.Errorf("%s: the template gives %+v, want %+v", p.Name, got, p)
		}
		if code, _, _ := shuzhi(t, "init", dir); code != 2 {
			t.Errorf("init over an existing file: exit %d, want 2", code)
		}
		if code, _, _ := shuzhi(t, "init", "--force", dir); code != 0 {
			t.Errorf("init --force: exit %d", code)
		}
	}
	if _, err := os.Stat(lint.ConfigName); err == nil {
		t.Error("init wrote into the package folder")
	}
}
