package serve

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"shuzhi/checks"
)

// upload posts files (name → content) to the server's check API.
func upload(t *testing.T, h http.Handler, files map[string][]byte, order []string) (*httptest.ResponseRecorder, pageRunJSON) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, name := range order {
		w, _ := mw.CreateFormFile("file", name)
		w.Write(files[name])
	}
	mw.Close()
	req := httptest.NewRequest("POST", "http://127.0.0.1/api/check", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var run pageRunJSON
	_ = json.Unmarshal(rec.Body.Bytes(), &run)
	return rec, run
}

// TestUploadsGoOnPastBadFiles: a file that is not a report, one too large
// and a broken .docx each get a message in Chinese; the others are
// reviewed, and found to copy each other; names that climb out of their
// folder are cleaned.
func TestUploadsGoOnPastBadFiles(t *testing.T) {
	srv, err := New(Options{Checks: checks.All, Limits: Limits{MaxFileBytes: 200 << 10}})
	if err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile("../testdata/reports/a01-cun-headed.txt")
	files := map[string][]byte{
		"../../etc/一支部/张三.txt": good, "照片.jpg": []byte("\xff\xd8\xff"), "大.txt": bytes.Repeat([]byte("字"), 100<<10),
		"坏.docx": []byte("PK\x03\x04 broken"), "二支部/张三.txt": good,
	}
	rec, run := upload(t, srv.Handler(true), files, []string{"../../etc/一支部/张三.txt", "照片.jpg", "大.txt", "坏.docx", "二支部/张三.txt"})
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	byName := map[string]pageFileJSON{}
	for _, f := range run.Files {
		byName[f.Name] = f
	}
	// The same report under two folders: two documents, each a copy of
	// the other.
	for _, name := range []string{"etc/一支部/张三.txt", "二支部/张三.txt"} {
		f := byName[name]
		if len(f.Findings) == 0 || f.Findings[0].Rule != "copied" || f.Verdict != "重写" {
			t.Errorf("%s: verdict %q, findings %v", name, f.Verdict, f.Findings)
			continue
		}
		// The other report is named with its folder: both are 张三.txt.
		if other := map[string]string{"etc/一支部/张三.txt": "二支部/张三.txt", "二支部/张三.txt": "一支部/张三.txt"}[name]; !strings.Contains(f.Findings[0].Message, other) {
			t.Errorf("%s: %q does not name %s", name, f.Findings[0].Message, other)
		}
	}
	for name, want := range map[string]string{"照片.jpg": "不支持的格式", "大.txt": "文件过大", "坏.docx": "坏.docx"} {
		if f := byName[name]; !strings.Contains(f.Error, want) {
			t.Errorf("%s: error %q, want %q", name, f.Error, want)
		}
	}
	if run.Summary.Files != 5 || run.Summary.Unreadable != 3 {
		t.Errorf("summary %+v", run.Summary)
	}
}

// TestOnlyLocalHostsAndLiveBatches: a request naming another host is
// refused (no DNS rebinding); an expired batch says so.
func TestOnlyLocalHostsAndLiveBatches(t *testing.T) {
	srv, err := New(Options{Checks: checks.All})
	if err != nil {
		t.Fatal(err)
	}
	h := srv.Handler(true)
	for host, want := range map[string]int{"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "evil.example:8080": 403} {
		req := httptest.NewRequest("GET", "http://x/", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %s: status %d, want %d", host, rec.Code, want)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1/api/batch/nope/0.docx", nil))
	if rec.Code != 404 || !strings.Contains(rec.Body.String(), "过期") {
		t.Errorf("expired batch: %d %s", rec.Code, rec.Body)
	}
	if got := rec.Header().Get("Content-Security-Policy"); !strings.Contains(got, "default-src 'self'") {
		t.Errorf("CSP %q", got)
	}
}
