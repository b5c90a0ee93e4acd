package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"shuzhi/checks"
	"shuzhi/config"
)

// TestInitWritesAConfigThatLoadsBack checks that every profile's template
// is a valid config giving back exactly that profile.
func TestInitWritesAConfigThatLoadsBack(t *testing.T) {
	cat, err := config.New(checks.All)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range cat.Profiles() {
		dir := t.TempDir()
		code, out, errOut := shuzhi(t, "init", "--profile", p.Name, dir)
		if code != 0 || !strings.Contains(out, config.FileName) {
			t.Fatalf("%s: exit %d: %s", p.Name, code, errOut)
		}
		path := filepath.Join(dir, config.FileName)
		cfg, err := cat.Load(path)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		got, err := cfg.Apply("")
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != p.Name || !reflect.DeepEqual(got.Values, p.Values) {
			t.Errorf("%s: the template gives %v, want %v", p.Name, got.Values, p.Values)
		}
		for _, c := range checks.All {
			if got.Level(c) != p.Level(c) {
				t.Errorf("%s: the template sets %s to %s, want %s", p.Name, c.ID, got.Level(c), p.Level(c))
			}
		}
		data, _ := os.ReadFile(path)
		for _, c := range checks.All {
			for _, prm := range c.Params {
				if !strings.Contains(string(data), "    "+prm.Key+": ") {
					t.Errorf("%s: the template lacks %s.%s", p.Name, c.ID, prm.Key)
				}
			}
		}
		if code, _, _ := shuzhi(t, "init", dir); code != 2 {
			t.Errorf("init over an existing file: exit %d, want 2", code)
		}
		if code, _, _ := shuzhi(t, "init", "--force", dir); code != 0 {
			t.Errorf("init --force: exit %d", code)
		}
	}
	if _, err := os.Stat(config.FileName); err == nil {
		t.Error("init wrote into the package folder")
	}
}
