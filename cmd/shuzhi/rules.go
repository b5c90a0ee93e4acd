package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"shuzhi/checks"
	"shuzhi/config"
	"shuzhi/lint"
)

func newRulesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "rules",
		Short: "列出全部审核规则及默认级别",
		Args:  none,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var b strings.Builder
			for _, c := range checks.All {
				fmt.Fprintf(&b, "%-20s %-8s %s\n", c.ID, c.Severity, c.Title)
			}
			b.WriteString("\n用 shuzhi explain ID 查看规则的依据、检查方法、阈值和示例。\n")
			_, err := fmt.Fprint(cmd.OutOrStdout(), b.String())
			return err
		},
	}
}

func newExplainCmd() *cobra.Command {
	var profile string
	cmd := &cobra.Command{
		Use:   "explain ID",
		Short: "说明一条规则：依据、检查方法、阈值、错误示例和正确示例",
		Args:  exactly(1, "规则编号"),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return checks.IDs(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			c := checks.ByID(args[0])
			if c == nil {
				return usageError("未知的规则 %q（shuzhi rules 列出全部规则）", args[0])
			}
			cat, err := catalog()
			if err != nil {
				return err
			}
			prof, err := cat.Profile(profile)
			if err != nil {
				return usageError("%v", err)
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), explain(cat, c, prof))
			return err
		},
	}
	cmd.Flags().StringVar(&profile, "profile", "default", "按哪个方案显示阈值")
	return cmd
}

// explain renders a rule's documentation.
func explain(cat *config.Catalog, c *lint.Check, prof *lint.Profile) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n", c.ID, c.Title)
	if c.Defect != "" {
		fmt.Fprintf(&b, "不符合时的意见：%s\n", c.Defect)
	}
	fmt.Fprintf(&b, "默认级别：%s（%s）\n", c.Severity.Label(), c.Severity)
	if c.Guard != "" {
		fmt.Fprintf(&b, "对应“七个防止”：%s\n", c.Guard)
	}
	fmt.Fprintf(&b, "\n依据：%s\n%s\n\n%s\n", c.Source, plansLegend, c.Doc)
	if c.Thresholds != nil {
		fmt.Fprintf(&b, "\n阈值（方案 %s）：%s\n", prof.Name, c.Thresholds(prof.Settings(c.ID)))
	}
	if len(c.Params) > 0 {
		fmt.Fprintf(&b, "\n参数（方案 %s 的取值；在 .shuzhi.yaml 中写 rules: {%s: {参数: 值}} 修改）：\n%s", prof.Name, c.ID, cat.Params(c, prof))
	}
	for _, ex := range c.Examples {
		label := "正确示例"
		if ex.Bad {
			label = "错误示例"
		}
		var notes []string
		if ex.Profile != "" {
			notes = append(notes, "方案 "+ex.Profile)
		}
		if ex.Override != "" {
			notes = append(notes, "配置 "+ex.Override)
		}
		if len(notes) > 0 {
			label += "（" + strings.Join(notes, "，") + "）"
		}
		fmt.Fprintf(&b, "\n%s：\n", label)
		for _, line := range strings.Split(ex.Text, "\n") {
			fmt.Fprintf(&b, "    %s\n", line)
		}
	}
	return b.String()
}

func newProfilesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "profiles",
		Short: "列出内置方案及其阈值",
		Args:  none,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cat, err := catalog()
			if err != nil {
				return err
			}
			var b strings.Builder
			for _, p := range cat.Profiles() {
				fmt.Fprintf(&b, "%s — %s\n  依据：%s\n", p.Name, p.Title, p.Source)
				for _, c := range checks.All {
					if c.Thresholds == nil {
						continue
					}
					fmt.Fprintf(&b, "  %-20s %s\n", c.ID, c.Thresholds(p.Settings(c.ID)))
				}
				b.WriteString("\n")
			}
			b.WriteString(plansLegend + "\n")
			_, err = fmt.Fprint(cmd.OutOrStdout(), b.String())
			return err
		},
	}
}

// plansLegend says which plans 篇一 … 篇七 in the sources are.
const plansLegend = "（篇一至篇七指《2023年述职评议考核工作方案（7篇）》中的第一至第七篇）"
