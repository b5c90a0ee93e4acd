package checks_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"shuzhi/checks"
	"shuzhi/config"
	"shuzhi/lint"
	"shuzhi/review"
)

// lexiconCase shows that an entry a .shuzhi.yaml adds to one lexicon
// changes what shuzhi finds: probe must differ between the report reviewed
// without and with the addition.
type lexiconCase struct {
	lexicon  string
	addition string // one entry, YAML-quoted
	settings string // further config (rules: …) for both runs
	report   string
	probe    func(*lint.Result) string
	// reference, when set, is a reference document of the run.
	reference string
}

// roleOf probes the role and theme of the paragraph holding marker.
func roleOf(marker string) func(*lint.Result) string {
	return func(r *lint.Result) string {
		for _, s := range r.Outline.Spans {
			if strings.Contains(lint.RuneSlice(r.Doc.Paragraphs[s.Para].Text, s.Start, s.End), marker) {
				return string(s.Role) + "/" + string(s.Theme)
			}
		}
		return "not found"
	}
}

// rulesFired probes the rules that reported anything.
func rulesFired(r *lint.Result) string {
	var ids []string
	for _, f := range r.Findings {
		ids = append(ids, f.Rule+":"+f.Severity.String())
	}
	sort.Strings(ids)
	return strings.Join(ids, ",")
}

// plain is a clean report the cases vary: achievements, problems, causes
// and measures under role headings.
const (
	plainWork     = "一、主要工作\n我主持召开支委会24次，讲党课4次，走访党员群众86户。\n"
	plainProblems = "二、存在的问题\n一是我对流动党员管理不够，全年有5名流动党员未参加组织生活。二是我到支部调研只有3次。\n"
	plainCauses   = "三、原因分析\n根源在我自己：我重业务轻党建，对流动党员管理没有亲自过问。\n"
	plainMeasures = "四、下一步打算\n一是我将于3月底前建立流动党员台账。二是我每季度到支部调研1次。\n"
)

