package main

import (
	"path/filepath"
	"testing"

	"github.com/xeipuuv/gojsonschema"
)

// TestJSONMatchesTheSchema: the JSON of real runs (good, revise and
// rewrite reports, a .docx and a .doc, an unreadable file, a folder with
// skipped files) is valid against docs/shuzhi.schema.json.
func TestJSONMatchesTheSchema(t *testing.T) {
	abs, _ := filepath.Abs("../../docs/shuzhi.schema.json")
	schema, err := gojsonschema.NewSchema(gojsonschema.NewReferenceLoader("file://" + filepath.ToSlash(abs)))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	copyFile(t, goodReport, filepath.Join(dir, "a.txt"))
	copyFile(t, "../../README.md", filepath.Join(dir, "b.md"))
	for _, args := range [][]string{
		{goodReport, badReport, worseReport},
		{"../../testdata/docx/a09-yiyuan-vague.docx", "../../testdata/doc/a01-cun-headed.doc", "missing.txt"},
		{"--profile", "three-part", "../../testdata/reports/c01-nongchang-sanheyi.txt"},
		{dir},
		{"--since", badReport, goodReport},
	} {
		_, out, _ := shuzhi(t, append([]string{"check", "--format", "json"}, args...)...)
		res, err := schema.Validate(gojsonschema.NewStringLoader(out))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Errors() {
			t.Errorf("%v: %s", args, e)
		}
	}
	// The schema is strict enough to catch a wrong verdict or a missing key.
	for _, bad := range []string{
		`{"version":1,"files":[],"skipped":[],"summary":{"files":0,"通过":0,"修改":0,"重写":0,"unreadable":0}}`,
		`{"version":2,"files":[],"skipped":[],"summary":{"files":0,"通过":0,"修改":0,"重写":0,"unreadable":0,"skipped":0}}`,
	} {
		if res, err := schema.Validate(gojsonschema.NewStringLoader(bad)); err != nil || res.Valid() {
			t.Errorf("the schema accepts %s", bad)
		}
	}
}
