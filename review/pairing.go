package review

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"shuzhi/lint"
	"shuzhi/lint/hans"
	"shuzhi/lint/read"
)

// Last year's report is found in the --previous folder by its author or
// unit, as its file name gives them: 2024年张三述职报告.docx is the
// previous one of 2025年张三述职报告（终稿）.docx. Years, dates, draft
// marks, digits and the words every report's name holds are ignored.

var (
	// pairNoise are the parts of a file name that say nothing of whose
	// report it is.
	pairNoise = regexp.MustCompile(`20\d\d\s*(年度|年)?|\d{4}[-.年]\d{1,2}[-.月]\d{1,2}日?|` +
		`[（(【\[][^）)】\]]*[）)】\]]|终稿|定稿|修改稿|修订稿|初稿|草稿|送审稿|报审稿|最终版|最终稿|正式稿|第[一二三四五六七八九十\d]+稿|` +
		`[vV]\d+(\.\d+)*|抓基层党建工作|抓党建工作|党建工作|述职报告|述职|报告|年度|\d+|[-_\s.·、，,~～+]`)
)

// pairKey reduces a file name to the author or unit it names.
func pairKey(path string) string {
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return pairNoise.ReplaceAllString(name, "")
}

// pairIn finds, among the documents of a folder, the one that pairs with
// path: the same file name first, else the same key. It returns "" and a
// note saying why when there is none, or when more than one fit.
func pairIn(path string, docs []string) (string, string) {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	for _, d := range docs {
		if strings.TrimSuffix(filepath.Base(d), filepath.Ext(d)) == base {
			return d, ""
		}
	}
	key := pairKey(path)
	var fits []string
	if key != "" {
		for _, d := range docs {
			if pairKey(d) == key {
				fits = append(fits, d)
			}
		}
	}
	switch len(fits) {
	case 1:
		return fits[0], ""
	case 0:
		return "", fmt.Sprintf("上年度报告文件夹中没有与本报告对应的文件（按文件名中的“%s”和报告标题查找）", key)
	}
	names := make([]string, len(fits))
	for i, f := range fits {
		names[i] = filepath.Base(f)
	}
	return "", fmt.Sprintf("上年度报告无法确定：%s 都可能是，请把其中不相关的移出文件夹或改名", strings.Join(names, "、"))
}

// titleNoise is what a report's title holds besides its unit and author
// (青石岭村党支部书记2025年度抓基层党建工作述职报告 → 青石岭村党支部书记).
var titleNoise = regexp.MustCompile(`20\d\d\s*(年度|年)?|抓基层党建工作|抓党建工作|党建工作|履行全面从严治党主体责任|述职报告|述职|报告|年度|[\s　“”"《》（）()、，,：:]`)

// titleKey reduces a title to the unit and author it names, or "".
func titleKey(doc *lint.Document) string {
	if doc == nil || len(doc.Paragraphs) == 0 {
		return ""
	}
	key := titleNoise.ReplaceAllString(doc.Paragraphs[0].Text, "")
	if len([]rune(key)) < minTitleKey || len([]rune(key)) > maxTitleKey {
		return "" // no unit or author, or a sentence rather than a title
	}
	return key
}

// Bounds, in runes, of a title's key that can pair two reports.
const (
	minTitleKey = 3
	maxTitleKey = 40
)

// pairByTitle finds, when file names do not pair a report, the one report
// of the folder whose title names the same unit and author; "" when none
// or several do. Titles are read once per run.
func (r *Reviewer) pairByTitle(doc *lint.Document, docs []string) string {
	key := titleKey(doc)
	if key == "" {
		return ""
	}
	match := ""
	for _, d := range docs {
		if r.titleOf(d) == key {
			if match != "" {
				return "" // ambiguous: never guessed
			}
			match = d
		}
	}
	return match
}

// titleOf returns the title key of an earlier report, read once.
func (r *Reviewer) titleOf(path string) string {
	r.mu.Lock()
	if k, ok := r.titles[path]; ok {
		r.mu.Unlock()
		return k
	}
	r.mu.Unlock()
	key := ""
	if doc, err := read.File(path, read.Options{Encoding: r.opts.Encoding}); err == nil {
		key = titleKey(hans.Simplify(doc))
	}
	r.mu.Lock()
	if r.titles == nil {
		r.titles = map[string]string{}
	}
	r.titles[path] = key
	r.mu.Unlock()
	return key
}
