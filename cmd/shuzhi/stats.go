package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"shuzhi/lint/render"
)

func newStatsCmd() *cobra.Command {
	var (
		common commonFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "stats [flags] FILE...",
		Short: "字数统计：全文和各部分的字数、中文字符、非中文单词、字符数、段落数（同 Word）",
		Long: `按 Word“字数统计”的方法统计一份或多份报告全文和各部分的字数、中文字符、非中文单词、
字符数（不计空格、计空格）和段落数。不加载分词词典，很快。
--format json 对一份报告输出一个对象，多份时输出对象的数组。无法读取的文件给出原因，其余照常统计，退出码为 2。`,
		Args: atLeast(1, "文件"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError("--format 的值 %q 无效（可选 text、json）", format)
			}
			rev, err := common.measurer()
			if err != nil {
				return err
			}
			var tables []render.StatsTable
			failed := false
			for _, path := range args {
				res, err := rev.File(path)
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "shuzhi:", err)
					failed = true
					continue
				}
				tables = append(tables, render.StatsTable{Path: path, Rows: render.StatsOf(res)})
			}
			if format == "json" {
				err = render.StatsJSON(cmd.OutOrStdout(), tables)
			} else {
				err = render.Stats(cmd.OutOrStdout(), tables)
			}
			if err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			if failed {
				return &exitCodeError{code: exitError}
			}
			return nil
		},
	}
	common.register(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "输出格式：text、json")
	return cmd
}
