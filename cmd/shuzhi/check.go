package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/lint/render"
	"shuzhi/review"
)

// commonFlags are the flags shared by commands that read documents.
type commonFlags struct {
	profile    string
	config     string
	encoding   string
	previous   string
	references []string
}

func (c *commonFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&c.profile, "profile", "", "使用的方案（shuzhi profiles 列出全部；默认取配置文件中的方案，否则 default）")
	cmd.Flags().StringVar(&c.config, "config", "", "配置文件路径（默认在报告所在文件夹及其上级查找 .shuzhi.yaml）")
	cmd.Flags().StringVar(&c.encoding, "encoding", "", "强制指定 .txt 的编码：utf-8、utf-16le、utf-16be、gb18030、gbk")
	_ = cmd.RegisterFlagCompletionFunc("profile", completeProfiles)
}

// completeProfiles completes --profile with the built-in profiles.
func completeProfiles(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	cat, err := catalog()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var names []string
	for _, p := range cat.Profiles() {
		names = append(names, p.Name+"\t"+p.Title)
	}
	return names, cobra.ShellCompDirectiveNoFileComp
}

// registerComparisons adds the flags that compare a report with other
// documents: last year's report and references.
func (c *commonFlags) registerComparisons(cmd *cobra.Command) {
	cmd.Flags().StringVar(&c.previous, "previous", "", "上年度述职报告（同一人）；给文件夹时按文件名中的姓名或单位对应（忽略年份、日期、终稿/修改稿/v2 和数字），用于检查年年述、年年改、年年在")
	cmd.Flags().StringSliceVar(&c.references, "reference", nil, "参考文档（模板、往年报告、范文）的文件或文件夹，检查照抄照搬；本身不审核；可多次给出")
}

func (c *commonFlags) reviewer() (*review.Reviewer, error) { return c.newReviewer(false) }

// measurer is a reviewer for 字数 and parts only: no rules, no segmenter.
func (c *commonFlags) measurer() (*review.Reviewer, error) { return c.newReviewer(true) }

func (c *commonFlags) newReviewer(measureOnly bool) (*review.Reviewer, error) {
	r, err := review.New(review.Options{
		Checks: checks.All, Profile: c.profile, ConfigPath: c.config, Encoding: c.encoding,
		Previous: c.previous, References: c.references, MeasureOnly: measureOnly,
	})
	if err != nil {
		return nil, &exitCodeError{code: exitError, err: err}
	}
	return r, nil
}

