package serve

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"shuzhi/checks"
	"shuzhi/lint/render"
	"shuzhi/review"
)

// chromium returns the browser to drive, or skips the test where there is
// none; in CI (CI=true, where .ci/run installs Debian's chromium) it must
// be there.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is missing in CI; .ci/run installs it")
	}
	t.Skip("no chromium: apt-get install chromium to run the browser test")
	return ""
}

// artefacts is where the browser test leaves its screenshots.
func artefacts(t *testing.T) string {
	dir := os.Getenv("SHUZHI_ARTEFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "shuzhi-browser-test")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestPageInABrowser drives the page in chromium: upload a real .docx,
// see its verdict, the findings highlighted in the text and a finding's
// popup, download the annotated copy; upload two reports and see the
// batch sorted by verdict. The page must ask nothing of any address but
// the server's own.
func TestPageInABrowser(t *testing.T) {
	exe := chromium(t)
	srv, err := New(Options{Checks: checks.All, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler(true))
	defer ts.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.WindowSize(1280, 1600))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	var mu sync.Mutex
	var foreign []string
	err = chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			u := e.Request.URL
			if !strings.HasPrefix(u, ts.URL+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
				mu.Lock()
				foreign = append(foreign, u)
				mu.Unlock()
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	docx, _ := filepath.Abs("../testdata/docx/a09-yiyuan-vague.docx")
	txt, _ := filepath.Abs("../testdata/reports/a07-shequ-noproblems.txt")
	step := func(actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatal(err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(sel))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	step(chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible("#profile"),
		chromedp.SetUploadFiles("#pick", []string{docx}), chromedp.WaitVisible("#report"))
	verdict := text("#r-verdict")
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#r-text mark").length`))
	if err != nil {
		t.Fatal(err)
	}
	step(chromedp.Click("#r-text mark"), chromedp.WaitVisible("#popup"))
	popup := text("#popup")
	href, err := chromedp.Run(ctx, chromedp.AttributeValue("#r-annotated", "href"))
	if err != nil {
		t.Fatal(err)
	}
	annotated := href.Value
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	// Compare with an earlier draft: the report against itself leaves every
	// finding 未改.
	step(chromedp.SetUploadFiles("#since", []string{docx}), chromedp.WaitVisible("#r-since"))
	sinceText := ""
	for i := 0; i < 50 && !strings.Contains(sinceText, "未改"); i++ {
		time.Sleep(100 * time.Millisecond)
		sinceText = text("#r-since")
	}
	if !strings.Contains(sinceText, "新增 0 条") || !strings.Contains(sinceText, "已改 0 条") {
		t.Errorf("since: %q", sinceText)
	}
	step(chromedp.SetUploadFiles("#pick", []string{docx, txt}), chromedp.WaitVisible("#files tbody tr:nth-child(2)"))
	batchShot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	first := text("#files tbody tr:first-child td:nth-child(2)")
	dir := artefacts(t)
	_ = os.WriteFile(filepath.Join(dir, "report.png"), shot, 0o644)
	_ = os.WriteFile(filepath.Join(dir, "batch.png"), batchShot, 0o644)
	t.Logf("screenshots in %s", dir)

	if verdict != "修改" {
		t.Errorf("verdict %q, want 修改", verdict)
	}
	if marks < 3 {
		t.Errorf("%d highlights, want the findings marked", marks)
	}
	if !strings.Contains(popup, "只讲表面化、一般化问题") || !strings.Contains(popup, "建议") {
		t.Errorf("popup %q", popup)
	}
	if first != "重写" {
		t.Errorf("the batch sorted by verdict starts with %q, want 重写", first)
	}
	res, err := http.Get(ts.URL + annotated)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Disposition"), "attachment") || !strings.HasPrefix(string(body), "PK") {
		t.Errorf("annotated download: %d %q, %d bytes", res.StatusCode, res.Header.Get("Content-Disposition"), len(body))
	}
	mu.Lock()
	defer mu.Unlock()
	if len(foreign) > 0 {
		t.Errorf("the page asked other addresses: %v", foreign)
	}
}

// TestSheetPrintsOnOnePage: the 审核意见单 of the corpus report with the
// most rules fired (nine) prints on one A4 page in chromium.
func TestSheetPrintsOnOnePage(t *testing.T) {
	exe := chromium(t)
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		t.Fatal(err)
	}
	const report = "../testdata/reports/a13-cun-unitsummary.txt"
	res, err := rev.File(report)
	if err != nil {
		t.Fatal(err)
	}
	var sheet bytes.Buffer
	if err := render.Sheet(&sheet, render.File{Path: report, Result: res}); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(sheet.Bytes())
	}))
	defer ts.Close()
	actx, cancel := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU)...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL)); err != nil {
		t.Fatal(err)
	}
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize()))
	if err != nil {
		t.Fatal(err)
	}
	_ = os.WriteFile(filepath.Join(artefacts(t), "sheet.pdf"), pdf, 0o644)
	if pages := bytes.Count(pdf, []byte("/Type /Page\n")) + bytes.Count(pdf, []byte("/Type /Page/")) + bytes.Count(pdf, []byte("/Type /Page ")); pages != 1 {
		t.Errorf("the sheet prints on %d pages, want 1", pages)
	}
}
