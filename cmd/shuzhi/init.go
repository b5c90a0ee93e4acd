package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/spf13/cobra"

	"shuzhi/checks"
	"shuzhi/config"
)

func newInitCmd() *cobra.Command {
	var (
		profile string
		force   bool
	)
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "在文件夹中生成带注释的 .shuzhi.yaml（列出所选方案的全部键和默认值）",
		Args:  atMost(1, "文件夹"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			cat, err := catalog()
			if err != nil {
				return err
			}
			prof, err := cat.Profile(profile)
			if err != nil {
				return usageError("%v", err)
			}
			path := filepath.Join(dir, config.FileName)
			if _, err := os.Stat(path); err == nil && !force {
				return usageError("%s 已存在（用 --force 覆盖）", path)
			}
			if err := os.WriteFile(path, []byte(cat.Template(prof)), 0o644); err != nil {
				return &exitCodeError{code: exitError, err: fmt.Errorf("无法写入 %s：%v", path, err)}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "已生成 %s（方案 %s）\n", path, prof.Name)
			return nil
		},
	}
	cmd.Flags().StringVar(&profile, "profile", "default", "以哪个内置方案为起点（shuzhi profiles 列出全部）")
	cmd.Flags().BoolVar(&force, "force", false, "覆盖已有的 .shuzhi.yaml")
	return cmd
}

// catalog returns the rules and built-in profiles, made once.
var catalog = sync.OnceValues(func() (*config.Catalog, error) { return config.New(checks.All) })