func newCheckCmd() *cobra.Command {
	var (
		common  commonFlags
		format  string
		failOn  string
		jobs    int
		noColor bool
		quiet   bool
		output  string
		csvRows string
		since   string
		outs    outputs
	)
	cmd := &cobra.Command{
		Use:   "check [flags] PATH...",
		Short: "审核述职报告（文件、文件夹、通配符，- 表示标准输入）",
		Long: `审核一份或多份述职报告，给出“通过 / 修改 / 重写”的结论和逐条意见。
PATH 可以是文件（.txt、.docx、.doc、.wps）、文件夹（递归查找）、通配符，或 - 表示从标准输入读取。

输出格式（--format）：text 供人阅读（多份报告时末尾附汇总表）；json 的字段见 docs/json.md（JSON Schema：docs/shuzhi.schema.json）；
sarif 为 SARIF 2.1.0，可上传到 GitHub 代码扫描；github 为 GitHub Actions 注释命令；
csv 每份报告一行，带 BOM 的 UTF-8，可用 Excel 直接打开。

退出码：0 没有达到 --fail-on 的报告；1 有报告达到 --fail-on；2 用法或配置错误，或有文件无法读取。`,
		Example: `  shuzhi check 述职报告.docx
  shuzhi check --profile three-part 各支部/
  shuzhi check --format json --fail-on 重写 *.docx
  shuzhi check --format sarif 述职报告/ > shuzhi.sarif
  shuzhi check --format csv 各支部/ > 汇总.csv`,
		Args: atLeast(1, "文件或文件夹"),
		RunE: func(cmd *cobra.Command, args []string) error {
			threshold, err := lint.ParseVerdict(failOn)
			if err != nil || threshold == lint.VerdictPass {
				return usageError("--fail-on 的值 %q 无效（可选 修改/revise、重写/rewrite）", failOn)
			}
			write, ok := formats[format]
			if !ok {
				return usageError("--format 的值 %q 无效（可选 %s）", format, formatNames)
			}
			if csvRows != "files" && csvRows != "findings" {
				return usageError("--csv-rows 的值 %q 无效（可选 files、findings）", csvRows)
			}
			if format == "xlsx" && output == "" && isTerminal(cmd.OutOrStdout()) {
				return usageError("xlsx 是二进制格式，不能输出到终端；请用 -o 汇总.xlsx 指定文件")
			}
			if since != "" && (len(args) != 1 || isDir(args[0])) {
				return usageError("--since 只能和一份报告一起用：shuzhi check --since 旧稿.docx 新稿.docx")
			}
			files, skipped, err := reviewArgs(cmd, &common, args, jobs)
			if err != nil {
				return err
			}
			if since != "" {
				if err := compareSince(&common, since, files); err != nil {
					return err
				}
			}
			if err := writeReport(cmd.OutOrStdout(), output, files, func(w io.Writer, color bool) error {
				return write(w, files, skipped, render.TextOptions{Color: color && !noColor, Quiet: quiet, Skipped: skipped, CSVRows: csvRows})
			}); err != nil {
				return err
			}
			if err := outs.write(cmd.ErrOrStderr(), cmd.ErrOrStderr(), files, skipped); err != nil {
				return err
			}
			return exitFor(files, threshold)
		},
	}
	common.register(cmd)
	common.registerComparisons(cmd)
	f := cmd.Flags()
	f.StringVar(&format, "format", "text", "输出格式："+formatNames)
	f.StringVar(&failOn, "fail-on", "修改", "结论达到该级别时退出码为 1：修改（revise）或 重写（rewrite）")
	f.IntVar(&jobs, "jobs", runtime.NumCPU(), "并行审核的文件数")
	f.BoolVar(&noColor, "no-color", false, "不使用颜色（也可设置环境变量 NO_COLOR）")
	f.BoolVarP(&quiet, "quiet", "q", false, "只列出未通过的报告及其错误")
	f.StringVar(&since, "since", "", "与旧稿比较：每条意见标为 新增 或 未改，旧稿中已不存在的意见列为 已改（只审核一份报告时）")
	f.StringVar(&csvRows, "csv-rows", "files", "--format csv 的行：files 每份报告一行，findings 每条意见一行")
	f.StringVarP(&output, "output", "o", "", "把审核结果写到该文件而不是标准输出（任何 --format；xlsx 必须给出）")
	outs.register(cmd, false)
	return cmd
}

// formats are the values of --format and how each writes a run: its
// files, and those found in folders but not reviewed.
var formats = map[string]func(io.Writer, []render.File, []render.Skipped, render.TextOptions) error{
	"text": func(w io.Writer, files []render.File, _ []render.Skipped, opt render.TextOptions) error {
		return render.Text(w, files, opt)
	},
	"json": func(w io.Writer, files []render.File, skipped []render.Skipped, _ render.TextOptions) error {
		return render.JSON(w, files, skipped...)
	},
	"sarif": func(w io.Writer, files []render.File, skipped []render.Skipped, _ render.TextOptions) error {
		return render.SARIF(w, files, checks.All, strings.TrimSpace(shortVersion()), skipped...)
	},
	"github": func(w io.Writer, files []render.File, skipped []render.Skipped, _ render.TextOptions) error {
		return render.GitHub(w, files, skipped...)
	},
	"csv": func(w io.Writer, files []render.File, skipped []render.Skipped, opt render.TextOptions) error {
		if opt.CSVRows == "findings" {
			return render.CSVFindings(w, files, skipped...)
		}
		return render.CSV(w, files, skipped...)
	},
	"xlsx": func(w io.Writer, files []render.File, skipped []render.Skipped, _ render.TextOptions) error {
		return render.Workbook(w, files, skipped)
	},
}

// formatNames lists the keys of formats for the help and error messages.
const formatNames = "text、json、sarif、github、csv、xlsx"

// writeReport writes a run's report to the file output, or to stdout
// when output is "" (in colour only on a terminal without NO_COLOR).
func writeReport(stdout io.Writer, output string, files []render.File, write func(io.Writer, bool) error) error {
	if output == "" {
		if err := write(stdout, useColor(false, stdout)); err != nil {
			return &exitCodeError{code: exitError, err: err}
		}
		return nil
	}
	var b bytes.Buffer
	if err := write(&b, false); err != nil {
		return &exitCodeError{code: exitError, err: err}
	}
	if err := writeNew(output, b.Bytes(), inputPaths(files)); err != nil {
		return &exitCodeError{code: exitError, err: err}
	}
	return nil
}

