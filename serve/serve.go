// Package serve is shuzhi's local web page: an author or a reviewer drops
// reports on it and sees each one's verdict, 字数, parts and findings
// highlighted in the text, a batch's summary and the copies between its
// reports, and downloads the annotated .docx and the 汇总.xlsx. Uploads
// are reviewed in memory and never written to disk; the page loads
// nothing from anywhere but the server itself.
package serve

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"

	"shuzhi/lint"
	"shuzhi/lint/annotate"
	"shuzhi/lint/read"
	"shuzhi/lint/render"
	"shuzhi/review"
)

//go:embed assets
var assets embed.FS

// Limits bound what one upload may hold.
type Limits struct {
	// MaxFiles is the most files one upload may carry.
	MaxFiles int
	// MaxFileBytes is the largest file accepted, as for files on disk.
	MaxFileBytes int64
	// MaxTotalBytes is the largest upload accepted.
	MaxTotalBytes int64
	// KeptBatches is how many batches are kept for download.
	KeptBatches int
}

// DefaultLimits fit a reviewer's batch of a few hundred reports.
var DefaultLimits = Limits{MaxFiles: 500, MaxFileBytes: read.DefaultLimits.MaxFileBytes, MaxTotalBytes: 256 << 20, KeptBatches: 8}

// Options configure a server.
type Options struct {
	// Checks are the rules to apply (checks.All).
	Checks []*lint.Check
	// Profile is the profile chosen when the page names none.
	Profile string
	// Jobs is how many reports are reviewed at a time.
	Jobs int
	// Limits bound the uploads; zero fields take DefaultLimits'.
	Limits Limits
}

// Server answers the page and its API.
type Server struct {
	opts      Options
	mu        sync.Mutex
	reviewers map[string]*review.Reviewer // by profile name
	batches   map[string]*batch
	order     []string // batch ids, oldest first
	static    http.Handler
}

// batch is one upload reviewed, kept for its downloads.
type batch struct {
	uploads []review.Upload
	files   []render.File
}

// New returns a server.
func New(opts Options) (*Server, error) {
	l := &opts.Limits
	d := DefaultLimits
	if l.MaxFiles <= 0 {
		l.MaxFiles = d.MaxFiles
	}
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = d.MaxFileBytes
	}
	if l.MaxTotalBytes <= 0 {
		l.MaxTotalBytes = d.MaxTotalBytes
	}
	if l.KeptBatches <= 0 {
		l.KeptBatches = d.KeptBatches
	}
	if opts.Jobs <= 0 {
		opts.Jobs = 1
	}
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, reviewers: map[string]*review.Reviewer{}, batches: map[string]*batch{}, static: http.FileServer(http.FS(sub))}
	if _, err := s.reviewer(opts.Profile); err != nil {
		return nil, err
	}
	return s, nil
}

// reviewer returns the reviewer of a profile, made once.
func (s *Server) reviewer(profile string) (*review.Reviewer, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.reviewers[profile]; r != nil {
		return r, nil
	}
	r, err := review.New(review.Options{Checks: s.opts.Checks, Profile: profile})
	if err != nil {
		return nil, err
	}
	s.reviewers[profile] = r
	return r, nil
}

// Handler returns the page, its assets and its API:
//
//	GET  /                         the page
//	GET  /api/profiles             the profiles to choose from
//	POST /api/check                multipart files (field "file") and "profile": the reviews
//	GET  /api/batch/ID/N.docx      the annotated copy of file N of a batch
//	GET  /api/batch/ID/汇总.xlsx   the batch's workbook
//
// Requests must name the server by a loopback address or localhost when
// it listens on one (no DNS rebinding).
func (s *Server) Handler(loopback bool) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/profiles", s.profiles)
	mux.HandleFunc("/api/check", s.check)
	mux.HandleFunc("/api/batch/", s.download)
	mux.Handle("/", s.static)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if loopback && !localHost(r.Host) {
			http.Error(w, "只接受本机地址的访问", http.StatusForbidden)
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		mux.ServeHTTP(w, r)
	})
}

