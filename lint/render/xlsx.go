package render

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"shuzhi/lint"
)

// Skipped is a file of a run that was not reviewed, and why. Quiet ones
// (Office lock files) are counted but not listed in text.
type Skipped struct {
	Path, Reason string
	Quiet        bool
}

// The sheets of the reviewer's workbook.
const (
	sheetSummary  = "汇总"
	sheetFindings = "意见"
	sheetSkipped  = "未审核"
)

// Workbook writes the reviewer's 汇总.xlsx: sheet 汇总 with one row per
// file reviewed (verdict, why, 字数, shares, findings per level, the main
// problems), sheet 意见 with one row per finding, and sheet 未审核 with
// the files that could not be read or were skipped and why. Headers are
// frozen and filtered, verdicts coloured, and every cell written as text
// or a number, never a formula. The same run gives the same bytes.
func Workbook(w io.Writer, files []File, skipped []Skipped) error {
	x := excelize.NewFile()
	defer x.Close()
	if err := x.SetDocProps(&excelize.DocProperties{
		Creator: "shuzhi", Title: "述职报告审核汇总",
		Created: "2000-01-01T00:00:00Z", Modified: "2000-01-01T00:00:00Z",
	}); err != nil {
		return err
	}
	st, err := newWorkbookStyles(x)
	if err != nil {
		return err
	}
	if err := x.SetSheetName("Sheet1", sheetSummary); err != nil {
		return err
	}
	for _, name := range []string{sheetFindings, sheetSkipped} {
		if _, err := x.NewSheet(name); err != nil {
			return err
		}
	}
	var summary, findings [][]cell
	for _, f := range files {
		if f.Err != nil || f.Result == nil {
			skipped = append(skipped, Skipped{Path: f.Path, Reason: errorText(f)})
			continue
		}
		summary = append(summary, workbookRow(f, st))
		for _, fd := range f.Result.Findings {
			pos := Locate(f.Result.Doc, fd)
			findings = append(findings, []cell{
				text(f.Path), number(pos.Paragraph), text(fd.Title), styled(fd.Severity.Label(), st.severity[fd.Severity]),
				text(oneLine(pos.Excerpt)), text(fd.Message), text(fd.Suggestion), text(fd.Rule),
			})
		}
	}
	var notRead [][]cell
	for _, s := range skipped {
		notRead = append(notRead, []cell{text(s.Path), text(s.Reason)})
	}
	sheets := []struct {
		name   string
		header []string
		widths []float64
		rows   [][]cell
	}{
		{sheetSummary, []string{"文件", "所在文件夹", "结论", "结论依据", "字数", "成绩", "问题", "原因", "措施", "整改", "严重", "错误", "提示", "主要问题"},
			[]float64{34, 22, 8, 40, 8, 8, 8, 8, 8, 8, 7, 7, 7, 50}, summary},
		{sheetFindings, []string{"文件", "段落", "问题", "级别", "摘录", "说明", "建议", "规则"},
			[]float64{34, 7, 26, 7, 40, 50, 50, 20}, findings},
		{sheetSkipped, []string{"文件", "原因"}, []float64{50, 60}, notRead},
	}
	for _, s := range sheets {
		if err := writeSheet(x, s.name, s.header, s.widths, s.rows, st); err != nil {
			return err
		}
	}
	x.SetActiveSheet(0)
	_, err = x.WriteTo(w)
	return err
}

// cell is one value of a row: text, a number or a share, with a style.
type cell struct {
	value interface{}
	style int
}

func text(s string) cell              { return cell{value: SafeText(s)} }
func number(n int) cell               { return cell{value: n} }
func styled(s string, style int) cell { return cell{value: s, style: style} }
func share(f float64, style int) cell { return cell{value: round(f), style: style} }
func verdictCell(v lint.Verdict, st workbookStyles) cell {
	return cell{value: string(v), style: st.verdict[v]}
}

