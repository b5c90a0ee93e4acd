package review

import (
	"errors"
	"sync"

	"shuzhi/lint"
	"shuzhi/lint/hans"
	"shuzhi/lint/read"
	"shuzhi/lint/similar"
)

// Outcome is the review of one file of a run: a result, or the error that
// kept the file from being read.
type Outcome struct {
	Path   string
	Result *lint.Result
	Err    error
}

// prepared is a file of the run read and ready to check.
type prepared struct {
	doc, simple *lint.Document
	prof        *lint.Profile
	err         error
}

// Run reviews files as one run, with up to jobs at a time: it reads them
// all, finds the passages they share with each other and with the
// references (照抄照搬), then checks each. Outcomes keep the order of
// paths. progress, if not nil, is called after each file is checked, one
// call at a time.
func (r *Reviewer) Run(paths []string, jobs int, progress func(done, total int)) []Outcome {
	return r.run(paths, func(i int) prepared { return r.prepare(paths[i]) }, jobs, progress)
}

// Upload is a document given by its bytes rather than a file, as a page
// uploads it: Name is shown as its path and has no folder or config.
type Upload struct {
	Name string
	Data []byte
}

// RunUploads reviews documents given in memory as one run, like Run,
// under the reviewer's profile; no file is read or written. Names should
// be distinct: a name given twice is one document.
func (r *Reviewer) RunUploads(uploads []Upload, jobs int, progress func(done, total int)) []Outcome {
	names := make([]string, len(uploads))
	for i, u := range uploads {
		names[i] = u.Name
	}
	return r.run(names, func(i int) prepared { return r.prepareUpload(uploads[i]) }, jobs, progress)
}

// run reviews the documents that prepare gives, named by paths.
func (r *Reviewer) run(paths []string, prepare func(i int) prepared, jobs int, progress func(done, total int)) []Outcome {
	docs := make([]prepared, len(paths))
	parallel(len(paths), jobs, func(i int) {
		docs[i] = prepare(i)
	})
	index := r.index(paths, docs)
	out := make([]Outcome, len(paths))
	var mu sync.Mutex
	done := 0
	parallel(len(paths), jobs, func(i int) {
		out[i] = Outcome{Path: paths[i]}
		if docs[i].err != nil {
			out[i].Err = docs[i].err
		} else {
			out[i].Result, out[i].Err = r.check(paths[i], docs[i], index)
		}
		docs[i] = prepared{} // the result keeps what it needs; the simplified copy goes

		if progress != nil {
			mu.Lock()
			done++
			progress(done, len(paths))
			mu.Unlock()
		}
	})
	return out
}

// File reviews one file on its own (with last year's report and the
// references, if any).
func (r *Reviewer) File(path string) (*lint.Result, error) {
	o := r.Run([]string{path}, 1, nil)[0]
	return o.Result, o.Err
}

func (r *Reviewer) prepare(path string) prepared {
	prof, err := r.Profile(path)
	if err != nil {
		return prepared{err: err}
	}
	doc, err := read.File(path, read.Options{Encoding: r.opts.Encoding})
	if err != nil {
		return prepared{err: err}
	}
	return prepared{doc: doc, simple: hans.Simplify(doc), prof: prof}
}

// prepareUpload reads an uploaded document under the reviewer's profile.
func (r *Reviewer) prepareUpload(u Upload) prepared {
	prof, err := r.catalog.Profile(r.opts.Profile)
	if err != nil {
		return prepared{err: err}
	}
	doc, err := read.Bytes(u.Name, u.Data, read.Options{Encoding: r.opts.Encoding})
	if err != nil {
		return prepared{err: err}
	}
	return prepared{doc: doc, simple: hans.Simplify(doc), prof: prof}
}

// index fingerprints the readable files of the run and the references;
// it is nil when there is nothing to compare.
func (r *Reviewer) index(paths []string, docs []prepared) *similar.Index {
	n := len(r.refs)
	for _, d := range docs {
		if d.err == nil {
			n++
		}
	}
	if n < 2 {
		return nil
	}
	ix := similar.NewIndex(similar.Options{})
	for _, ref := range r.refs {
		prof, err := r.Profile(ref.Path)
		if err != nil {
			prof, _ = r.catalog.Profile(r.opts.Profile)
		}
		_ = ix.Add(similarDoc(refID(ref.Path), ref, prof))
	}
	for i, d := range docs {
		if d.err == nil {
			// A path named twice is one document: the second Add fails
			// with similar.ErrDuplicate and changes nothing.
			if err := ix.Add(similarDoc(paths[i], d.simple, d.prof)); err != nil && !errors.Is(err, similar.ErrDuplicate) {
				docs[i].err = err
			}
		}
	}
	return ix
}

// check reviews one prepared file with what the run knows about it.
func (r *Reviewer) check(path string, d prepared, ix *similar.Index) (*lint.Result, error) {
	ctx := lint.Context{}
	var err error
	if ctx.Previous, ctx.PreviousMissing, err = r.previousFor(path, d.doc); err != nil {
		return nil, err
	}
	if ix != nil {
		ctx.Shared = r.shared(ix.Matches(path))
	}
	res, err := r.review(d.doc, d.simple, d.prof, ctx)
	if err != nil {
		return nil, err
	}
	r.waive(path, res)
	return res, nil
}

// shared converts the matches of the index into what checks see.
func (r *Reviewer) shared(ms []similar.Match) []lint.Shared {
	var out []lint.Shared
	for _, m := range ms {
		s := lint.Shared{Other: m.Other, Containment: m.Containment}
		if path, ok := isRefID(m.Other); ok {
			s.Other, s.Reference = path, true
		}
		for _, p := range m.Passages {
			s.Passages = append(s.Passages, lint.Loc{Para: p.Para, Start: p.Start, End: p.End})
		}
		out = append(out, s)
	}
	return out
}

func similarDoc(id string, doc *lint.Document, prof *lint.Profile) similar.Doc {
	d := similar.Doc{ID: id, Paragraphs: make([]string, len(doc.Paragraphs)), Formulations: formulations(prof)}
	for i, p := range doc.Paragraphs {
		d.Paragraphs[i] = p.Text
	}
	return d
}

// refPrefix marks the index IDs of references, apart from the run's files.
const refPrefix = "\x00ref:"

func refID(path string) string { return refPrefix + path }

func isRefID(id string) (string, bool) {
	if len(id) > len(refPrefix) && id[:len(refPrefix)] == refPrefix {
		return id[len(refPrefix):], true
	}
	return id, false
}

// parallel calls fn(i) for i in [0, n) on up to jobs goroutines.
func parallel(n, jobs int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(1, min(jobs, n)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