// localHost reports whether a Host header names this machine.
func localHost(host string) bool {
	h, _, err := net.SplitHostPort(host)
	if err != nil {
		h = host
	}
	if h == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(h, "[]"))
	return ip != nil && ip.IsLoopback()
}

func (s *Server) profiles(w http.ResponseWriter, r *http.Request) {
	rev, err := s.reviewer(s.opts.Profile)
	if err != nil {
		httpError(w, err.Error(), http.StatusInternalServerError)
		return
	}
	type profile struct {
		Name  string `json:"name"`
		Title string `json:"title"`
	}
	var out []profile
	for _, p := range rev.Catalog().Profiles() {
		out = append(out, profile{p.Name, p.Title})
	}
	def, err := rev.Catalog().Profile(s.opts.Profile)
	if err != nil {
		httpError(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]any{"profiles": out, "default": def.Name})
}

// check reviews an upload as one run.
func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		httpError(w, "请用 POST 上传文件", http.StatusMethodNotAllowed)
		return
	}
	lim := s.opts.Limits
	r.Body = http.MaxBytesReader(w, r.Body, lim.MaxTotalBytes)
	mr, err := r.MultipartReader()
	if err != nil {
		httpError(w, "上传格式不对："+err.Error(), http.StatusBadRequest)
		return
	}
	profile := s.opts.Profile
	var uploads []review.Upload
	var since *review.Upload // 旧稿, to compare one report with
	var refused []render.File
	seen := map[string]int{}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				httpError(w, fmt.Sprintf("上传的文件合计超过 %d MB", lim.MaxTotalBytes>>20), http.StatusRequestEntityTooLarge)
			} else {
				httpError(w, "上传中断："+err.Error(), http.StatusBadRequest)
			}
			return
		}
		switch part.FormName() {
		case "profile":
			b, _ := io.ReadAll(io.LimitReader(part, 64))
			if p := strings.TrimSpace(string(b)); p != "" {
				profile = p
			}
		case "since":
			data, err := io.ReadAll(io.LimitReader(part, lim.MaxFileBytes+1))
			if err != nil || int64(len(data)) > lim.MaxFileBytes {
				httpError(w, "旧稿无法读取或超过大小限制", http.StatusBadRequest)
				return
			}
			since = &review.Upload{Name: "旧稿/" + uploadName(part), Data: data}
		case "file":
			if len(uploads)+len(refused) >= lim.MaxFiles {
				httpError(w, fmt.Sprintf("一次最多上传 %d 个文件", lim.MaxFiles), http.StatusRequestEntityTooLarge)
				return
			}
			name := uniqueName(uploadName(part), seen)
			data, err := io.ReadAll(io.LimitReader(part, lim.MaxFileBytes+1))
			switch {
			case err != nil:
				httpError(w, "上传中断："+err.Error(), http.StatusBadRequest)
				return
			case int64(len(data)) > lim.MaxFileBytes:
				refused = append(refused, render.File{Path: name, Err: fmt.Errorf("%s: %s（超过 %d MB）", name, read.ReasonTooLarge, lim.MaxFileBytes>>20)})
			case !review.DocumentExts[strings.ToLower(path.Ext(name))]:
				refused = append(refused, render.File{Path: name, Err: fmt.Errorf("%s: %s（只审核 .docx、.doc、.wps、.txt）", name, read.ReasonUnsupported)})
			default:
				uploads = append(uploads, review.Upload{Name: name, Data: data})
			}
		}
		part.Close()
	}
	if len(uploads)+len(refused) == 0 {
		httpError(w, "没有收到文件", http.StatusBadRequest)
		return
	}
	rev, err := s.reviewer(profile)
	if err != nil {
		httpError(w, err.Error(), http.StatusBadRequest)
		return
	}
	var files []render.File
	for _, o := range rev.RunUploads(uploads, s.opts.Jobs, nil) {
		files = append(files, render.File{Path: o.Path, Result: o.Result, Err: o.Err})
	}
	if since != nil && len(files) == 1 && files[0].Result != nil {
		old := rev.RunUploads([]review.Upload{*since}, 1, nil)[0]
		if old.Err != nil {
			httpError(w, old.Err.Error(), http.StatusBadRequest)
			return
		}
		files[0].Since = render.Compare(old.Result, files[0].Result, strings.TrimPrefix(since.Name, "旧稿/"))
	}
	id := s.keep(&batch{uploads: uploads, files: files})
	writeJSON(w, pageRun(id, profile, files, refused))
}

