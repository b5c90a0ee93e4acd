// Package review runs the whole pipeline on one file: find the config in
// force, read the file, find its outline, run the checks under the profile
// and return the result. It is what the CLI and the corpus tests call.
package review

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"shuzhi/lint"
	"shuzhi/lint/hans"
	"shuzhi/lint/outline"
	"shuzhi/lint/read"
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
}

// Reviewer reviews files; it is safe for concurrent use.
type Reviewer struct {
	opts     Options
	ruleIDs  []string
	explicit *lint.Config

	mu      sync.Mutex
	configs map[string]configResult // by folder
	priors  map[string]priorResult  // by path of the earlier report
}

type priorResult struct {
	prior *lint.Prior
	err   error
}

type configResult struct {
	cfg *lint.Config
	err error
}

// New returns a Reviewer. It fails when the explicit config or the profile
// is bad.
func New(opts Options) (*Reviewer, error) {
	r := &Reviewer{opts: opts, configs: map[string]configResult{}, priors: map[string]priorResult{}}
	for _, c := range opts.Checks {
		r.ruleIDs = append(r.ruleIDs, c.ID)
	}
	if opts.ConfigPath != "" {
		cfg, err := lint.LoadConfig(opts.ConfigPath, r.ruleIDs)
		if err != nil {
			return nil, err
		}
		r.explicit = cfg
	}
	if opts.Profile != "" {
		if _, err := lint.LookupProfile(opts.Profile); err != nil {
			return nil, err
		}
	}
	if opts.Previous != "" {
		st, err := os.Stat(opts.Previous)
		if err != nil {
			return nil, fmt.Errorf("--previous %s：%w", opts.Previous, err)
		}
		if !st.IsDir() {
			if _, err := r.prior(opts.Previous); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// ConfigFor returns the config in force for a file (nil if none).
func (r *Reviewer) ConfigFor(path string) (*lint.Config, error) {
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
	if p := lint.FindConfig(dir); p != "" {
		res.cfg, res.err = lint.LoadConfig(p, r.ruleIDs)
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
	return cfg.Apply(r.opts.Profile)
}

// File reviews one file. A file that cannot be read, or whose config is
// bad, gives an error; nothing else does.
func (r *Reviewer) File(path string) (*lint.Result, error) {
	prof, err := r.Profile(path)
	if err != nil {
		return nil, err
	}
	doc, err := read.File(path, read.Options{Encoding: r.opts.Encoding})
	if err != nil {
		return nil, err
	}
	ctx := lint.Context{}
	if ctx.Previous, err = r.previousFor(path); err != nil {
		return nil, err
	}
	return r.Document(doc, prof, ctx)
}

// previousFor returns last year's report for a file, if the user gave one.
func (r *Reviewer) previousFor(path string) (*lint.Prior, error) {
	prev := r.opts.Previous
	if prev == "" {
		return nil, nil
	}
	if st, err := os.Stat(prev); err == nil && st.IsDir() {
		stem := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		matches, _ := filepath.Glob(filepath.Join(prev, globEscape(stem)+".*"))
		if len(matches) == 0 {
			return nil, nil
		}
		prev = matches[0]
	}
	return r.prior(prev)
}

// prior reads and outlines an earlier report once.
func (r *Reviewer) prior(path string) (*lint.Prior, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if p, ok := r.priors[path]; ok {
		return p.prior, p.err
	}
	var res priorResult
	doc, err := read.File(path, read.Options{Encoding: r.opts.Encoding})
	if err == nil {
		simple := hans.Simplify(doc)
		var ol *lint.Outline
		if ol, err = outline.Build(simple); err == nil {
			res.prior = &lint.Prior{Doc: simple, Outline: ol}
		}
	}
	if err != nil {
		res.err = fmt.Errorf("上年度报告 %w", err)
	}
	r.priors[path] = res
	return res.prior, res.err
}

// globEscape quotes the characters filepath.Glob treats as special.
func globEscape(s string) string {
	return strings.NewReplacer("*", "\\*", "?", "\\?", "[", "\\[", "\\", "\\\\").Replace(s)
}

// Document reviews a document already read, under a profile and with
// what the run knows beyond it. A report in traditional characters is
// read in simplified ones, rune for rune; the result keeps the original
// text for excerpts.
func (r *Reviewer) Document(doc *lint.Document, prof *lint.Profile, ctx lint.Context) (*lint.Result, error) {
	simple := hans.Simplify(doc)
	ol, err := outline.Build(simple)
	if err != nil {
		return nil, err
	}
	res := lint.Run(simple, ol, prof, ctx, r.opts.Checks)
	res.Doc = doc
	return res, nil
}
