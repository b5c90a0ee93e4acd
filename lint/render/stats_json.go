package render

import (
	"encoding/json"
	"io"
)

type jsonStats struct {
	Path     string          `json:"path"`
	Total    jsonStatsCounts `json:"total"`
	Sections []jsonStatsPart `json:"sections"`
}

type jsonStatsCounts struct {
	Words           int `json:"word_count"`
	Chinese         int `json:"chinese"`
	NonChineseWords int `json:"non_chinese_words"`
	CharsNoSpaces   int `json:"chars_no_spaces"`
	Chars           int `json:"chars"`
	Paragraphs      int `json:"paragraphs"`
}

type jsonStatsPart struct {
	Heading string `json:"heading"`
	Role    string `json:"role"`
	Theme   string `json:"theme"`
	jsonStatsCounts
}

// StatsTable is the 字数统计 of one file: its rows as from StatsOf.
type StatsTable struct {
	Path string
	Rows []StatsRow
}

// StatsJSON writes the 字数统计 of the files: one JSON object for one
// file, an array of them for several.
func StatsJSON(w io.Writer, tables []StatsTable) error {
	conv := func(r StatsRow) jsonStatsCounts {
		return jsonStatsCounts{Words: r.Counts.Words, Chinese: r.Counts.Chinese, NonChineseWords: r.Counts.NonChineseWords,
			CharsNoSpaces: r.Counts.CharsNoSpaces, Chars: r.Counts.Chars, Paragraphs: r.Paragraphs}
	}
	all := make([]jsonStats, 0, len(tables))
	for _, t := range tables {
		out := jsonStats{Path: t.Path, Sections: []jsonStatsPart{}}
		for i, r := range t.Rows {
			if i == 0 {
				out.Total = conv(r)
				continue
			}
			out.Sections = append(out.Sections, jsonStatsPart{Heading: r.Name, Role: string(r.Role), Theme: string(r.Theme), jsonStatsCounts: conv(r)})
		}
		all = append(all, out)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if len(all) == 1 {
		return enc.Encode(all[0])
	}
	return enc.Encode(all)
}
