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

// StatsJSON writes the 字数统计 rows (as from StatsOf) as one JSON object.
func StatsJSON(w io.Writer, path string, rows []StatsRow) error {
	conv := func(r StatsRow) jsonStatsCounts {
		return jsonStatsCounts{Words: r.Counts.Words, Chinese: r.Counts.Chinese, NonChineseWords: r.Counts.NonChineseWords,
			CharsNoSpaces: r.Counts.CharsNoSpaces, Chars: r.Counts.Chars, Paragraphs: r.Paragraphs}
	}
	out := jsonStats{Path: path, Sections: []jsonStatsPart{}}
	for i, r := range rows {
		if i == 0 {
			out.Total = conv(r)
			continue
		}
		out.Sections = append(out.Sections, jsonStatsPart{Heading: r.Name, Role: string(r.Role), Theme: string(r.Theme), jsonStatsCounts: conv(r)})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
