package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// Argument checks with Chinese messages, in place of cobra's English ones.

// atLeast accepts n or more arguments.
func atLeast(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError("%s 需要至少 %d 个%s（运行 %s --help 查看用法）", cmd.CommandPath(), n, what, cmd.CommandPath())
		}
		return nil
	}
}

// exactly accepts n arguments.
func exactly(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError("%s 需要 %d 个%s，收到 %d 个（运行 %s --help 查看用法）", cmd.CommandPath(), n, what, len(args), cmd.CommandPath())
		}
		return nil
	}
}

// atMost accepts at most n arguments.
func atMost(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usageError("%s 最多接受 %d 个%s，收到 %d 个", cmd.CommandPath(), n, what, len(args))
		}
		return nil
	}
}

// none accepts no argument; on the root command an argument is an unknown
// command, with the commands it may have meant.
func none(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if !cmd.HasParent() {
		msg := fmt.Sprintf("未知命令 %q", args[0])
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			msg += "，是不是要用：" + strings.Join(s, "、")
		}
		return usageError("%s（运行 shuzhi --help 查看全部命令）", msg)
	}
	return usageError("%s 不接受参数 %q（运行 %s --help 查看用法）", cmd.CommandPath(), args[0], cmd.CommandPath())
}