var lexiconCases = []lexiconCase{
	{lexicon: "heading-achievements", addition: "年度回望", report: plainWork + plainProblems + "三、年度回望\n我组织主题党日12次。\n" + plainMeasures, probe: roleOf("主题党日")},
	{lexicon: "heading-problems", addition: "自我检视", report: plainWork + "二、自我检视\n我对流动党员管理不够。\n" + plainMeasures, probe: roleOf("流动党员管理不够")},
	{lexicon: "heading-causes", addition: "刨根问底", report: plainWork + plainProblems + "三、刨根问底\n我重业务轻党建。\n" + plainMeasures, probe: roleOf("重业务轻党建")},
	{lexicon: "heading-measures", addition: "未来一程", report: plainWork + plainProblems + "三、未来一程\n我将于3月底前建立台账。\n", probe: roleOf("建立台账")},
	{lexicon: "heading-followup", addition: "旧账清理", report: "一、旧账清理\n去年的5个问题已改4个。\n" + plainWork + plainProblems + plainMeasures, probe: roleOf("已改4个")},
	{lexicon: "theme-party-building", addition: "红色引擎", report: "一、红色引擎工作\n我主持召开支委会24次。\n", probe: roleOf("支委会")},
	{lexicon: "theme-integrity", addition: "清风工程", report: "一、清风工程工作\n我开展廉政谈话18人次。\n", probe: roleOf("廉政谈话")},
	{lexicon: "theme-ideology", addition: "思想阵地", report: "一、思想阵地工作\n我组织研判4次。\n", probe: roleOf("研判")},
	{lexicon: "cue-problems", addition: "^美中不足的是", report: "我主持召开支委会24次，讲党课4次。美中不足的是流动党员管理不够。下一步，我将建立台账。", probe: roleOf("美中不足")},
	{lexicon: "cue-causes", addition: "^刨根问底地看", report: "我主持召开支委会24次。存在的问题主要有：流动党员管理不够。刨根问底地看，我重业务轻党建。", probe: roleOf("刨根问底")},
	{lexicon: "cue-measures", addition: "^往后一年咱们", report: "我主持召开支委会24次。存在的问题主要有：流动党员管理不够。往后一年咱们建立台账。", probe: roleOf("往后一年")},
	{lexicon: "cue-followup", addition: "^回头看去年", report: plainWork + "回头看去年，5个问题已改4个。\n" + plainProblems + plainMeasures, probe: roleOf("回头看去年")},
	{lexicon: "cue-closing", addition: "^汇报完毕", report: plainWork + plainProblems + plainMeasures + "汇报完毕，谢谢大家，欢迎批评指正。\n", probe: roleOf("汇报完毕")},
	{lexicon: "cue-opening", addition: "向组织交账", report: "各位领导：\n这一年怎么干的，我向组织交账，请大家评议，有不对的地方请指出来，我一定认真改正，绝不含糊。\n我主持召开支委会24次，讲党课4次。存在的问题主要有：流动党员管理不够。下一步，我将建立台账。", probe: roleOf("向组织交账")},
	{lexicon: "cue-salutation", addition: "^乡亲们，老少爷们：$", report: "乡亲们，老少爷们：\n我主持召开支委会24次，讲党课4次。存在的问题主要有：流动党员管理不够。下一步，我将建立台账。", probe: roleOf("乡亲们")},
	{lexicon: "causes-subjective", addition: "作风飘浮", report: plainWork + plainProblems + "三、原因分析\n一是活动经费紧张。二是作风飘浮。\n" + plainMeasures, probe: rulesFired},
	{lexicon: "causes-objective", addition: "蛟龙出海", report: plainWork + plainProblems + "三、原因分析\n一是蛟龙出海。二是凤鸣岐山。\n" + plainMeasures, probe: rulesFired},
	{lexicon: "cliches", addition: "云端漫步", settings: "rules: {cliches: {per_1000: 0, min_words: 0}}", report: plainWork + "云端漫步，云端漫步。\n" + plainProblems + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "disguised-problems", addition: "太爱熬夜", report: plainWork + "二、存在的问题\n一是我太爱熬夜。二是同事们说我太爱熬夜加班。\n" + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "hedges", addition: "尚欠火候", report: plainWork + "二、存在的问题\n一是理论学习尚欠火候。二是工作方法尚欠火候。\n" + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "generic-problems", addition: "站位还需抬高", report: plainWork + "二、存在的问题\n一是站位还需抬高。二是站位还需抬高一些。\n" + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "measure-carriers", addition: "红色驿站", report: plainWork + plainProblems + plainCauses + "四、下一步打算\n一是建好红色驿站。二是用好红色驿站。\n", probe: rulesFired},
	{lexicon: "measure-deadline", addition: "开春以后", report: plainWork + plainProblems + plainCauses + "四、下一步打算\n一是开春以后抓好学习。二是开春以后抓好管理。\n", probe: rulesFired},
	{lexicon: "measure-owner", addition: "老张盯着", report: plainWork + plainProblems + plainCauses + "四、下一步打算\n一是抓好学习，老张盯着。二是抓好管理，老张盯着。\n", probe: rulesFired},
	{lexicon: "measure-target", addition: "一个不落", report: plainWork + plainProblems + plainCauses + "四、下一步打算\n一是抓好学习，党员一个不落。二是抓好管理，党员一个不落。\n", probe: rulesFired},
	{lexicon: "slogans", addition: "先锋驿站行动", settings: "rules: {data-and-cases: {min_words: 0}}", report: "一、主要工作\n我坚持抓党建，推动开展“先锋驿站行动”，支部面貌焕然一新，群众反映良好，党员作用发挥明显。\n" + plainProblems + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "units", addition: "趟", settings: "rules: {data-and-cases: {min_words: 0}}", report: "一、主要工作\n我坚持抓党建，跑了12趟，支部面貌焕然一新，群众反映良好，党员作用发挥明显，工作局面打开。\n" + plainProblems + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "stance", addition: "心里始终装着", report: "一、主要工作\n一年来我抓党建。我心里始终装着党建这件大事。我心里始终装着群众的冷暖安危。我心里始终装着支部建设。讲党课4次。\n" + plainProblems + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "subjects-collective", addition: "咱们队", report: "一、主要工作\n咱们队召开支委会24次，咱们队讲党课4次，咱们队走访党员群众86户。\n" + plainProblems + plainCauses + "四、下一步打算\n咱们队将于3月底前建立台账。咱们队每季度调研1次。\n", probe: rulesFired},
	{lexicon: "subjects-others", addition: "老张那一伙", report: plainWork + "二、存在的问题\n一是老张那一伙不来开会，全年缺席6次。二是老张那一伙党费拖欠3个月。\n" + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "subjects-self", addition: "鄙人", report: plainWork + "二、存在的问题\n一是个别支部全年有2次未按期开会。二是部分党员全年未参加志愿服务，鄙人督促不够。\n" + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "followup-words", addition: "旧毛病", settings: "rules: {last-year: {require_followup: true, followup_sentences: 1}}", report: plainWork + "旧毛病都治好了。\n" + plainProblems + plainCauses + plainMeasures, probe: rulesFired},
	{lexicon: "formulations", addition: "不忘初心担使命，牢记宗旨为人民，始终把群众的冷暖挂在心上，把组织的嘱托扛在肩上", settings: "rules: {copied: {share: 0.1, passage: 30}}",
		report:    plainWork + "不忘初心担使命，牢记宗旨为人民，始终把群众的冷暖挂在心上，把组织的嘱托扛在肩上。\n" + plainProblems + plainCauses + plainMeasures,
		reference: "我们的口号是：不忘初心担使命，牢记宗旨为人民，始终把群众的冷暖挂在心上，把组织的嘱托扛在肩上。", probe: rulesFired},
}