// workbookRow is a file's row of sheet 汇总.
func workbookRow(f File, st workbookStyles) []cell {
	r := f.Result
	o := OverviewOf(r)
	levels := map[lint.Severity]int{}
	for _, fd := range r.Findings {
		levels[fd.Severity]++
	}
	row := []cell{text(filepath.Base(f.Path)), text(filepath.Dir(f.Path)), verdictCell(r.Verdict, st), text(o.Reason), number(r.Counts.Words)}
	for _, role := range []lint.Role{lint.RoleAchievements, lint.RoleProblems, lint.RoleCauses, lint.RoleMeasures, lint.RoleFollowup} {
		if partsUnknown(r) != "" {
			row = append(row, text("—"))
			continue
		}
		row = append(row, share(r.Shares[role], st.percent))
	}
	return append(row, number(levels[lint.SeverityCritical]), number(levels[lint.SeverityError]), number(levels[lint.SeverityInfo]),
		text(mainFindings(r.Findings, lint.SeverityError)))
}

// writeSheet writes a header and rows, freezes the header and filters.
func writeSheet(x *excelize.File, name string, header []string, widths []float64, rows [][]cell, st workbookStyles) error {
	for c, h := range header {
		ref, _ := excelize.CoordinatesToCellName(c+1, 1)
		if err := x.SetCellStr(name, ref, h); err != nil {
			return err
		}
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := x.SetColWidth(name, col, col, widths[c]); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(header), 1)
	if err := x.SetCellStyle(name, "A1", last, st.header); err != nil {
		return err
	}
	for r, row := range rows {
		for c, v := range row {
			ref, _ := excelize.CoordinatesToCellName(c+1, r+2)
			var err error
			switch val := v.value.(type) {
			case string:
				err = x.SetCellStr(name, ref, val) // text, never a formula
			default:
				err = x.SetCellValue(name, ref, val)
			}
			if err != nil {
				return err
			}
			style := st.wrap
			if v.style != 0 {
				style = v.style
			}
			if err := x.SetCellStyle(name, ref, ref, style); err != nil {
				return err
			}
		}
	}
	if err := x.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	end, _ := excelize.CoordinatesToCellName(len(header), max(len(rows)+1, 2))
	return x.AutoFilter(name, fmt.Sprintf("A1:%s", end), nil)
}

// workbookStyles are the cell styles of the workbook.
type workbookStyles struct {
	header, wrap, percent int
	verdict               map[lint.Verdict]int
	severity              map[lint.Severity]int
}

func newWorkbookStyles(x *excelize.File) (workbookStyles, error) {
	st := workbookStyles{verdict: map[lint.Verdict]int{}, severity: map[lint.Severity]int{}}
	font := &excelize.Font{Family: "宋体", Size: 11}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	var err error
	add := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = x.NewStyle(s)
		return id
	}
	st.header = add(&excelize.Style{Font: &excelize.Font{Family: "黑体", Size: 11, Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDDDDD"}}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	st.wrap = add(&excelize.Style{Font: font, Alignment: top})
	st.percent = add(&excelize.Style{Font: font, Alignment: top, NumFmt: 9})
	// In a fixed order, so that the style ids are the same every time.
	for _, v := range []struct {
		verdict lint.Verdict
		color   string
	}{{lint.VerdictPass, "C6EFCE"}, {lint.VerdictRevise, "FFEB9C"}, {lint.VerdictRewrite, "FFC7CE"}} {
		st.verdict[v.verdict] = add(&excelize.Style{Font: &excelize.Font{Family: "宋体", Size: 11, Bold: true}, Alignment: top,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{v.color}}})
	}
	for _, s := range []struct {
		severity lint.Severity
		color    string
	}{{lint.SeverityCritical, "9C0006"}, {lint.SeverityError, "9C5700"}, {lint.SeverityInfo, "555555"}} {
		st.severity[s.severity] = add(&excelize.Style{Font: &excelize.Font{Family: "宋体", Size: 11, Color: s.color}, Alignment: top})
	}
	return st, err
}
