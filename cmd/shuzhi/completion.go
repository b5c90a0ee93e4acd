package main

import (
	"github.com/spf13/cobra"
)

// newCompletionCmd writes the shell completion scripts, with help in
// Chinese (cobra's own command speaks English).
func newCompletionCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "生成命令行补全脚本（bash、zsh、fish、powershell）",
		Long: `生成 shuzhi 的命令行补全脚本，补全命令、选项、方案名和规则编号。例如：
  bash：       source <(shuzhi completion bash)
  zsh：        shuzhi completion zsh > "${fpath[1]}/_shuzhi"
  fish：       shuzhi completion fish > ~/.config/fish/completions/shuzhi.fish
  PowerShell： shuzhi completion powershell | Out-String | Invoke-Expression`,
		Args:      exactly(1, "shell 名称"),
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		RunE: func(cmd *cobra.Command, args []string) error {
			root, out := cmd.Root(), cmd.OutOrStdout()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(out, true)
			case "zsh":
				return root.GenZshCompletion(out)
			case "fish":
				return root.GenFishCompletion(out, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(out)
			}
			return usageError("不支持的 shell %q（可选 bash、zsh、fish、powershell）", args[0])
		},
	}
	return cmd
}
