package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"shuzhi/lint/annotate"
	"shuzhi/lint/render"
)

// outputs are what a run writes besides its report: annotated copies
// (原名.审核.docx), a 审核意见单 per report (原名.审核意见.html) and the
// reviewer's 汇总.xlsx. Inputs are never written to.
type outputs struct {
	dir      string // --output-dir: all three go there
	annotate bool   // annotated copies, beside the originals without dir
	workbook string // --workbook: 汇总.xlsx there (as well)
}

// register adds the flags; always is true for the annotate command, which
// writes annotated copies whatever the flags.
func (o *outputs) register(cmd *cobra.Command, always bool) {
	cmd.Flags().StringVar(&o.dir, "output-dir", "", "把批注稿（原名.审核.docx）、审核意见单（原名.审核意见.html）和 汇总.xlsx 写到该文件夹（按报告的相对路径分子文件夹）")
	if always {
		o.annotate = true
		cmd.Flags().StringVar(&o.workbook, "workbook", "", "同时把整批的汇总表写到该文件（如 各支部/汇总.xlsx）")
		return
	}
	cmd.Flags().BoolVar(&o.annotate, "annotate", false, "同时生成带 Word 批注的审核稿（原名.审核.docx，默认写在原文件旁边）")
}

// Names of the files written.
const (
	sheetSuffix  = ".审核意见.html"
	workbookName = "汇总.xlsx"
)

// write writes the outputs of a run, says on w what it wrote and on errs
// what it could not. A file that cannot be written does not stop the
// others; the error returned then has exit code 2.
func (o outputs) write(w, errs io.Writer, files []render.File, skipped []render.Skipped) error {
	if !o.annotate && o.dir == "" && o.workbook == "" {
		return nil
	}
	inputs := inputPaths(files)
	failed := false
	fail := func(format string, a ...interface{}) {
		fmt.Fprintf(errs, "shuzhi: "+format+"\n", a...)
		failed = true
	}
	for _, f := range files {
		if f.Err != nil || f.Result == nil {
			continue
		}
		if o.annotate || o.dir != "" {
			dst := o.place(f.Path, annotate.Suffix)
			if err := writeAnnotated(f, dst, inputs); err != nil {
				fail("%s：无法生成批注稿：%v", f.Path, err)
			} else {
				fmt.Fprintf(w, "已写出批注稿：%s\n", dst)
			}
		}
		if o.dir != "" {
			dst := o.place(f.Path, sheetSuffix)
			var b bytes.Buffer
			if err := render.Sheet(&b, f); err != nil {
				fail("%s：无法生成审核意见单：%v", f.Path, err)
			} else if err := writeNew(dst, b.Bytes(), inputs); err != nil {
				fail("%v", err)
			}
		}
	}
	var books []string
	if o.dir != "" {
		books = append(books, filepath.Join(o.dir, workbookName))
	}
	if o.workbook != "" {
		books = append(books, o.workbook)
	}
	for _, dst := range books {
		var b bytes.Buffer
		if err := render.Workbook(&b, files, skipped); err != nil {
			fail("无法生成 %s：%v", dst, err)
		} else if err := writeNew(dst, b.Bytes(), inputs); err != nil {
			fail("%v", err)
		} else {
			fmt.Fprintf(w, "已写出汇总表：%s\n", dst)
		}
	}
	if failed {
		return &exitCodeError{code: exitError}
	}
	return nil
}

// place is where the output with the suffix of the report at path goes:
// beside it, or under the output folder at the report's relative path.
// A name already ending in .审核 (an annotated copy) keeps one.
func (o outputs) place(path, suffix string) string {
	if path == "-" {
		path = "标准输入.txt"
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	base = strings.TrimSuffix(base, ".审核")
	name := base + suffix
	if o.dir == "" {
		return filepath.Join(filepath.Dir(path), name)
	}
	dir := filepath.Dir(path)
	if filepath.IsAbs(dir) || dir == ".." || strings.HasPrefix(dir, ".."+string(filepath.Separator)) {
		dir = ""
	}
	return filepath.Join(o.dir, dir, name)
}

// writeAnnotated writes the annotated copy of a reviewed file.
func writeAnnotated(f render.File, dst string, inputs map[string]bool) error {
	var data []byte
	if f.Result.Doc.Format == "docx" {
		var err error
		if data, err = os.ReadFile(f.Path); err != nil {
			return err
		}
	}
	out, err := annotate.File(f.Path, data, f.Result)
	if err != nil {
		return err
	}
	return writeNew(dst, out, inputs)
}

// writeNew writes data to dst through a temporary file in the same folder,
// refusing to write over an input of the run.
func writeNew(dst string, data []byte, inputs map[string]bool) error {
	if inputs[filepath.Clean(dst)] {
		return fmt.Errorf("%s 是本次审核的输入文件，不会被覆盖；请用 --output-dir 指定别的文件夹", dst)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("无法创建文件夹 %s：%v", filepath.Dir(dst), err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(dst), ".shuzhi-*")
	if err != nil {
		return fmt.Errorf("无法写入 %s：%v", dst, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("无法写入 %s：%v", dst, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("无法写入 %s：%v", dst, err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		return fmt.Errorf("无法写入 %s：%v", dst, err)
	}
	return nil
}

func newAnnotateCmd() *cobra.Command {
	var (
		common commonFlags
		jobs   int
		outs   outputs
	)
	cmd := &cobra.Command{
		Use:   "annotate [flags] PATH...",
		Short: "生成带 Word 批注的审核稿（原名.审核.docx），原文件不动",
		Long: `审核述职报告，并为每份报告生成一份带 Word 批注的审核稿“原名.审核.docx”：
每条意见作为批注挂在原文对应的文字上，标题上的批注给出结论、字数和各部分篇幅。
.docx 的其余内容（格式、表格、修订、原有批注、页眉、图片）原样保留；.txt、.doc、.wps 生成新的 .docx。
再次审核批注稿时，shuzhi 先去掉自己上次的批注，不会叠加。

默认写在原文件旁边；给出 --output-dir 时写到该文件夹，并同时生成每份报告的审核意见单
（原名.审核意见.html，可直接打印为 A4 一页）和整批的 汇总.xlsx。`,
		Example: `  shuzhi annotate 述职报告.docx
  shuzhi annotate --output-dir 审核结果 各支部/`,
		Args: atLeast(1, "文件或文件夹"),
		RunE: func(cmd *cobra.Command, args []string) error {
			files, skipped, err := reviewArgs(cmd, &common, args, jobs)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if err := render.Text(out, files, render.TextOptions{Color: useColor(false, out), Quiet: true, Skipped: skipped}); err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			if err := outs.write(out, cmd.ErrOrStderr(), files, skipped); err != nil {
				return err
			}
			return exitForUnreadable(files)
		},
	}
	common.register(cmd)
	common.registerComparisons(cmd)
	cmd.Flags().IntVar(&jobs, "jobs", runtime.NumCPU(), "并行审核的文件数")
	outs.register(cmd, true)
	return cmd
}

// exitForUnreadable is the exit code of a run that judges nothing by its
// verdicts: 2 if a file could not be read, else 0.
func exitForUnreadable(files []render.File) error {
	for _, f := range files {
		if f.Err != nil || f.Result == nil {
			return &exitCodeError{code: exitError}
		}
	}
	return nil
}
