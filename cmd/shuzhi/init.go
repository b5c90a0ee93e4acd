package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"shuzhi/lint"
)

func newInitCmd() *cobra.Command {
	var (
		profile string
		force   bool
	)
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "在文件夹中生成带注释的 .shuzhi.yaml（列出所选方案的全部键和默认值）",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			prof, err := lint.LookupProfile(profile)
			if err != nil {
				return usageError("%v", err)
			}
			path := filepath.Join(dir, lint.ConfigName)
			if _, err := os.Stat(path); err == nil && !force {
				return usageError("%s 已存在（用 --force 覆盖）", path)
			}
			if err := os.WriteFile(path, []byte(configTemplate(prof)), 0o644); err != nil {
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

// configTemplate writes a .shuzhi.yaml that sets every key to the
// profile's value, with a Chinese comment on each.
func configTemplate(p *lint.Profile) string {
	var b strings.Builder
	c, s := p.Content, p.Shares
	w := func(format string, a ...interface{}) { fmt.Fprintf(&b, format+"\n", a...) }
	w("# shuzhi 配置文件：放在报告所在文件夹或其上级文件夹中。")
	w("# 下面列出方案 %s（%s）的全部键和默认值，按本单位的述职评议考核工作方案修改。", p.Name, p.Title)
	w("# 依据：%s", p.Source)
	w("")
	w("profile: %s", p.Name)
	w("")
	w("# 字数范围（按 Word 字数统计全文；0 表示不限）")
	w("length: {min: %d, max: %d}", p.Length.Min, p.Length.Max)
	w("")
	w("# 三合一报告各主题的字数分配和允许的浮动比例（其他方案为空）")
	if len(p.Themes) == 0 {
		w("themes: []")
	} else {
		w("themes:")
		for _, t := range p.Themes {
			w("  - {theme: %s, words: %d, tolerance: %g}   # %s", t.Theme, t.Words, t.Tolerance, t.Theme.Label())
		}
	}
	w("")
	w("# 现场述职：最长分钟数（0 表示不限）和每分钟字数")
	w("speaking: {max_minutes: %g, rate: %d}", p.Speaking.MaxMinutes, p.Speaking.Rate)
	w("")
	w("# 篇幅比例（占正文的比例，0 表示不检查）")
	w("shares:")
	w("  problems_min: %g        # 下列部分合计的下限", s.ProblemsMin)
	w("  problems_roles: [%s]", joinRoles(s.ProblemsRoles))
	w("  achievements_max: %g    # 成绩的上限", s.AchievementsMax)
	w("  measures_min: %g        # 措施的下限", s.MeasuresMin)
	w("  measures_max: %g        # 措施的上限", s.MeasuresMax)
	w("  token_problems: %g      # 问题和原因低于此比例视为没有问题部分", s.TokenProblems)
	w("")
	w("# 内容规则的阈值（shuzhi explain 规则ID 查看含义）")
	w("content:")
	w("  abstract_ratio: %g           # abstract-talk：表态句（按字数）占比上限", c.AbstractRatio)
	w("  abstract_min_ideas: %d        # abstract-talk：至少几句表态才判断", c.AbstractMinIdeas)
	w("  vague_share: %g              # superficial-problems：笼统问题占比上限", c.VagueShare)
	w("  others_min: %d                # self-responsibility：讲他人问题的条目下限", c.OthersMin)
	w("  subjective_share: %g         # subjective-causes：主观原因占比下限", c.SubjectiveShare)
	w("  concrete_mean: %g            # concrete-measures：措施平均得分下限（满分4）", c.ConcreteMean)
	w("  direction_only_share: %g     # concrete-measures：方向性条目占比上限", c.DirectionOnlyShare)
	w("  first_person_per_1000: %g    # first-person：每千字个人主语下限", c.FirstPersonPer1000)
	w("  first_person_share: %g       # first-person：个人主语占比下限", c.FirstPersonShare)
	w("  evidence_per_100: %g         # data-and-cases：每百字数据和事例下限", c.EvidencePer100)
	w("  evidence_paragraphs: %g      # data-and-cases：含数据段落占比下限", c.EvidenceParagraphs)
	w("  evidence_min_words: %d       # data-and-cases：成绩部分不足此字数时不判断", c.EvidenceMinWords)
	w("  cliches_per_1000: %g          # cliches：每千字套话上限（只是提示）", c.ClichesPer1000)
	w("  cliches_min_words: %d        # cliches：某部分不足此字数时不判断", c.ClichesMinWords)
	w("  repeat_similarity: %g        # last-year：与上年问题相似度达到此值视为重复", c.RepeatSimilarity)
	w("  repeat_rewrite: %g           # last-year：重复问题占比达到此值为严重", c.RepeatRewrite)
	w("  require_followup: %v     # last-year：是否要求写上年度问题整改情况", c.RequireFollowup)
	w("  followup_sentences: %d         # last-year：没有单列整改部分时，至少几句讲上年度问题整改", c.FollowupSentences)
	w("  copied_share: %g             # copied：与另一份文档相同的部分达到此比例即为照抄照搬", c.CopiedShare)
	w("  copied_critical: %g          # copied：达到此比例为严重（大部分是抄的）", c.CopiedCritical)
	w("  copied_passage: %d           # copied：一段相同文字达到此字数即为照抄", c.CopiedPassage)
	w("")
	w("# 调整规则级别：off（关闭）、info（提示）、error（错误）、critical（严重）")
	w("rules: {}")
	w("#  cliches: off")
	w("")
	w("# 补充词表（键为 dict/ 中的词表名，如 causes-subjective、stance、hedges、subjects-collective）")
	w("lexicon: {}")
	w("#  causes-subjective: [思想上有惰性]")
	w("")
	w("# 不审核的文件或文件夹（相对于本文件所在位置，可用通配符）")
	w("ignore: []")
	return b.String()
}

func joinRoles(roles []lint.Role) string {
	names := make([]string, len(roles))
	for i, r := range roles {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}
