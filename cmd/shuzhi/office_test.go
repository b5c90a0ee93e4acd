package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// soffice returns LibreOffice's command, or skips the test where it is
// absent; in CI (CI=true, where .ci/run installs it) it must be there.
func soffice(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("LibreOffice (soffice) is missing in CI; .ci/run installs libreoffice-writer-nogui and libreoffice-calc-nogui")
		}
		t.Skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
	}
	return path
}

// calc fails the test in CI, and skips it elsewhere, when LibreOffice has
// no Calc to read the workbook with (libreoffice-writer-nogui alone).
func calc(t *testing.T, soffice string) {
	t.Helper()
	real, err := filepath.EvalSymlinks(soffice)
	if err == nil {
		if _, err = os.Stat(filepath.Join(filepath.Dir(real), "libsclo.so")); err == nil {
			return
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("LibreOffice Calc is missing in CI; .ci/run installs libreoffice-calc-nogui")
	}
	t.Skip("LibreOffice Calc is not installed: apt-get install libreoffice-calc-nogui")
}

// convert has LibreOffice convert a file into dir, in its own profile.
func convert(t *testing.T, soffice, to, file, dir string) string {
	t.Helper()
	profile := "file://" + filepath.ToSlash(t.TempDir())
	cmd := exec.Command(soffice, "-env:UserInstallation="+profile, "--headless", "--convert-to", to, "--outdir", dir, file)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)) + "." + strings.SplitN(to, ":", 2)[0]
	return filepath.Join(dir, name)
}

// TestLibreOfficeReadsTheOutputs: LibreOffice opens an annotated copy of a
// .docx and of a .txt with every shuzhi comment and its range, and the
// workbook with its three sheets and rows.
func TestLibreOfficeReadsTheOutputs(t *testing.T) {
	office := soffice(t)
	dir := t.TempDir()
	copyFile(t, "../../testdata/docx/a14-weishengyuan-heavy.docx", filepath.Join(dir, "a14.docx"))
	copyFile(t, "../../testdata/reports/a09-yiyuan-vague.txt", filepath.Join(dir, "a09.txt"))
	out := filepath.Join(dir, "结果")
	if code, _, stderr := shuzhi(t, "annotate", "--output-dir", out, filepath.Join(dir, "a14.docx"), filepath.Join(dir, "a09.txt")); code != 0 {
		t.Fatalf("annotate: exit %d\n%s", code, stderr)
	}
	converted := t.TempDir()
	for _, name := range []string{"a14.审核.docx", "a09.审核.docx"} {
		path := filepath.Join(out, name) // absolute inputs go to the top of --output-dir
		want := countComments(t, mustRead(t, path))
		content := zipPart(t, convert(t, office, "odt", path, converted), "content.xml")
		starts := strings.Count(content, "<office:annotation ")
		ends := strings.Count(content, "<office:annotation-end ")
		creators := strings.Count(content, "<dc:creator>shuzhi</dc:creator>")
		if want == 0 || starts != want || creators != want || ends != want {
			t.Errorf("%s: LibreOffice read %d comments (%d by shuzhi, %d ranges), want %d", name, starts, creators, ends, want)
		}
	}
	calc(t, office)
	csv := convert(t, office, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`, filepath.Join(out, workbookName), converted)
	// With sheet -1, LibreOffice writes one file per sheet: 汇总-汇总.csv …
	for _, sheet := range []string{"汇总", "意见", "未审核"} {
		file := strings.TrimSuffix(csv, ".csv") + "-" + sheet + ".csv"
		b, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("sheet %s: %v", sheet, err)
			continue
		}
		if sheet == "汇总" && (!strings.Contains(string(b), "a14.docx") || !strings.Contains(string(b), "a09.txt")) {
			t.Errorf("汇总 as LibreOffice reads it:\n%s", b)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// zipPart returns one part of a zip file as text.
func zipPart(t *testing.T, path, name string) string {
	t.Helper()
	data := mustRead(t, path)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatalf("%s has no %s", path, name)
	return ""
}