// inputPaths are the cleaned paths of a run's files.
func inputPaths(files []render.File) map[string]bool {
	in := map[string]bool{}
	for _, f := range files {
		in[filepath.Clean(f.Path)] = true
	}
	return in
}

// compareSince reviews the old draft on its own and marks the findings of
// the one file reviewed against it.
func compareSince(common *commonFlags, old string, files []render.File) error {
	if len(files) != 1 || files[0].Result == nil {
		return nil // the draft could not be read: its error says so
	}
	rev, err := common.reviewer()
	if err != nil {
		return err
	}
	prev, err := rev.File(old)
	if err != nil {
		return &exitCodeError{code: exitError, err: fmt.Errorf("旧稿 %w", err)}
	}
	files[0].Since = render.Compare(prev, files[0].Result, old)
	return nil
}

// isDir reports whether path names a folder.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// reviewArgs finds the reports the arguments name and reviews them as one
// run, with a progress bar on standard error.
func reviewArgs(cmd *cobra.Command, common *commonFlags, args []string, jobs int) ([]render.File, []render.Skipped, error) {
	if jobs < 1 {
		return nil, nil, usageError("--jobs 应为正整数")
	}
	rev, err := common.reviewer()
	if err != nil {
		return nil, nil, err
	}
	inputs, skipped, err := discover(args)
	if err != nil {
		return nil, nil, err
	}
	// A bad config stops the run before any file is checked.
	for _, in := range inputs {
		if _, err := rev.ConfigFor(in.path); err != nil {
			return nil, nil, &exitCodeError{code: exitError, err: err}
		}
	}
	inputs = dropIgnored(rev, inputs)
	if len(inputs) == 0 {
		return nil, nil, usageError("没有找到要审核的报告（.txt、.docx、.doc、.wps）")
	}
	bar := newProgress(cmd.ErrOrStderr(), len(inputs))
	files := reviewAll(rev, inputs, jobs, bar.update)
	bar.clear()
	for _, msg := range rev.UnusedWaivers() {
		fmt.Fprintln(cmd.ErrOrStderr(), "shuzhi: 提示："+msg)
	}
	return files, skipped, nil
}

// dropIgnored removes files found by walking folders that a config ignores.
func dropIgnored(rev *review.Reviewer, in []input) []input {
	out := in[:0]
	for _, x := range in {
		if !x.named {
			if cfg, err := rev.ConfigFor(x.path); err == nil && cfg.Ignored(x.path) {
				continue
			}
		}
		out = append(out, x)
	}
	return out
}

// largeRun is how many files make a run large enough to trade a little
// GC time for memory.
const largeRun = 20000

// reviewAll reviews the inputs as one run with up to jobs workers;
// results keep the input order.
func reviewAll(rev *review.Reviewer, inputs []input, jobs int, done func(n, total int)) []render.File {
	paths := make([]string, len(inputs))
	for i, in := range inputs {
		paths[i] = in.path
	}
	if len(paths) >= largeRun && os.Getenv("GOGC") == "" {
		// A province's year of reports: the results and the copy index
		// are most of the heap and live to the end, so the usual headroom
		// of 100% would double the peak; 50% keeps 100k reports under 8 GB
		// for a few per cent more GC time.
		debug.SetGCPercent(50)
	}
	outcomes := rev.Run(paths, jobs, done)
	files := make([]render.File, len(outcomes))
	for i, o := range outcomes {
		files[i] = render.File{Path: o.Path, Result: o.Result, Err: o.Err}
	}
	return files
}

// exitFor returns the exit code of a run: 2 if any file was unreadable,
// 1 if any verdict is at or above the threshold, else nil (0).
func exitFor(files []render.File, threshold lint.Verdict) error {
	code := exitOK
	for _, f := range files {
		switch {
		case f.Err != nil || f.Result == nil:
			code = exitError
		case f.Result.Verdict.Rank() >= threshold.Rank() && code == exitOK:
			code = exitFindings
		}
	}
	if code == exitOK {
		return nil
	}
	return &exitCodeError{code: code}
}

// useColor decides on colour: never with --no-color or NO_COLOR, else only
// when writing to a terminal.
func useColor(noColor bool, w io.Writer) bool {
	if noColor || os.Getenv("NO_COLOR") != "" {
		return false
	}
	return isTerminal(w)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
