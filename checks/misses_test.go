package checks_test

import (
	"strings"
	"testing"

	"shuzhi/checks"
	"shuzhi/lint"
	"shuzhi/review"
)

// The misses and false alarms seen on real and blind reports, each rule
// both ways: the bad text must make it fire at error or above, the good
// one must not.
const (
	missWork     = "一、主要工作\n我主持召开支委会24次，讲党课4次，走访党员群众86户，推动解决群众急难愁盼问题31件。\n"
	missProblems = "二、存在的问题\n一是我对流动党员管理不够，全年有5名流动党员未参加组织生活。二是我到支部调研只有3次。\n"
	missCauses   = "三、原因分析\n根源在我自己：我重业务轻党建，对流动党员管理没有亲自过问。\n"
	missMeasures = "四、下一步打算\n一是我将于3月底前建立流动党员台账。二是我每季度到支部调研1次。\n"
)

func TestRealReportMisses(t *testing.T) {
	rev, err := review.New(review.Options{Checks: checks.All})
	if err != nil {
		t.Fatal(err)
	}
	prof, _ := rev.Catalog().Profile("default")
	for _, tc := range []struct {
		name, rule string
		fire       bool
		text       string
	}{
		{"no individual subject at all", "first-person", true,
			"一、主要工作\n" + strings.Repeat("支部召开支委会24次，讲党课4次，组织党员走访群众86户，推动解决急难愁盼问题31件，建成党群服务站2个。", 4) + "\n" + missProblems + missCauses +
				"四、下一步打算\n" + strings.Repeat("支部将于3月底前建立流动党员台账，每季度开展一次主题党日，年内发展党员2名。", 3) + "\n"},
		{"the secretary's own 我 throughout", "first-person", false,
			"一、主要工作\n" + strings.Repeat("我主持召开支委会24次，讲党课4次，带领党员走访群众86户，推动解决急难愁盼问题31件。", 4) + "\n" + missProblems + missCauses +
				"四、下一步打算\n" + strings.Repeat("我将于3月底前建立流动党员台账，每季度开展一次主题党日。", 3) + "\n"},
		{"template placeholders", "placeholder", true, missWork + "我在20XX年组织学习xx次，参学率达X%，向X局汇报，学习A总书记重要讲话，***同志受表彰。\n" + missProblems + missCauses + missMeasures},
		{"X光, 5G, 1+X, B超 and Windows XP", "placeholder", false, missWork + "我协调卫生院为党员做X光、X射线和B超检查，推进5G远程会诊和1+X证书，淘汰Windows XP电脑。\n" + missProblems + missCauses + missMeasures},
		{"only a quoted slogan", "data-and-cases", true,
			"一、主要工作\n" + strings.Repeat("我坚持抓党建，大力弘扬“舍小家为大家”精神，支部面貌焕然一新，群众反映良好，党员作用发挥明显。", 3) + "\n" + missProblems + missCauses + missMeasures},
		{"Chinese numerals and named people", "data-and-cases", false,
			"一、主要工作\n" + strings.Repeat("我坚持抓党建，走访了三十二户，组织了六次主题党日，帮王德顺大爷解决了看病难，带领十二名党员参加义务劳动。", 3) + "\n" + missProblems + missCauses + missMeasures},
		{"others named as groups", "self-responsibility", true, missWork + "二、存在的问题\n一是两委会班子成员履职不到位，全年缺岗11人次。二是部分群众对村务公开有意见，全年来访6次。三是学生党支部发展党员把关不严，有2名发展对象材料不全。\n" + missCauses + missMeasures},
		{"others named, the secretary's own fault too", "self-responsibility", false, missWork + "二、存在的问题\n一是两委会班子成员履职不到位，全年缺岗11人次，我督促不力。二是我到支部调研只有3次。\n" + missCauses + missMeasures},
		{"causes blaming others' attitudes", "subjective-causes", true, missWork + missProblems + "三、原因分析\n一是有的支委责任意识不强。二是部分党员思想认识不到位。三是老旧小区条件差，活动经费紧张。\n" + missMeasures},
		{"circumstances where 我 is only the one who does the work", "subjective-causes", true, missWork + missProblems + "三、原因分析\n原因主要在客观上。一是事情太多，我还分管教学，每周带两个班的课。二是人手不够，组织委员、宣传委员都是班主任，材料基本靠我一个人弄。三是上级检查多，各类报表有19项。四是经费紧张，一年只有2万元。\n" + missMeasures},
		{"circumstances, then 我自己也有原因", "subjective-causes", false, missWork + missProblems + "三、原因分析\n教师科研考核压力大，辅导员一人带三四百名学生，精力有限。我自己也有原因：思想上有重学科建设、轻党建的倾向，对支部的督促多靠看材料。\n" + missMeasures},
		{"one objective sentence set aside", "subjective-causes", false, missWork + missProblems + "三、原因分析\n客观上，村里青壮年大多外出务工。但根本原因在我：我重经济轻党建，对流动党员满足于打电话。\n" + missMeasures},
		{"a total restated as 现有的N名党员", "consistency", true, "一、主要工作\n社区共有党员186名，我带领党员走访群众86户。\n二、存在的问题\n社区现有的193名党员中，有12名长期不参加组织生活，我督促不够。\n" + missCauses + missMeasures},
		{"long measures in a report without problems", "measures-share", false, "一、主要工作\n我带头讲党课4次，组织主题党日12次，走访党员32户。\n二、2026年工作打算\n一是3月底前建立流动党员台账，我每季度联系一次。二是6月底前完成3个支部的阵地改造。三是全年讲党课不少于4次。四是9月底前组织党员轮训2期。五是年底前发展党员2名。\n"},
		{"long measures in a report with problems", "measures-share", true, "一、主要工作\n我带头讲党课4次。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活，我督促不够。\n三、2026年工作打算\n一是3月底前建立流动党员台账，我每季度联系一次。二是6月底前完成3个支部的阵地改造。三是全年讲党课不少于4次。四是9月底前组织党员轮训2期。五是年底前发展党员2名。六是每月听取一次支部汇报。\n"},
		{"achievements citing only texts studied", "data-and-cases", true, "一、主要工作\n我坚持落实“三会一课”制度，组织党员集中学习新修订的《中国共产党纪律处分条例》，开展了专题研讨，学习氛围比较浓厚，党员的纪律意识进一步增强。\n我组织党员下沉社区，参与老旧小区改造意见征集和垃圾分类督导，帮助社区解决了一批难事，得到居民好评。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n" + missCauses + missMeasures},
		{"achievements citing the unit's own rules", "data-and-cases", false, "一、主要工作\n我牵头制定《社区党委议事规则》，组织党员学习《中国共产党纪律处分条例》，开展专题研讨4次。\n我组织党员下沉社区，参与老旧小区改造意见征集和垃圾分类督导，帮助社区解决难事23件。\n二、存在的问题\n我对流动党员管理不够，全年有5名流动党员未参加组织生活。\n" + missCauses + missMeasures},
		{"a share its own figures contradict", "consistency", true, "一、主要工作\n公司党员53名，其中在一线车间的党员41名。我设了党员先锋岗，覆盖一线党员29名，占一线党员总数的九成以上。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"shares that fit their figures", "consistency", false, "一、主要工作\n公司党员53名，其中在一线车间的党员41名。我设了党员先锋岗，覆盖一线党员38名，占一线党员总数的九成以上；参加轮训的一线党员29名，占一线党员的71%。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"a rate its own counts contradict", "consistency", true, "一、主要工作\n全年排查矛盾纠纷148件、化解131件，化解率96.3%。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"a rate that fits, and a rate of something else", "consistency", false, "一、主要工作\n全年排查矛盾纠纷148件、化解131件，化解率88.5%。受理诉求120件，办结118件，群众满意率96.3%。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"age brackets that do not add up", "consistency", true, "一、主要工作\n我完成书记年度研判，17名村党组织书记中，45岁以下9名，45至55岁7名，55岁以上4名，大专以上学历6名。38名党员中，35岁以下青年党员15名、36至45岁的9名、46岁以上的16名。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"the oldest and the youngest only", "consistency", false, "一、主要工作\n11名社区党组织书记中，55岁以上的4名，35岁以下的仅1名，我推动换届后平均年龄下降3岁。\n" + missProblems + missCauses + missMeasures},
		{"brackets that add up or do not cover everyone", "consistency", false, "一、主要工作\n17名村党组织书记中，45岁以下6名，45至55岁7名，55岁以上4名。20名党员中，35岁以下9名，36至45岁7名。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"one weak figure in two long paragraphs", "data-and-cases", true,
			"一、主要工作\n" + strings.Repeat("我跑了好几趟镇里，把后山的土路争取进了硬化计划，秋收前修通了，群众拉粮食、送孩子上学都方便了。", 6) + "邻里矛盾我常常晚上到两家去坐坐，把话说开。\n" +
				strings.Repeat("我带着党员在河堤上守了几个晚上，把低洼处的老人提前转移出来，没出一点事。", 3) + "\n" + missProblems + missCauses + missMeasures},
		{"long paragraphs each with figures", "data-and-cases", false,
			"一、主要工作\n" + strings.Repeat("我跑了好几趟镇里，把后山的土路争取进了硬化计划，秋收前修通了，群众拉粮食、送孩子上学都方便了。", 2) + "全长3.2公里的路通了，惠及村民460户。\n" +
				strings.Repeat("我带着党员在河堤上守了几个晚上，把低洼处的老人提前转移出来，没出一点事。", 2) + "前后转移老人17名、守堤党员23名。\n" + missProblems + missCauses + missMeasures},
		{"problems found on a named occasion", "superficial-problems", false, "一、主要工作\n我主持支委会12次，讲党课4次，走访党员32户。\n二、存在的问题\n一是本人对发展党员质量把关不严。学校组织部专项检查时发现一个学生党支部考察谈话记录不全。二是本人推动双带头人培育措施不实，我只提过要求，没有拿出遴选办法。\n" + missCauses + missMeasures},
		{"problems of hedges alone", "superficial-problems", true, "一、主要工作\n我主持支委会12次，讲党课4次，走访党员32户。\n二、存在的问题\n一是理论学习不够深入，学用结合还有差距。二是创新意识有待增强，工作方法有待改进。\n" + missCauses + missMeasures},
		{"one sentence of directions", "concrete-measures", true, "一、主要工作\n我主持支委会12次，讲党课4次。\n二、存在的问题\n我对流动党员管理不够，全年有5名未参加组织生活。\n" + missCauses + "四、下一步打算\n下一步，我将进一步提高思想认识，切实加强支部自身建设，认真做好发展党员工作，持续规范财务公开，推动党建和产业深度融合。\n"},
		{"one concrete sentence", "concrete-measures", false, "一、主要工作\n我主持支委会12次，讲党课4次。\n二、存在的问题\n我对流动党员管理不够，全年有5名未参加组织生活。\n" + missCauses + "四、下一步打算\n3月底前，我牵头建立流动党员台账，每季度联系一次，年底前全部参加组织生活。\n"},
		{"members taken in stated twice", "consistency", true, "一、主要工作\n全年发展党员3名，都是一线骨干。\n二、存在的问题\n今年发展的2名新党员都在白班岗位，我关注夜班不够。\n" + missCauses + missMeasures},
		{"members taken in against the year's target", "consistency", false, "一、主要工作\n全年发展预备党员1名，是装配车间的班组长。\n二、存在的问题\n年初定的发展2名新党员只完成了1名，我抓培养不够。\n" + missCauses + missMeasures},
		{"members taken in this year, in three years and planned", "consistency", false, "一、主要工作\n全年发展党员3名，近三年累计发展党员7名。\n二、存在的问题\n今年发展的3名新党员都在白班岗位，我关注夜班不够。\n" + missCauses + "四、下一步打算\n2026年计划发展党员4名，3月底前确定发展对象。\n"},
		{"a branch's own building is not the writer", "first-person", true, "一、主要工作\n" + strings.Repeat("支部搞了党员示范棚，14名党员每人包1个大棚，带着社员种西红柿和草莓，全年增收30多万元。支部组织党员跑了3家超市销货。", 3) + "\n" + missProblems + missCauses + "三、下一步打算\n" + strings.Repeat("明年，支部要进一步加强学习。要进一步加强支部自身建设，认真落实三会一课制度，不断提高组织力。要切实抓好党员示范棚。", 2) + "\n"},
		{"items adding up to more than their whole", "consistency", true, "一、主要工作\n全所312个台区，其中集镇台区98个、农村台区231个，我带领党员分片巡视。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"items of a longer noun adding up to more", "consistency", true, "一、主要工作\n全年化解矛盾纠纷128件，其中土地纠纷46件、邻里纠纷39件、婚姻家庭纠纷27件、其他纠纷19件。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"groups that do not add up to the whole divided", "consistency", true, "一、主要工作\n我把52名党员全部编入3个党小组：东坡组18名、西坡组16名、果业组14名。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"groups that add up, and groups of some members only", "consistency", false, "一、主要工作\n我把52名党员全部编入3个党小组：东坡组18名、西坡组16名、果业组18名。我把30名党员分为3个服务队：东坡队8名、西坡队6名。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"items that add up, ratings that overlap, people in groups", "consistency", false, "一、主要工作\n全所312个台区，其中集镇台区98个、农村台区214个。全镇18个村，其中示范村9个、重点村10个。支部党员41名，其中女党员25名、青年党员20名。\n二、存在的问题\n我对流动党员管理不够，有5名未参加组织生活。\n" + missCauses + missMeasures},
		{"支部N名党员 as some of them, or all but the secretary", "consistency", false, "城西税务所党支部书记述职报告\n一、主要工作\n所里现有党员17名，我带领支部12名党员每人联系1户企业，并与支部16名党员逐一谈心。\n" + missProblems + missCauses + missMeasures},
		{"a share of the year's plan over 100%", "consistency", false, "一、主要工作\n我带领党员突击队抢工期，全年完成产值2.6亿元，占年度计划的104%，参学率98%。\n" + missProblems + missCauses + missMeasures},
		{"a rate over 100%", "consistency", true, "一、主要工作\n我带领党员突击队抢工期，全年党员参学率104%。\n" + missProblems + missCauses + missMeasures},
		{"a change from last year's figure", "consistency", true, "一、主要工作\n我带领党员设先锋岗5个，投诉由上年的14件下降到5件，下降了40%。\n" + missProblems + missCauses + missMeasures},
		{"a change from last year's figure that fits", "consistency", false, "一、主要工作\n我带领党员设先锋岗5个，投诉由上年的14件下降到5件，下降了64.3%。\n" + missProblems + missCauses + missMeasures},
		{"the same total twice", "consistency", false, "一、主要工作\n社区共有党员186名，我带领党员走访群众86户。\n二、存在的问题\n社区现有的186名党员中，有12名长期不参加组织生活，我督促不够。\n" + missCauses + missMeasures},
		{"causes owned in the sentence before the items", "subjective-causes", false, missWork + missProblems + "3.原因剖析。这些问题表现在工作上，根子在我身上，主要有三点：\n（1）思想上把党建当副业，心里觉得生产指标才是硬成绩。\n（2）车间人手紧，任务重。\n" + missMeasures},
		{"the secretary's own failings without a set phrase", "subjective-causes", false, missWork + missProblems + "三、原因分析\n一是我对科室负责人压担子、传压力不够，督导停留在口头上。二是客观上医务人员工作负荷重，任务量大。\n" + missMeasures},
		{"vehicles named, not one deadline, owner or target", "concrete-measures", true, missWork + missProblems + missCauses + "四、下一步打算\n今后，我将进一步提高政治站位，切实扛起第一责任人的责任，不断完善党员示范岗的管理，努力让组织生活更有吸引力。\n我将进一步加强青年教师的思想引领，经常性开展谈心谈话，积极结对帮带，做好发展党员工作。\n我将持续深化师德师风建设，完善考核办法，带头参加组织生活，推动学校党建工作再上新台阶。\n"},
		{"vehicles named, and a deadline with its owner", "concrete-measures", false, missWork + missProblems + missCauses + strings.Replace("四、下一步打算\n今后，我将进一步提高政治站位，切实扛起第一责任人的责任，不断完善党员示范岗的管理，努力让组织生活更有吸引力。\n我将进一步加强青年教师的思想引领，经常性开展谈心谈话，积极结对帮带，做好发展党员工作。\n我将持续深化师德师风建设，完善考核办法，带头参加组织生活，推动学校党建工作再上新台阶。\n", "经常性开展谈心谈话", "3月底前由我牵头和42名青年教师逐一谈心谈话", 1)},
		{"disguised praise", "superficial-problems", true, missWork + "二、存在的问题\n一是工作标准定得太高，让班子成员压力大。二是对自己要求太严。三是工作太拼，加班太多，照顾家庭不够。\n" + missCauses + missMeasures},
		{"one paragraph of generic problems", "superficial-problems", true, missWork + "二、存在的问题\n本人理论学习还不够深入系统，学用结合还有差距。抓党建的创新意识有待增强，工作方法还不够多。联系服务群众还不够紧密，主动性有待加强。落实主体责任压力传导还不够到位。\n" + missCauses + missMeasures},
		{"one paragraph of claims, each with its facts", "superficial-problems", false, missWork + "二、存在的问题\n我抓党建还不够扎实，全年到支部调研只有3次。对党员教育管理不够严格。有5名流动党员全年未参加组织生活。我督促不够，负有直接责任。\n" + missCauses + missMeasures},
		{"concrete facts without figures", "superficial-problems", false, missWork + "二、存在的问题\n一是支部活动场所至今还设在老祠堂里，我没有去争取过新场地。二是三名年轻党员常年在外务工，我只在春节见过他们。\n" + missCauses + missMeasures},
	} {
		res, err := rev.Document(docFromText(tc.text), prof, lint.Context{})
		if err != nil {
			t.Fatal(err)
		}
		if got := firing(res, lint.SeverityError)[tc.rule]; got != tc.fire {
			t.Errorf("%s: %s fired=%v, want %v\n%s", tc.name, tc.rule, got, tc.fire, describe(res))
		}
	}
}
