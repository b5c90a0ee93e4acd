package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// documentExts are the extensions picked up when a folder is walked.
var documentExts = map[string]bool{".txt": true, ".docx": true, ".doc": true, ".wps": true}

// input is one file to check, and whether the user named it directly
// (named files are checked even if a config ignores them).
type input struct {
	path  string
	named bool
}

// discover expands the command-line paths into files, in a stable order:
// files as given, folders walked in lexical order, globs sorted.
func discover(args []string) ([]input, error) {
	var out []input
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
		if strings.ContainsAny(a, "*?[") {
			matches, err := filepath.Glob(a)
			if err != nil {
				return nil, usageError("无效的通配符 %q：%v", a, err)
			}
			if len(matches) == 0 {
				return nil, usageError("%s：没有匹配的文件", a)
			}
			sort.Strings(matches)
			for _, m := range matches {
				if st, err := os.Stat(m); err == nil && st.IsDir() {
					walk(m, func(p string) { add(p, false) })
				} else {
					add(m, false)
				}
			}
			continue
		}
		st, err := os.Stat(a)
		if err == nil && st.IsDir() {
			walk(a, func(p string) { add(p, false) })
			continue
		}
		add(a, true) // a missing file is reported when it is read
	}
	return out, nil
}

// walk calls fn for every document under dir, skipping hidden folders and
// Office lock files (~$报告.docx).
func walk(dir string, fn func(string)) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != dir && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".") {
			return nil
		}
		if documentExts[strings.ToLower(filepath.Ext(name))] {
			fn(p)
		}
		return nil
	})
}
