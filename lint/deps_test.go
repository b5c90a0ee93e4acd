package lint_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestModelIsALeaf checks the layering of DESIGN.md: the model imports
// only the standard library and the leaves count and match (which import
// only the standard library), and no package that the reader,
// the outline or the renderers depend on pulls in the segmenter (cgo) or
// YAML.
func TestModelIsALeaf(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found: cannot list dependencies")
	}
	leaves := map[string]bool{"shuzhi/lint/count": true, "shuzhi/lint/match": true}
	for _, pkg := range []string{".", "./count", "./match"} {
		out, err := exec.Command("go", "list", "-f", "{{join .Imports \"\\n\"}}", pkg).Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range strings.Fields(string(out)) {
			if strings.Contains(imp, ".") || strings.HasPrefix(imp, "shuzhi/") && (pkg != "." || !leaves[imp]) {
				t.Errorf("package %s imports %s; the model may import only the standard library, lint/count and lint/match, and they only the standard library", pkg, imp)
			}
		}
	}
	for _, pkg := range []string{".", "./read", "./outline", "./render", "./similar", "./hans"} {
		out, err := exec.Command("go", "list", "-deps", pkg).Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, dep := range strings.Fields(string(out)) {
			if strings.Contains(dep, "gojieba") || strings.Contains(dep, "shuzhi/lint/seg") || strings.Contains(dep, "yaml") {
				t.Errorf("%s depends on %s", pkg, dep)
			}
		}
	}
}
