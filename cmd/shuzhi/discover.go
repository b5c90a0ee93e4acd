package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"shuzhi/lint/render"
	"shuzhi/review"
)

// input is one file to check, and whether the user named it directly
// (named files are checked even if a config ignores them).
type input struct {
	path  string
	named bool
}

// discover expands the command-line paths into files, in a stable order:
// files as given, folders walked in lexical order, globs sorted.
func discover(args []string) ([]input, []render.Skipped, error) {
	var out []input
	var skipped []render.Skipped
	seen := map[string]bool{}
	add := func(p string, named bool) {
		if !seen[p] {
			seen[p] = true
			out = append(out, input{path: p, named: named})
		}
	}
	for _, a := range args {
		if a == "-" {
			add(a, true)
			continue
		}
		if _, err := os.Lstat(a); err != nil && strings.ContainsAny(a, "*?[") {
			// A pattern; an existing file whose name holds * ? [ ]
			// (张三[终稿].docx) is taken as it is.
			matches, err := filepath.Glob(a)
			if err != nil {
				return nil, nil, usageError("无效的通配符 %q：%v", a, err)
			}
			if len(matches) == 0 {
				return nil, nil, usageError("%s：没有匹配的文件", a)
			}
			sort.Strings(matches)
			for _, m := range matches {
				if st, err := os.Stat(m); err == nil && st.IsDir() {
					skipped = addAll(m, add, skipped)
				} else {
					add(m, false)
				}
			}
			continue
		}
		st, err := os.Stat(a)
		if err == nil && st.IsDir() {
			skipped = addAll(a, add, skipped)
			continue
		}
		add(a, true) // a missing file is reported when it is read
	}
	return out, skipped, nil
}

// addAll adds the documents under a folder and appends its files that
// are not reviewed to skipped.
func addAll(dir string, add func(string, bool), skipped []render.Skipped) []render.Skipped {
	files, skips, _ := review.DocumentsIn(dir) // an unreadable folder holds nothing to check
	for _, f := range files {
		add(f, false)
	}
	for _, s := range skips {
		skipped = append(skipped, render.Skipped{Path: s.Path, Reason: s.Reason, Quiet: s.Quiet})
	}
	return skipped
}
