package main

import (
	"github.com/spf13/cobra"

	"shuzhi/lint/render"
)

func newStatsCmd() *cobra.Command {
	var (
		common commonFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "stats [flags] FILE",
		Short: "字数统计：全文和各部分的字数、中文字符、非中文单词、字符数、段落数（同 Word）",
		Args:  exactly(1, "文件"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError("--format 的值 %q 无效（可选 text、json）", format)
			}
			rev, err := common.measurer()
			if err != nil {
				return err
			}
			res, err := rev.File(args[0])
			if err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			rows := render.StatsOf(res)
			if format == "json" {
				err = render.StatsJSON(cmd.OutOrStdout(), args[0], rows)
			} else {
				err = render.Stats(cmd.OutOrStdout(), args[0], rows)
			}
			if err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			return nil
		},
	}
	common.register(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "输出格式：text、json")
	return cmd
}
