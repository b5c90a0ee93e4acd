// Package review drives the pipeline: it finds the config in force, reads
// the files, finds what they share with each other and with references,
// finds each one's outline, runs the checks under its profile with the
// segmenter and returns the results. It is what the CLI and the corpus
// tests call; the model it drives (package lint) knows none of its parts.
//
//	file ──read──▶ Document ──outline──▶ Outline ──lint.Run (facts, checks)──▶ Result ──render──▶ text/json/…
package review

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"shuzhi/config"
	"shuzhi/lint"
	"shuzhi/lint/annotate"
	"shuzhi/lint/hans"
	"shuzhi/lint/outline"
	"shuzhi/lint/read"
	"shuzhi/lint/seg"
	"shuzhi/lint/similar"
)

// Options choose the checks, the profile and the config.
type Options struct {
	// Checks are the rules to run (the CLI passes checks.All).
	Checks []*lint.Check
	// Profile names a built-in profile, over the one the config picks.
	Profile string
	// ConfigPath is an explicit config file; empty means look for
	// .shuzhi.yaml beside each document and in its parent folders.
	ConfigPath string
	// Encoding forces the encoding of text files.
	Encoding string
	// Previous is last year's report by the same author (a file), or a
	// folder of last year's reports matched to this year's by file name.
	Previous string
	// References are files or folders of documents the reports must not
	// copy from (templates, earlier submissions, published samples); they
	// are not judged themselves.
	References []string
	// MeasureOnly reviews without rules: the outline and the 字数 only
	// (shuzhi stats). The segmenter, which costs most of a cold start, is
	// then never loaded.
	MeasureOnly bool
}

// Reviewer reviews files; it is safe for concurrent use.
type Reviewer struct {
	opts     Options
	catalog  *config.Catalog
	explicit *config.Config
	seg      lint.Segmenter

	mu      sync.Mutex
	configs map[string]configResult // by folder
	priors  map[string]priorResult  // by path of the earlier report
	// usedWaivers are the waivers that accepted a finding in this run.
	usedWaivers map[*config.Waiver]bool
	// titles are the title keys of earlier reports, by path (pairByTitle).
	titles map[string]string

	refs []*lint.Document // references, in simplified characters
}

type priorResult struct {
	prior *lint.Prior
	err   error
}

type configResult struct {
	cfg *config.Config
	err error
}

