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
// 无法读取), 字数, the share of each body role in percent with one decimal,
// the rules that fired at error or critical (most severe first, joined with
// ;), and why the file could not be read; then a row 未审核 for each file
// found in a folder but not reviewed. The output is UTF-8 with a BOM.
func CSV(w io.Writer, files []File, skipped ...Skipped) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	head := []string{"文件", "结论", "字数"}
	for _, role := range lint.BodyRoles {
		head = append(head, role.Label()+"占比(%)")
	}
	head = append(head, "未达要求的规则", "无法读取原因")
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, f := range files {
		row := make([]string, 0, len(head))
		if f.Err != nil || f.Result == nil {
			row = append(row, SafeText(f.Path), unreadableLabel)
			row = append(row, make([]string, len(head)-3)...)
			row = append(row, errorText(f))
		} else {
			r := f.Result
			row = append(row, SafeText(f.Path), string(r.Verdict), strconv.Itoa(r.Counts.Words))
			for _, role := range lint.BodyRoles {
				row = append(row, strconv.FormatFloat(r.Shares[role]*100, 'f', 1, 64))
			}
			var ids []string
			for _, fd := range rulesBySeverity(r.Findings, lint.SeverityError) {
				ids = append(ids, fd.Rule)
			}
			row = append(row, strings.Join(ids, ";"), "")
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	for _, s := range skipped {
		row := append([]string{SafeText(s.Path), skippedLabel}, make([]string, len(head)-3)...)
		if err := cw.Write(append(row, s.Reason)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
