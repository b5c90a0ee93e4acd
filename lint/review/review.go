// Package review runs the whole pipeline on one file: find the config in
// force, read the file, find its outline, run the checks under the profile
// and return the result. It is what the CLI and the corpus tests call.
package review

import (
	"path/filepath"
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
}

// Reviewer reviews files; it is safe for concurrent use.
type Reviewer struct {
	opts     Options
	ruleIDs  []string
	explicit *lint.Config

	mu      sync.Mutex
	configs map[string]configResult // by folder
}

type configResult struct {
	cfg *lint.Config
	err error
}

// New returns a Reviewer. It fails when the explicit config or the profile
// is bad.
func New(opts Options) (*Reviewer, error) {
	r := &Reviewer{opts: opts, configs: map[string]configResult{}}
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
	return r.Document(doc, prof)
}

// Document reviews a document already read, under a profile. A report in
// traditional characters is read in simplified ones, rune for rune; the
// result keeps the original text for excerpts.
func (r *Reviewer) Document(doc *lint.Document, prof *lint.Profile) (*lint.Result, error) {
	simple := hans.Simplify(doc)
	ol, err := outline.Build(simple)
	if err != nil {
		return nil, err
	}
	res := lint.Run(simple, ol, prof, r.opts.Checks)
	res.Doc = doc
	return res, nil
}