// uploadName is an uploaded file's name, with its folder when the page
// sent one (a folder dropped), cleaned of anything that climbs out.
// (multipart.Part.FileName keeps only the last element.)
func uploadName(part *multipart.Part) string {
	name := part.FileName()
	if _, params, err := mime.ParseMediaType(part.Header.Get("Content-Disposition")); err == nil && params["filename"] != "" {
		name = params["filename"]
	}
	name = strings.ReplaceAll(name, "\\", "/")
	var kept []string
	for _, seg := range strings.Split(name, "/") {
		if seg != "" && seg != "." && seg != ".." {
			kept = append(kept, seg)
		}
	}
	if len(kept) == 0 {
		return "未命名.txt"
	}
	return strings.Join(kept, "/")
}

// uniqueName makes a name distinct within an upload (张三.docx, 张三(2).docx).
func uniqueName(name string, seen map[string]int) string {
	seen[name]++
	if n := seen[name]; n > 1 {
		ext := path.Ext(name)
		return fmt.Sprintf("%s(%d)%s", strings.TrimSuffix(name, ext), n, ext)
	}
	return name
}

// keep stores a batch, dropping the oldest beyond the limit.
func (s *Server) keep(b *batch) string {
	var raw [8]byte
	_, _ = rand.Read(raw[:])
	id := hex.EncodeToString(raw[:])
	s.mu.Lock()
	defer s.mu.Unlock()
	s.batches[id] = b
	s.order = append(s.order, id)
	for len(s.order) > s.opts.Limits.KeptBatches {
		delete(s.batches, s.order[0])
		s.order = s.order[1:]
	}
	return id
}

// download serves a batch's annotated copies and workbook.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.Path, "/api/batch/")
	id, file, ok := strings.Cut(rest, "/")
	s.mu.Lock()
	b := s.batches[id]
	s.mu.Unlock()
	if !ok || b == nil {
		httpError(w, "这批审核结果已过期，请重新上传", http.StatusNotFound)
		return
	}
	if file == "汇总.xlsx" {
		var buf bytes.Buffer
		if err := render.Workbook(&buf, b.files, nil); err != nil {
			httpError(w, err.Error(), http.StatusInternalServerError)
			return
		}
		attach(w, "汇总.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buf.Bytes())
		return
	}
	n, err := strconv.Atoi(strings.TrimSuffix(file, ".docx"))
	if err != nil || n < 0 || n >= len(b.files) || b.files[n].Result == nil {
		httpError(w, "没有这份报告的审核稿", http.StatusNotFound)
		return
	}
	f := b.files[n]
	out, err := annotate.File(f.Path, b.uploads[n].Data, f.Result)
	if err != nil {
		httpError(w, err.Error(), http.StatusInternalServerError)
		return
	}
	base := path.Base(f.Path)
	attach(w, strings.TrimSuffix(strings.TrimSuffix(base, path.Ext(base)), ".审核")+annotate.Suffix,
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document", out)
}

// attach sends data as a download named name.
func attach(w http.ResponseWriter, name, typ string, data []byte) {
	w.Header().Set("Content-Type", typ)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Write(data)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func httpError(w http.ResponseWriter, msg string, code int) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}
