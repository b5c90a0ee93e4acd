package annotate

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"shuzhi/internal/ziptest"
	"shuzhi/lint"
	"shuzhi/lint/read"
)

// corpusDOCX lists the .docx files of the test corpus and the reader's
// fixtures: pandoc's, LibreOffice's, Word's, with tables, lists, tracked
// changes, fields, text boxes and notes.
func corpusDOCX(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"../../testdata/*/*.docx", "../../testdata/*/*/*.docx", "../read/testdata/*.docx"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) < 50 {
		t.Fatalf("only %d .docx fixtures found", len(files))
	}
	return files
}

// randomComments anchors comments on random stretches of random
// paragraphs, some inside one run, some across runs, some empty.
func randomComments(doc *lint.Document, rng *rand.Rand) []Comment {
	var out []Comment
	for k := 0; k < 12 && len(doc.Paragraphs) > 0; k++ {
		i := rng.Intn(len(doc.Paragraphs))
		n := utf8.RuneCountInString(doc.Paragraphs[i].Text)
		a, b := rng.Intn(n+1), rng.Intn(n+1)
		if a > b {
			a, b = b, a
		}
		out = append(out, Comment{Para: i, Start: a, End: b, Lines: []string{fmt.Sprintf("意见%d <&>", k), "建议：改"}})
	}
	return out
}

// TestAnnotatedCopiesReadTheSame: on every fixture, with comments on
// random stretches, the annotated copy reads back to the same paragraphs,
// its XML is well-formed, each comment is anchored once with its start
// before its end, the parts it does not change are byte for byte the
// same, and annotating again replaces shuzhi's comments instead of adding
// to them.
func TestAnnotatedCopiesReadTheSame(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, f := range corpusDOCX(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := read.Bytes(f, data, read.Options{})
		if err != nil {
			continue // the reader's fixtures of broken files
		}
		comments := randomComments(doc, rng)
		out, err := DOCX(f, data, comments)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		checkSameText(t, f, doc, out)
		checkPackage(t, f, data, out, len(comments))
		again, err := DOCX(f, out, comments[:3])
		if err != nil {
			t.Errorf("%s: annotating the copy: %v", f, err)
			continue
		}
		checkSameText(t, f, doc, again)
		checkPackage(t, f, data, again, 3)
	}
}

// checkSameText reads an annotated copy and compares its paragraphs.
func checkSameText(t *testing.T, name string, want *lint.Document, data []byte) {
	t.Helper()
	got, err := read.Bytes(name, data, read.Options{})
	if err != nil {
		t.Errorf("%s: the annotated copy does not read: %v", name, err)
		return
	}
	if len(got.Paragraphs) != len(want.Paragraphs) {
		t.Errorf("%s: %d paragraphs, want %d", name, len(got.Paragraphs), len(want.Paragraphs))
		return
	}
	for i := range got.Paragraphs {
		if g, w := got.Paragraphs[i], want.Paragraphs[i]; g.Text != w.Text || g.Label != w.Label || g.Level != w.Level {
			t.Errorf("%s: paragraph %d reads %q (%q, level %d), want %q (%q, level %d)", name, i, g.Text, g.Label, g.Level, w.Text, w.Label, w.Level)
			return
		}
	}
}

var idAttr = regexp.MustCompile(`<w:(commentRangeStart|commentRangeEnd|commentReference) w:id="(\d+)"`)

// checkPackage checks the parts of an annotated copy against the original.
func checkPackage(t *testing.T, name string, orig, data []byte, comments int) {
	t.Helper()
	parts := ziptest.Parts(t, data)
	before := ziptest.Parts(t, orig)
	changed := map[string]bool{"word/document.xml": true, "word/comments.xml": true, "[Content_Types].xml": true, "word/_rels/document.xml.rels": true}
	for n, b := range before {
		if !changed[n] && !bytes.Equal(b, parts[n]) {
			t.Errorf("%s: part %s changed", name, n)
		}
	}
	for n, b := range parts {
		if strings.HasSuffix(n, ".xml") || strings.HasSuffix(n, ".rels") {
			if err := wellFormed(b); err != nil {
				t.Errorf("%s: %s is not well-formed: %v", name, n, err)
			}
		}
	}
	ours := strings.Count(string(parts["word/comments.xml"]), `w:author="shuzhi"`)
	if ours != comments {
		t.Errorf("%s: %d shuzhi comments, want %d", name, ours, comments)
	}
	// Each comment of ours is marked once, start before end before reference.
	seen := map[string][]string{}
	for _, m := range idAttr.FindAllStringSubmatch(string(parts["word/document.xml"]), -1) {
		seen[m[2]] = append(seen[m[2]], m[1])
	}
	ids := regexp.MustCompile(`<w:comment w:id="(\d+)" w:author="shuzhi"`).FindAllStringSubmatch(string(parts["word/comments.xml"]), -1)
	for _, m := range ids {
		if got := strings.Join(seen[m[1]], ","); got != "commentRangeStart,commentRangeEnd,commentReference" {
			t.Errorf("%s: comment %s marked %q", name, m[1], got)
		}
	}
}

// wellFormed parses an XML part and checks that it has one root.
func wellFormed(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if roots != 1 {
				return fmt.Errorf("%d root elements", roots)
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
}

// TestOthersCommentsSurvive: a reviewer's own comments stay when shuzhi
// annotates again; only shuzhi's are replaced, and new ids do not clash.
func TestOthersCommentsSurvive(t *testing.T) {
	const f = "../../testdata/docx/a01-cun-headed.docx"
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := read.Bytes(f, data, read.Options{})
	if err != nil {
		t.Fatal(err)
	}
	once, err := DOCX(f, data, randomComments(doc, rand.New(rand.NewSource(2))))
	if err != nil {
		t.Fatal(err)
	}
	// A person's comment: the first comment re-signed by a reviewer.
	parts := ziptest.Parts(t, once)
	comments := strings.Replace(string(parts["word/comments.xml"]), `w:author="shuzhi"`, `w:author="王审核"`, 1)
	edited := rezip(t, once, "word/comments.xml", []byte(comments))
	again, err := DOCX(f, edited, randomComments(doc, rand.New(rand.NewSource(3))))
	if err != nil {
		t.Fatal(err)
	}
	out := ziptest.Parts(t, again)
	if !strings.Contains(string(out["word/comments.xml"]), `w:author="王审核"`) {
		t.Fatal("the reviewer's comment was removed")
	}
	ids := regexp.MustCompile(`<w:comment w:id="(\d+)"`).FindAllStringSubmatch(string(out["word/comments.xml"]), -1)
	seen := map[string]bool{}
	for _, m := range ids {
		if seen[m[1]] {
			t.Errorf("comment id %s used twice", m[1])
		}
		seen[m[1]] = true
	}
	if len(ids) != 13 {
		t.Errorf("%d comments, want the reviewer's 1 and shuzhi's 12", len(ids))
	}
	checkSameText(t, f, doc, again)
}

// rezip returns a copy of a zip package with one part replaced.
func rezip(t *testing.T, data []byte, name string, content []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == name {
			w.Write(content)
			continue
		}
		rc, _ := f.Open()
		io.Copy(w, rc)
		rc.Close()
	}
	zw.Close()
	return b.Bytes()
}