// New returns a Reviewer. It fails when the explicit config or the profile
// is bad, or when the segmenter cannot be loaded: shuzhi never judges with
// another segmentation than the one its rules are built on.
func New(opts Options) (*Reviewer, error) {
	r := &Reviewer{opts: opts, configs: map[string]configResult{}, priors: map[string]priorResult{}}
	var err error
	if r.catalog, err = config.New(opts.Checks); err != nil {
		return nil, err
	}
	if opts.ConfigPath != "" {
		cfg, err := r.catalog.Load(opts.ConfigPath)
		if err != nil {
			return nil, err
		}
		r.explicit = cfg
	}
	if _, err := r.catalog.Profile(opts.Profile); err != nil {
		return nil, err
	}
	if opts.MeasureOnly {
		r.opts.Checks = nil
	} else {
		s, err := seg.Default()
		if err != nil {
			return nil, err // a *seg.CacheError, in Chinese
		}
		r.seg = segmenter{s}
	}
	if r.refs, err = readReferences(opts.References, opts.Encoding); err != nil {
		return nil, err
	}
	if opts.Previous != "" {
		st, err := os.Stat(opts.Previous)
		if err != nil {
			return nil, fmt.Errorf("--previous %s：%s", opts.Previous, read.DescribeOSError(err))
		}
		if !st.IsDir() {
			if _, err := r.prior(opts.Previous); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// Catalog returns the rules and built-in profiles the reviewer uses.
func (r *Reviewer) Catalog() *config.Catalog { return r.catalog }

// ConfigFor returns the config in force for a file (nil if none).
func (r *Reviewer) ConfigFor(path string) (*config.Config, error) {
	if r.explicit != nil {
		return r.explicit, nil
	}
	dir := filepath.Dir(path)
	if path == "-" {
		dir = "."
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if c, ok := r.configs[dir]; ok {
		return c.cfg, c.err
	}
	var res configResult
	if p := config.Find(dir); p != "" {
		res.cfg, res.err = r.catalog.Load(p)
	}
	r.configs[dir] = res
	return res.cfg, res.err
}

// Profile returns the profile in force for a file.
func (r *Reviewer) Profile(path string) (*lint.Profile, error) {
	cfg, err := r.ConfigFor(path)
	if err != nil {
		return nil, err
	}
	if cfg == nil {
		return r.catalog.Profile(r.opts.Profile)
	}
	return cfg.Apply(r.opts.Profile)
}

// previousFor returns last year's report for a file, if the user gave
// one: the file, or the report of the same author or unit in the folder
// (pairIn). When the folder holds none, or more than one fit, the note
// says so and there is no prior.
func (r *Reviewer) previousFor(path string, doc *lint.Document) (*lint.Prior, string, error) {
	prev := r.opts.Previous
	if prev == "" {
		return nil, "", nil
	}
	if st, err := os.Stat(prev); err == nil && st.IsDir() {
		docs, _, _ := DocumentsIn(prev)
		match, note := pairIn(path, docs)
		if match == "" {
			match = r.pairByTitle(doc, docs)
		}
		if match == "" {
			return nil, note, nil
		}
		prev = match
	}
	p, err := r.prior(prev)
	return p, "", err
}

// prior reads and outlines an earlier report once.
func (r *Reviewer) prior(path string) (*lint.Prior, error) {
	// The profile is looked up first: ConfigFor takes r.mu too.
	prof, perr := r.Profile(path)
	r.mu.Lock()
	defer r.mu.Unlock()
	if p, ok := r.priors[path]; ok {
		return p.prior, p.err
	}
	var res priorResult
	doc, err := read.File(path, read.Options{Encoding: r.opts.Encoding})
	if err == nil {
		err = perr
	}
	if err == nil {
		simple := hans.Simplify(doc)
		var ol *lint.Outline
		if ol, err = outline.Build(simple, prof.Lexicons); err == nil {
			res.prior = &lint.Prior{Doc: simple, Outline: ol}
		}
	}
	if err != nil {
		res.err = fmt.Errorf("上年度报告 %w", err)
	}
	r.priors[path] = res
	return res.prior, res.err
}

// readReferences reads the reference documents of files and folders.
func readReferences(paths []string, encoding string) ([]*lint.Document, error) {
	var out []*lint.Document
	for _, p := range paths {
		files, _, err := DocumentsIn(p)
		if err != nil {
			return nil, fmt.Errorf("--reference %s：%s", p, read.DescribeOSError(err))
		}
		for _, f := range files {
			doc, err := read.File(f, read.Options{Encoding: encoding})
			if err != nil {
				return nil, fmt.Errorf("参考文档 %w", err)
			}
			out = append(out, hans.Simplify(doc))
		}
	}
	return out, nil
}

// DocumentExts are the extensions of the documents shuzhi reads when it
// walks a folder.
var DocumentExts = map[string]bool{".txt": true, ".docx": true, ".doc": true, ".wps": true}

// Skip is a file found in a folder that is not reviewed, and why. Quiet
// ones (Office lock files) are only counted.
type Skip struct {
	Path, Reason string
	Quiet        bool
}

// DocumentsIn returns a file, or the documents under a folder in lexical
// order, and the files of the folder that are not reviewed: those that
// are not documents (.pdf, .xlsx, pictures), shuzhi's own annotated
// copies (…审核.docx), and, quietly, Office lock files (~$…). Hidden files
// and folders are passed over.
func DocumentsIn(path string) ([]string, []Skip, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil, nil
	}
	var out []string
	var skipped []Skip
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		switch {
		case d.IsDir():
			if p != path && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
		case strings.HasPrefix(name, "."):
		case strings.HasPrefix(name, "~$"):
			skipped = append(skipped, Skip{Path: p, Reason: "Office 临时文件", Quiet: true})
		case strings.HasSuffix(name, annotate.Suffix):
			skipped = append(skipped, Skip{Path: p, Reason: "shuzhi 生成的审核稿"})
		case !DocumentExts[strings.ToLower(filepath.Ext(name))]:
			skipped = append(skipped, Skip{Path: p, Reason: notReportReason(name)})
		default:
			out = append(out, p)
		}
		return nil
	})
	return out, skipped, err
}

// notReportReason says why a file is not reviewed, by its extension.
func notReportReason(name string) string {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == "" {
		return "不是述职报告文件（没有扩展名；只审核 .docx、.doc、.wps、.txt）"
	}
	return "不是述职报告文件（" + ext + "；只审核 .docx、.doc、.wps、.txt）"
}

// Document reviews a document already read, under a profile and with
// what the run knows beyond it. A report in traditional characters is
// read in simplified ones, rune for rune; the result keeps the original
// text for excerpts.
func (r *Reviewer) Document(doc *lint.Document, prof *lint.Profile, ctx lint.Context) (*lint.Result, error) {
	return r.review(doc, hans.Simplify(doc), prof, ctx)
}

// review checks a document whose simplified twin is given.
func (r *Reviewer) review(doc, simple *lint.Document, prof *lint.Profile, ctx lint.Context) (*lint.Result, error) {
	ol, err := outline.Build(simple, prof.Lexicons)
	if err != nil {
		return nil, err
	}
	res := lint.Run(simple, ol, prof, ctx, r.opts.Checks, r.seg)
	res.Doc = doc
	return res, nil
}

// Segmenter returns the segmenter the reviewer hands to the checks.
func (r *Reviewer) Segmenter() lint.Segmenter { return r.seg }

// segmenter hands jieba's words to the model as lint tokens.
type segmenter struct{ s seg.Segmenter }

func (s segmenter) Cut(text string) []lint.Token {
	words := s.s.Cut(text)
	out := make([]lint.Token, len(words))
	for i, w := range words {
		out[i] = lint.Token{Text: w.Text, Start: w.Start, End: w.End}
	}
	return out
}

// formulations returns the profile's mandatory formulations compiled for
// the copy index, once per lexicon set.
func formulations(prof *lint.Profile) *similar.Formulations {
	return prof.Lexicons.Derived("similar", func(set *lint.Lexicons) any {
		return similar.CompileFormulations(set.Entries("formulations"))
	}).(*similar.Formulations)
}