// TestEveryLexiconAdditionTakesEffect adds an entry to every lexicon a
// config accepts and shows that shuzhi's findings or outline change.
func TestEveryLexiconAdditionTakesEffect(t *testing.T) {
	cat, err := config.New(checks.All)
	if err != nil {
		t.Fatal(err)
	}
	accepted := map[string]bool{}
	for _, name := range acceptedLexicons(t, cat) {
		accepted[name] = true
	}
	covered := map[string]bool{}
	for _, c := range lexiconCases {
		covered[c.lexicon] = true
		t.Run(c.lexicon, func(t *testing.T) {
			without := reviewWithConfig(t, c.settings, c.report, c.reference)
			with := reviewWithConfig(t, c.settings+"\nlexicon: {"+c.lexicon+": ["+fmt.Sprintf("%q", c.addition)+"]}\n", c.report, c.reference)
			if a, b := c.probe(without), c.probe(with); a == b {
				t.Errorf("adding %q to %s changed nothing: %s", c.addition, c.lexicon, a)
			}
		})
	}
	for name := range accepted {
		if !covered[name] {
			t.Errorf("lexicon %s is accepted by the config but no case shows its effect", name)
		}
	}
}

// acceptedLexicons lists the lexicons a config may add to, from the
// error message for an unknown one.
func acceptedLexicons(t *testing.T, cat *config.Catalog) []string {
	_, err := cat.Parse("x/.shuzhi.yaml", []byte("lexicon: {no-such: [x]}\n"))
	if err == nil {
		t.Fatal("unknown lexicon accepted")
	}
	msg := err.Error()
	i := strings.Index(msg, "可选：")
	if i < 0 {
		t.Fatalf("error does not list the lexicons: %s", msg)
	}
	return strings.Split(strings.TrimSuffix(msg[i+len("可选："):], "）"), "、")
}

// reviewWithConfig reviews a report written to a folder with the given
// .shuzhi.yaml, with an optional reference document.
func reviewWithConfig(t *testing.T, cfg, report, reference string) *lint.Result {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "report.txt")
	for name, text := range map[string]string{config.FileName: cfg, "report.txt": report} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opts := review.Options{Checks: checks.All}
	if reference != "" {
		ref := filepath.Join(t.TempDir(), "ref.txt")
		if err := os.WriteFile(ref, []byte(reference), 0o644); err != nil {
			t.Fatal(err)
		}
		opts.References = []string{ref}
	}
	rev, err := review.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	res, err := rev.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return res
}
