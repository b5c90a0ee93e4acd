package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"shuzhi/lint"
)

// utf8BOM starts the CSV output. Excel reads a CSV file without a byte order
// mark in the system's ANSI code page (GBK on Chinese Windows), which turns
// UTF-8 Chinese into mojibake; with the BOM it reads UTF-8.
const utf8BOM = "\uFEFF"

// CSV writes one row per file for a spreadsheet: path, verdict (or
// 无法读取), 结论依据, 字数, the share of each body role in percent with one
// decimal, the titles and ids of the rules that fired at error or critical
// (most severe first, joined with ；), and why the file could not be read;
// then a row 未审核 for each file found in a folder but not reviewed. The
// output is UTF-8 with a BOM; a cell that a spreadsheet would take for a
// formula is written as text.
func CSV(w io.Writer, files []File, skipped ...Skipped) error {
	head := []string{"文件", "结论", "结论依据", "字数"}
	for _, role := range lint.BodyRoles {
		head = append(head, role.Label()+"占比(%)")
	}
	head = append(head, "未达要求的规则", "规则编号", "无法读取或未审核原因")
	rows := [][]string{head}
	blank := func(n int) []string { return make([]string, n) }
	for _, f := range files {
		if f.Err != nil || f.Result == nil {
			rows = append(rows, append(append([]string{SafeText(f.Path), unreadableLabel}, blank(len(head)-3)...), errorText(f)))
			continue
		}
		r := f.Result
		row := []string{SafeText(f.Path), string(r.Verdict), OverviewOf(r).Reason, strconv.Itoa(r.Counts.Words)}
		for _, role := range lint.BodyRoles {
			row = append(row, strconv.FormatFloat(r.Shares[role]*100, 'f', 1, 64))
		}
		var titles, ids []string
		for _, fd := range rulesBySeverity(r.Findings, lint.SeverityError) {
			titles, ids = append(titles, fd.Title), append(ids, fd.Rule)
		}
		rows = append(rows, append(row, strings.Join(titles, "；"), strings.Join(ids, ";"), ""))
	}
	for _, s := range skipped {
		rows = append(rows, append(append([]string{SafeText(s.Path), skippedLabel}, blank(len(head)-3)...), s.Reason))
	}
	return writeCSV(w, rows)
}

// CSVFindings writes one row per finding: file, verdict, paragraph, line,
// column, level, the defect, its rule, the excerpt, the message and the
// suggestion; a file without findings or not read has one row of its own.
func CSVFindings(w io.Writer, files []File, skipped ...Skipped) error {
	head := []string{"文件", "结论", "段落", "行", "列", "级别", "问题", "规则编号", "摘录", "说明", "建议"}
	rows := [][]string{head}
	for _, f := range files {
		if f.Err != nil || f.Result == nil {
			rows = append(rows, []string{SafeText(f.Path), unreadableLabel, "", "", "", "", "", "", "", errorText(f), ""})
			continue
		}
		r := f.Result
		if len(r.Findings) == 0 {
			rows = append(rows, []string{SafeText(f.Path), string(r.Verdict), "", "", "", "", "", "", "", "", ""})
		}
		for _, fd := range r.Findings {
			pos := Locate(r.Doc, fd)
			rows = append(rows, []string{SafeText(f.Path), string(r.Verdict), strconv.Itoa(pos.Paragraph), strconv.Itoa(pos.Line),
				strconv.Itoa(pos.Column), fd.Severity.Label(), fd.Title, fd.Rule, oneLine(pos.Excerpt), fd.Message, fd.Suggestion})
		}
	}
	for _, s := range skipped {
		rows = append(rows, []string{SafeText(s.Path), skippedLabel, "", "", "", "", "", "", "", s.Reason, ""})
	}
	return writeCSV(w, rows)
}

// writeCSV writes rows with the BOM, every cell formula-safe.
func writeCSV(w io.Writer, rows [][]string) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	for _, row := range rows {
		for i, cell := range row {
			row[i] = asText(cell)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// asText keeps a spreadsheet from reading a cell as a formula: one that
// begins with = + - @ (or a tab or carriage return) gets a leading '.
func asText(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
