// Command shuzhi reviews 述职报告 the way an organisation department's
// reviewer does: it finds the report's parts, counts 字数 as Word does,
// checks the work plan's requirements and gives the verdict 通过 / 修改 / 重写.
// It never makes a network call.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes (DESIGN.md "CLI").
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // some document at or above --fail-on
	exitError    = 2 // usage or configuration error, or an unreadable file
)

// exitCodeError carries an exit code out of a command.
type exitCodeError struct {
	code int
	err  error // nil when the message was already printed
}

func (e *exitCodeError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func main() {
	if startedByExplorer() {
		os.Exit(runLaunched(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// runLaunched is what shuzhi.exe does when it is double-clicked or has
// files dropped on it: with no files it opens the page (serve); with
// files or folders it checks them, writes each annotated copy beside its
// report and 汇总.xlsx beside the first, says where, and waits for Enter
// so that the window does not close before it is read.
func runLaunched(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return run([]string{"serve"}, stdout, stderr)
	}
	book := filepath.Join(filepath.Dir(args[0]), workbookName)
	if st, err := os.Stat(args[0]); err == nil && st.IsDir() {
		book = filepath.Join(args[0], workbookName)
	}
	code := run(append([]string{"annotate", "--workbook", book}, args...), stdout, stderr)
	if code != exitError {
		fmt.Fprintf(stdout, "\n审核完成。带批注的审核稿在各报告旁边（原名.审核.docx），汇总表：%s\n", book)
	}
	fmt.Fprint(stdout, "按回车键关闭窗口……")
	_, _ = bufio.NewReader(stdin).ReadString('\n')
	return code
}

// run executes the CLI with args, writing to stdout and stderr, and
// returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ec *exitCodeError
	if errors.As(err, &ec) {
		if ec.err != nil {
			fmt.Fprintln(stderr, "shuzhi:", ec.err)
		}
		return ec.code
	}
	fmt.Fprintln(stderr, "shuzhi:", err)
	return exitError
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "shuzhi",
		Short: "述职报告审核工具：字数、结构、篇幅比例和“七个防止”",
		Long: `shuzhi 像组织部门的审核人员一样审读述职报告：
识别报告的成绩、问题、原因、措施各部分，按 Word 的方法统计字数，
对照述职评议考核工作方案的要求逐条检查，给出“通过 / 修改 / 重写”的结论，
每条意见都指明位置、说明理由并给出修改建议。全程离线，不联网。`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          none,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if v, _ := cmd.Flags().GetBool("version"); v {
				_, err := fmt.Fprint(cmd.OutOrStdout(), versionText())
				return err
			}
			return cmd.Help()
		},
	}
	root.Flags().BoolP("version", "v", false, "显示版本、构建信息和词典校验和")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitCodeError{code: exitError, err: fmt.Errorf("参数错误：%s（运行 %s --help 查看用法）", flagErrorText(err), c.CommandPath())}
	})
	root.SuggestionsMinimumDistance = 2
	cobra.AddTemplateFunc("zh", zhUsage)
	root.SetUsageTemplate(usageTemplate)
	root.PersistentFlags().BoolP("help", "h", false, "显示帮助")
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [命令]",
		Short: "显示命令的说明",
		RunE: func(c *cobra.Command, args []string) error {
			target, _, err := c.Root().Find(args)
			if err != nil || target == nil || len(args) > 0 && target == c.Root() {
				return usageError("未知命令 %q（运行 shuzhi --help 查看全部命令）", strings.Join(args, " "))
			}
			return target.Help()
		},
	})
	root.AddCommand(newCheckCmd(), newAnnotateCmd(), newServeCmd(), newCompletionCmd(), newStatsCmd(), newRulesCmd(), newExplainCmd(), newProfilesCmd(), newInitCmd())
	return root
}

// usageTemplate is cobra's usage text in Chinese.
const usageTemplate = `用法：{{if .Runnable}}
  {{zh .UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} 命令 [选项]{{end}}{{if gt (len .Aliases) 0}}

别名：
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

示例：
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

命令：{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

选项：
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces | zh}}{{end}}{{if .HasAvailableInheritedFlags}}

通用选项：
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces | zh}}{{end}}{{if .HasAvailableSubCommands}}

运行 "{{.CommandPath}} 命令 --help" 查看各命令的说明。{{end}}
`

// zhUsage puts the English words cobra and pflag add to usage lines in
// Chinese: [flags] and (default …).
func zhUsage(s string) string {
	return strings.NewReplacer(" [flags]", " [选项]", "(default ", "（默认 ").Replace(
		defaultClose.ReplaceAllString(s, "$1）"))
}

// defaultClose finds the end of pflag's "(default …)".
var defaultClose = regexp.MustCompile(`(\(default [^)\n]*)\)`)

// flagErrors put pflag's messages in Chinese.
var flagErrors = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`^unknown flag: (\S+)$`), "未知选项 $1"},
	{regexp.MustCompile(`^unknown shorthand flag: '(.)' in (\S+)$`), "未知选项 -$1（在 $2 中）"},
	{regexp.MustCompile(`^flag needs an argument: (?:'(.)' in )?(\S+)$`), "选项 $2 需要一个值"},
	{regexp.MustCompile(`^invalid argument "(.*)" for "(\S+)" flag: .*$`), "选项 $2 的值 \"$1\" 无效"},
	{regexp.MustCompile(`^bad flag syntax: (\S+)$`), "选项写法有误：$1"},
}

// flagErrorText is a flag error in Chinese.
func flagErrorText(err error) string {
	msg := err.Error()
	for _, f := range flagErrors {
		if f.re.MatchString(msg) {
			return f.re.ReplaceAllString(msg, f.with)
		}
	}
	return msg
}

// usageError wraps a usage problem in exit code 2.
func usageError(format string, a ...interface{}) error {
	return &exitCodeError{code: exitError, err: fmt.Errorf(format, a...)}
}
