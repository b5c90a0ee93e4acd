package checks

import (
	"strings"
	"testing"
)

func TestFindPlaceholders(t *testing.T) {
	tests := []struct {
		text string
		want string // matched slots joined by |, "" for none
	}{
		{"20__年，我带头讲党课。", "20__"},
		{"全年讲党课XX次，走访X户。", "XX次|X户"},
		{"于X月X日召开支委会。", "X月|X日"},
		{"××同志被评为优秀党员。", "××"},
		{"某某同志、某单位和某村。", "某某|某单位|某村"},
		{"我是____村党支部书记。", "____"},
		{"第X次党员大会。", "第X次"},
		{"【此处填写村名】的党员。", "【此处填写村名】"},
		{"具体数字待补充。", "待补充"},
		{"＊年＊月，我带队。", "＊年|＊月"},
		{"XX村党支部。", "XX村"},
		{"20XX年，我带头讲党课。", "20XX"},
		{"组织党员学习xx次，投入xxxx万元。", "xx次|xxxx"},
		{"述职人：***", "***"},
		{"向X政府和X局汇报，参学率达X%。", "X政府|X局|X%"},
		{"学习A总书记重要讲话和《A谈治国理政》，落实A新时代要求。", "A总书记|A谈治国理政|A新时代"},
		{"＊＊村的党员。", "＊＊村"},
		// Not placeholders.
		{"推进5G远程会诊，考取“1+X”证书，做B超和X光检查，淘汰Windows XP电脑。", ""},
		{"创建AAAA级景区，评为A级纳税人。", ""},
		{"协调卫生院为老党员做X光和X射线检查。", ""},
		{"对某些问题、某种倾向要警惕。", ""},
		{"配发X5型号的执法记录仪和Linux系统的电脑。", ""},
		{"2025年我讲党课4次，走访32户。", ""},
		{"第Ⅹ届运动会。", ""},
		{"**重点任务**按月推进。", ""},
		{"3×4米的宣传栏。", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range findPlaceholders(tt.text) {
			got = append(got, h.text)
			if string([]rune(tt.text)[h.start:h.end]) != h.text {
				t.Errorf("%q: offsets %d..%d do not give %q", tt.text, h.start, h.end, h.text)
			}
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("findPlaceholders(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}
