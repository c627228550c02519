using Assistant.Bot.Answers;
using Assistant.Bot.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Understanding;

/// <summary>
/// "Never a confident wrong answer": a question not read completely gets intent unclear, no value and no projects,
/// and says what it did not read. Paraphrases written for these tests, not taken from an evaluation set.
/// </summary>
public sealed class CompletenessTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    // Answerable questions of several kinds; each is answered, and each is refused once an unknown condition is inserted.
    public static TheoryData<string, string> Answerable => new()
    {
        { "信息所的项目预算合计是多少", "信息所的{0}项目预算合计是多少" },
        { "哪些项目的满意度目标不低于95%", "哪些{0}项目的满意度目标不低于95%" },
        { "战略院有几个项目", "战略院有几个{0}项目" },
        { "预算超过1000万元的项目有哪些", "预算超过1000万元的{0}项目有哪些" },
        { "缺少质量指标的项目有哪些", "缺少质量指标的{0}项目有哪些" },
        { "技术市场服务的预算是多少", "技术市场服务{0}的预算是多少" },
        { "列出所有项目", "列出所有{0}项目" },
        { "2025年有哪些项目", "2025年有哪些{0}项目" },
    };

    [Theory]
    [MemberData(nameof(Answerable))]
    public async Task AskAsync_UnknownConditionInserted_IsUnclearWithoutFigures(string question, string template)
    {
        Assert.NotEqual(Intent.Unclear, (await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question)).Intent);
        foreach (var unknown in new[] { "海洋牧场", "区块链试点", "北京市科委", "量子通信" })
        {
            var mutated = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, unknown);

            var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), mutated);

            Assert.True(answer.Intent == Intent.Unclear, $"{mutated} → {answer.Intent}");
            Assert.Null(answer.Value);
            Assert.Empty(answer.Projects);
            Assert.Contains(unknown[..2], answer.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Answerable))]
    public async Task AskAsync_AnswerableQuestion_OpensWithItsReadingLine(string question, string template)
    {
        _ = template;

        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.NotEqual(Intent.Unclear, answer.Intent);
        Assert.StartsWith("按“2025年", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2025, answer.Year);
        Assert.NotNull(answer.Reading);
    }

    [Theory]
    [InlineData("2024年信息所的预算合计是多少", "2024")]          // a year the corpus does not hold
    [InlineData("2026年度科技宣传专项工作安排了多少经费", "2026")]
    [InlineData("科技宣传专项工作目前实际完成了多少", "实际")]     // actual results: not in a target table
    [InlineData("技术市场服务的负责人是谁", "负责人")]
    [InlineData("满意度指标的权重一般是多少", "权重")]
    [InlineData("满意度不低于99%或者量子的项目有哪些", "量子")]      // one side of 或 not read: the whole is not answered
    [InlineData("信息所哪些项目的预算比战略院的平均预算高", "战略院")] // an average over another set than the question's
    [InlineData("科技奖励评审服务和量子项目哪个预算多", "量子")]          // a side of a comparison that names no project
    [InlineData("天津市教委有哪些项目", "教委")]                   // an organisation that is not in the tables
    [InlineData("这几个项目一共多少钱", "上一条")]                 // a reference with nothing before it
    [InlineData("前两个加起来多少", "上一条")]                     // the first two of what? It added the corpus's first two
    [InlineData("前三个项目的预算是多少", "上一条")]
    [InlineData("项目平均有几条指标", "平均有几条指标")]            // rows are counted, not averaged: never the average budget
    [InlineData("平均每个项目设了多少条指标", "平均有几条指标")]
    [InlineData("哪些项目的预算在100万左右", "左右")]              // never exactly 100万
    [InlineData("预算大概多少的项目最多", "哪个数值的项目最多")]      // never the largest budget
    [InlineData("专家库人数最多的项目", "专家库人数")]               // by the indicator's target, never by budget
    [InlineData("满意度最贵的项目", "最贵")]
    [InlineData("信息所满意度目标平均是多少", "满意度的平均值")]      // never the average budget of those projects
    [InlineData("满意度的平均值是多少", "满意度的平均值")]
    [InlineData("科技奖励评审服务的预算占全局多少", "占比")]              // a share: never the project's own 90 万元
    [InlineData("战略院预算占比是多少", "占比")]
    [InlineData("信息所今年的预算比战略院多多少", "两者之差")]          // a difference: never the two added up (1303)
    [InlineData("信息所和战略院的预算相差多少", "两者之差")]
    [InlineData("各部门平均预算", "各部门的平均值")]
    [InlineData("项目最多的单位有多少预算", "按项目数选出的部门的金额")]  // never its 70 projects as the figure asked
    [InlineData("满意度最高的是哪个部门", "哪个部门")]                // a department's 满意度 is not computed: never a project's
    [InlineData("预算最高的三个部门", "三个部门")]                   // it listed the three largest projects
    [InlineData("预算前三名的单位", "前三名的单位")]
    [InlineData("没有经济效益和社会效益指标的项目", "经济效益")]         // neither, or not both?
    [InlineData("满意度高于平均的项目", "满意度的平均值")]               // it listed the 17 budgets above the average budget
    [InlineData("哪些项目的满意度和预算都最高", "都最高")]              // two rankings at once: it gave the largest budget
    [InlineData("近两年信息所的预算合计", "只有2025年")]              // two years of a corpus holding one: it gave 2025's alone
    [InlineData("有关天开园和人工智能的项目", "天开园")]              // both or either? It found none holding the phrase
    [InlineData("满意度不低于0.95的项目有几个", "0.95")]              // 95% or 0.95? It compared 0.95 with 90 and counted 94
    [InlineData("其他部门的项目有几个", "其他部门")]                 // other than nothing named: it counted all 95
    [InlineData("其余项目的预算合计", "其余项目")]
    [InlineData("哪些项目的用途是培训", "用途")]                    // a table field, read only as one project's look-up
    [InlineData("预算上千万的项目有几个", "约数")]                     // it counted the 2 tables at exactly 1000万, not 13
    [InlineData("几十万的小项目有多少", "约数")]                       // it counted the 8 at exactly 10万
    [InlineData("预算近百万的项目", "约数")]
    [InlineData("信息所预算增长了多少", "和上一年的表比较")]             // it gave the 2025 total, 1025, as the growth
    [InlineData("预算同比增长多少", "和上一年的表比较")]
    [InlineData("项目的绩效评价结果", "没有绩效评价")]                  // it searched the tables for the words
    [InlineData("人工智能那个项目的预算是多少", "有关的项目不止一个")]
    [InlineData("预算在信息所平均预算以上的项目", "信息所")]               // it gave 信息所's average budget instead of projects       // it added up the 3 tables about 人工智能
    [InlineData("监理费一共多少", "没有按费用类别分列")]             // it counted the one table mentioning 监理费
    [InlineData("培训费是多少", "没有按费用类别分列")]
    [InlineData("预算最高的是哪个部门的项目", "哪个部门")]          // it gave the department with the largest total, 36749.74
    [InlineData("哪个部门的最多", "项目数还是预算")]                 // it gave the largest budget total
    [InlineData("哪个部门最少", "项目数还是预算")]
    [InlineData("社会效益指标最多的项目", "按社会效益指标的条数排序")]    // it ranked by all of a table's rows
    [InlineData("哪个项目的成本指标最多", "按成本指标的条数排序")]
    [InlineData("预算在100万以上、财政资金在80万以下的项目", "预算数和财政资金各自的金额条件")] // it read one range, 100–80, of 预算数
    [InlineData("财政资金超过100万、预算不到200万的项目", "财政资金和预算数各自的金额条件")]
    [InlineData("预算超过300万的项目是不是都是资源配置处的", "是不是都")]   // it listed 资源配置处's 18 and hid the others
    [InlineData("信息所的项目预算都低于500万吗", "是不是都")]
    [InlineData("是不是信息所的项目预算都低于500万", "是不是都")]         // it read 不是信息所 and listed 67 others
    [InlineData("成本指标合计是多少", "目标值相加")]                         // it gave the budget total of the tables holding one
    [InlineData("信息所成本指标加起来多少", "目标值相加")]
    [InlineData("每个部门预算最高的项目", "每个部门各自排第一")]              // it gave the department with the largest total
    [InlineData("各部门最大的项目", "每个部门各自排第一")]
    [InlineData("每个项目平均有几个满意度指标", "平均有几条指标")]          // it gave the average budget, 462.25
    [InlineData("名称包含评审和验收的项目", "验收")]                     // both or either? it looked for the text 评审和验收 (none)
    [InlineData("资金拨付率是多少", "拨付率")]                         // it added up every budget: 拨付率 sat between 资金 and 多少
    [InlineData("资金拨付率一般定多少", "拨付率")]
    [InlineData("小项目有几个", "没有统一的金额标准")]                 // it counted all 95
    [InlineData("科技局的大项目预算合计", "没有统一的金额标准")]       // it added up the one table writing 大项目
    [InlineData("哪些项目设了人次类的指标", "类")]                     // it looked up 项目设了人次 as a phrase and found none
    [InlineData("24年信息所的预算", "2024年")]                           // a short year not held
    [InlineData("我们所一共报了几个项目", "们所")]                        // whose 所: no department named
    [InlineData("重点项目有几个", "类别或级别")]                          // it counted the 22 tables whose text holds 重点
    [InlineData("哪个部门设的指标最多", "给部门排名")]                      // it listed the one project with most rows
    [InlineData("哪个部门的满意度目标最高", "给部门排名")]                  // it listed six projects at 100%
    [InlineData("重大项目的预算合计", "类别或级别")]
    [InlineData("目标值为1份的项目", "1")]                             // it read 预算数 = 1万元 (份 a frame word)
    [InlineData("场次最多的项目", "场次最多")]                         // it named the largest budget (场, 次 are frame words)
    [InlineData("人次最多的项目", "人次最多")]
    [InlineData("以上项目中哪个预算最高", "上一条回答")]               // 以上 refers back: with nothing before it ranked all 95
    [InlineData("超过1000的项目", "超过1000")]                         // a number with no unit and no money word: not a budget
    [InlineData("信息所的技术市场服务项目预算是多少", "是天津市科学技术发展战略研究院的项目")]   // another department's project: it said 0 万元 of 0 projects
    [InlineData("社会效益指标里提到“企业”的项目", "企业")]                 // a category's rows' words: it took any text of the table (24 tables, 7 right)
    [InlineData("预算最高的部门有多少个项目", "按金额选出的部门的项目数")]       // it gave the department's money as the figure
    [InlineData("预算在1000万以上的项目平均满意度", "满意度的平均值")]        // it gave the average budget (2747.82 万元)
    [InlineData("预算是信息所平均预算以上的资源配置处项目有几个", "与平均值比较")]   // it gave the two departments' average budget (460.67 万元)
    [InlineData("满意度≥95%的指标有多少条", "满意度")]                      // that indicator's rows: it counted every row of the 43 tables (338)
    [InlineData("稿件数不少于100篇的项目", "没有以“篇”计的")]               // its one row counts 字: it said no project
    [InlineData("战略院和信息所谁多", "谁多")]                                // more projects or more money? never one picked
    public async Task AskAsync_QuestionNotReadCompletely_SaysWhatWasNotRead(string question, string quoted)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.True(answer.Intent is Intent.Unclear or Intent.Unknown, $"{question} → {answer.Intent}: {answer.Text}");
        Assert.Null(answer.Value);
        Assert.Empty(answer.Projects);
        Assert.Contains(quoted, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("预算刚好是200万的项目有哪些", 4)]
    [InlineData("预算正好200万元的项目", 4)]
    [InlineData("预算不多不少正好是50万的项目有哪些", 0)]
    public async Task AskAsync_ExactlyWorded_IsEqualityNotAtLeast(string question, int expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal(expected, answer.Projects.Count);
        Assert.All(answer.Projects, p => Assert.Equal(expected == 0 ? 50m : 200m, p.Budget));
    }

    [Theory]
    [InlineData("技术市场服务的预算是多少", 60)]
    [InlineData("科技宣传专项工作的预算是多少", 40)]
    public async Task AskAsync_OneProjectsBudget_IsThatProjectsFigure(string question, double expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal((decimal)expected, answer.Value);
    }

    [Theory]
    [InlineData("战略院或者信息所的项目有几个", 23)]                 // 11 + 12
    [InlineData("除了信息所，其他部门一共有多少预算", 42888.51)]      // 43913.51 − 1025
    [InlineData("战略院项目的平均预算是多少", 25.27)]                // 278 / 11
    [InlineData("所有项目里最大的一笔预算是多少万", 5850)]
    [InlineData("财政资金最少的那个项目有多少财政资金", 6)]
    [InlineData("预算最高的俩项目加起来多少钱", 11210.77)]          // 5850 + 5360.77
    [InlineData("正好有8条绩效指标的项目有几个", 14)]
    [InlineData("预算高于平均的项目有几个", 17)]                     // 43913.51 / 95 = 462.25; 17 budgets are above it
    [InlineData("四个单位里预算总额最少的那个，总共多少钱", 278)]     // 战略院
    [InlineData("哪个部门的项目预算合计最高", 36749.74)]                // 项目 before the money word: it was refused as a ranking by rows
    [InlineData("哪个单位的项目总预算最少", 278)]
    [InlineData("战略院和信息所谁的预算多", 1025)]                       // the one of the two with more money: it was refused
    [InlineData("战略院和信息所哪个预算少", 278)]
    [InlineData("信息所和健研院哪个的项目多", 12)]
    [InlineData("項目名稱中包含“重大專項”四個字的一共幾個", 5)]      // traditional characters
    [InlineData("天开园招才引智支撑服务有几条积效指标", 9)]          // 积效 is read as 绩效
    [InlineData("除了资源配置处以外的项目有几个", 25)]               // 除了…以外 says it once: 95 − 70
    [InlineData("除信息所之外的项目预算合计", 42888.51)]
    [InlineData("信息所以外，其余项目有几个", 83)]                    // 其余 after an exclusion is what it leaves
    [InlineData("同时有经济效益和可持续影响指标的项目有几个", 2)]        // two categories sharing one 指标
    [InlineData("既有经济效益又有可持续影响指标的项目有几个", 2)]        // 既…又有 joins them: 经济效益 was left unread
    [InlineData("有社会效益指标但没有经济效益指标的项目有几个", 84)]   // one present, one missing: 没有经济效益 was left unread
    [InlineData("领导让我统计一下满意度设了95%以上的项目数量", 43)]       // 领导让我 was read as a question about people
    [InlineData("时效指标是百分比的项目有几个", 10)]                        // 是 as 写成: 百分比 was left unread
    [InlineData("2026年才完成的项目有几个", 2)]                              // 才
    [InlineData("您好，我是信息所的，想问一下我们所今年一共报了几个项目，总预算是多少？", 1025)] // 我们所 is the 信息所 named
    [InlineData("我们要写材料，需要知道全局项目的财政资金总额", 43913.51)]
    [InlineData("科技帮扶工程和科技宣传专项工作的预算合计", 190)]          // two projects added up: 科技帮扶工程 was left unread
    [InlineData("科技帮扶工程和科技宣传专项工作一共多少钱", 190)]
    [InlineData("技术市场服务和火炬统计调查的财政资金加起来多少", 80)]
    [InlineData("指标最多的项目有几条", 22)]                              // 有几条 without 指标 after it: refused as a row-count filter
    [InlineData("指标在7条以上的项目有几个", 47)]                        // 在…条以上: 7 was left unread
    [InlineData("指标总数少于7条的项目有几个", 48)]                      // 总数
    [InlineData("25年的项目预算合计", 43913.51)]                        // a short year: it was the topic 25年 (12 tables writing 2025年)
    [InlineData("25年12月31日前完成的项目有几个", 47)]                  // it added the topic 25年: 8
    [InlineData("二〇二五年的项目数", 95)]                                // a year in Chinese digits
    [InlineData("没有设置经济效益指标，预算却超过1000万的项目有几个", 7)]  // 却 joins them as 但 does
    [InlineData("设了经济效益指标、没有可持续影响指标的项目有几个", 9)]
    [InlineData("信息所没有可持续影响指标但有质量指标的项目有几个", 12)]  // missing first, then present
    [InlineData("有经济效益也有社会效益指标的项目有几个", 8)]
    [InlineData("预算在100到200万之间且属于资源配置处的项目有几个", 10)] // 属于 frames the department
    [InlineData("时效指标截止到2025年底的项目有多少个", 42)]              // 截止到: the 到 was left unread
    [InlineData("预算最高的项目其他资金是多少", 0)]                       // ranked by 预算, 其他资金 asked: it said 5850, the 预算
    [InlineData("预算最高的三个项目的其他资金合计", 0)]                   // it said 16443.83
    [InlineData("预算排第二的项目的财政资金是多少", 5360.77)]
    [InlineData("财政资金最多的项目预算是多少", 5850)]
    [InlineData("预算超过1000万的大项目有几个", 11)]
    [InlineData("预算超过1000万以及满意度≥95%的项目有几个", 5)]           // 以及 joins two conditions, as 并且 does
    [InlineData("麻烦帮我查一下信息所今年一共有多少个项目，谢谢", 12)]      // courtesy: 谢谢 was left unread
    [InlineData("您好，我想了解一下预算超过一千万的项目一共有几个", 11)]
    [InlineData("能不能告诉我科技帮扶工程的满意度目标", 90)]
    [InlineData("想请教一下，专家库人数这个指标一般设多少比较好", 8500)]
    [InlineData("辛苦看下没有设置质量指标的项目有几个", 1)]
    [InlineData("预算最多的那个项目叫什么名字", 5850)]                      // 名字 was taken for a condition on the name
    [InlineData("名字里有监理的项目有几个", 3)]                              // the name: it found 6 tables mentioning 监理 anywhere
    [InlineData("名称包含评审或验收的项目有几个", 8)]                     // either word: it looked for the text 评审或验收 (none)
    [InlineData("名称含“评审或验收”的项目有几个", 0)]                      // quoted, it is the text
    [InlineData("指标条数在6到8条之间的项目有几个", 82)]                  // a row-count range: it read 6～8 万元 of 预算数
    [InlineData("有6到8条指标的项目有几个", 82)]
    [InlineData("仅有6条指标的项目有几个", 48)]
    [InlineData("只有一条产出指标的项目有几个", 0)]                        // 只有 before a category's count is exactly
    [InlineData("预算超过壹佰万的项目有几个", 34)]                         // financial numerals, as a finance clerk writes them
    [InlineData("预算伍拾万以下的项目有几个", 53)]
    [InlineData("预算100w以上的项目有几个", 35)]                           // w is typing for 万
    [InlineData("信息所得预算合计", 1025)]                                 // 得 typed for 的
    [InlineData("设了成本指标的项目预算合计", 43913.51)]                  // a money word: the budgets of those tables
    [InlineData("战略院的项目数和预算合计", 278)]                          // 项目数 was a topic: the one table mentioning it, 15
    [InlineData("预算都低于500万的项目有几个", 79)]                        // 都 before a condition of the set is filler
    [InlineData("院士工作经费是不是资源配置处的，有几个", 1)]                // 是不是 asks, never excludes (it read 部门不是资源配置处)                      // with an amount, 大项目 is only the noun
    [InlineData("数量指标单位是场的项目有几个", 13)]                       // the rows' unit: it counted every table with a 数量指标
    [InlineData("单位是篇的指标有几个项目", 11)]                           // any row's unit: it counted all 95 (单位, 篇 were frame words)
    [InlineData("指标值用“项”做单位的项目有几个", 45)]
    [InlineData("以“次”为单位的数量指标有几个项目", 16)]
    [InlineData("哪些项目的数量指标用了“个”做单位，有几个", 9)]          // the category before the unit: it counted tables with a 数量指标 and any row in 个 (15)
    [InlineData("数量指标以“次”为单位的项目有几个", 16)]
    [InlineData("绩效目标里提到人才的项目有几个", 12)]                  // unquoted: it was refused
    [InlineData("绩效目标中包含人才的项目有几个", 12)]
    [InlineData("资金用途里有专家的项目有几个", 7)]
    [InlineData("哪些项目的资金用途提到了培训，有几个", 7)]          // the words to the clause's end: it was refused
    [InlineData("绩效目标提到了香港的有几个", 2)]
    [InlineData("数量指标的单位是“人次”的项目有几个", 4)]
    [InlineData("战略院有没有超过50万的项目，有几个", 1)]                 // 有没有超过 asks for > 50万: it read ≤ 50万 (10)
    [InlineData("预算少于平均预算的项目有几个", 78)]                     // 少于 as 低于: 95 − 17
    [InlineData("预算多于平均值的项目有几个", 17)]
    [InlineData("科技志鉴编纂的预算是多少", 20)]                        // part of one name, then a field: 天津科技志鉴编纂专项工作
    [InlineData("科技志鉴编纂项目有几条指标", 7)]
    [InlineData("有关天开园的项目有几个", 11)]
    [InlineData("和区块链有关的项目有几个", 0)]                         // no table holds 区块链: it found 科技宣传专项工作 by its 服务链
    [InlineData("监理项目有几个", 6)]                                  // the tables about 监理: one table writes 监理项目, it said 1
    [InlineData("与监理项目相关的有几个", 6)]
    [InlineData("最贵的三个项目加起来多少钱", 16443.83)]
    [InlineData("名称带有评审两个字的项目有几个", 5)]                  // 两个字 counts the characters: not part of the name
    [InlineData("满意度不低于95%的项目平均预算", 357)]                  // an average budget is computed: 15351.09 / 43
    [InlineData("满意度目标≥95%的项目的预算平均值", 357)]              // 平均值 after 预算: 值 was left unread
    [InlineData("除信息所外一共有多少预算", 42888.51)]                 // 除…外 says it once, as 除了…以外 does
    [InlineData("除了资源配置处和信息所，其他部门的项目有几个", 13)]    // both excluded: it read 信息所 as the department asked (12)
    [InlineData("资源配置处和信息所以外的项目有几个", 13)]
    [InlineData("除了信息所，战略院和健研院的项目有几个", 13)]          // after the comma, the two asked about
    [InlineData("预算介于100万和200万的项目合计多少", 1570)]           // 介于 opens the range without 之间: 10 projects
    [InlineData("专家库人数的目标值一般是多少", 8500)]
    [InlineData("满意度≥95%的项目一共有多少条指标", 338)]               // those tables' rows (the rows of the indicator alone are unclear)
    [InlineData("名称中不含“专项”的项目有多少个", 74)]                  // a name that does not hold it: it was refused
    [InlineData("名字里没有服务的项目有几个", 71)]
    [InlineData("除了名称里带“评审”的，其他项目预算合计多少", 43553.51)]
    [InlineData("俺想知道健研院有啥项目，有几个", 2)]                    // spoken 啥/俺 for 什么/我: they were left unread
    [InlineData("有经济效益指标而且满意度不低于95%的项目有几个", 9)]     // the target is 满意度's: it was taken as 经济效益's and 满意度 left unread
    [InlineData("设了经济效益指标、满意度≥99%的项目有几个", 1)]
    [InlineData("没有可持续影响指标但满意度≥99%的项目有几个", 12)]
    [InlineData("经济效益指标≥50%的项目有几个", 3)]                        // the category's own target still
    [InlineData("有几个部门", 4)]                                          // the departments, never the projects (it was refused)
    [InlineData("预算超过1000万的项目分布在几个部门", 2)]
    [InlineData("信息所有几个项目", 12)]                                   // a department's projects stay a project count
    [InlineData("时效指标写成“及时率”的项目有几个", 6)]                 // a word of the rows' names, written in no value: it said 0
    [InlineData("满意度高于90%但低于99%的项目有几个", 31)]               // two bounds of one target: 低于99% was left unread
    [InlineData("满意度在90%以上、99%以下的项目有几个", 78)]
    [InlineData("满意度大于等于90%小于95%的项目有几个", 41)]
    [InlineData("技术合同成交额超过3000亿元的项目有几个", 0)]           // rows in 亿元 exist and none is above: a true 0
    [InlineData("专家库人数≥10000人的项目有几个", 0)]
    [InlineData("哪个项目的预算最高，多少钱", 5850)]                     // 最高 before a comma: it was left unread
    [InlineData("战略院哪个项目预算最高？多少钱？", 60)]
    [InlineData("信息所哪个项目预算最少，预算多少", 10)]
    [InlineData("有关于天开园的项目吗，有几个", 11)]                   // 有关于: it read the topic 于天开园 and said 0
    [InlineData("有没有关于人工智能的项目，有几个", 3)]
    [InlineData("既没有经济效益指标也没有可持续影响指标的项目有多少个", 81)] // neither: it was refused (没 可持续影响 unread)
    [InlineData("经济效益和可持续影响指标都没有的项目有几个", 81)]
    [InlineData("没有设经济效益指标，也没有设社会效益指标的项目有几个", 0)]
    [InlineData("信息所既没有经济效益指标又没有可持续影响指标的项目有几个", 11)]
    public async Task AskAsync_CombinedFormsReadCompletely_GiveTheFigure(string question, double expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.True((decimal)expected == answer.Value, $"{question} → {answer.Intent} {answer.Value}: {answer.Text}");
    }

    [Fact]
    public async Task AskAsync_NameContainsWithoutQuotes_IsExactlyTheNamesHoldingIt()
    {
        var expected = fixture.Services.GetRequiredService<Retrieval.Hosting.CorpusProvider>().Current.Projects
            .Where(p => p.Name.Contains("外国专家", StringComparison.Ordinal)).Select(p => p.Name).Order().ToList();

        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "名称里含外国专家的项目");

        Assert.Equal(expected, answer.Projects.Select(p => p.Name).Order().ToList());
    }

    [Fact]
    public async Task AskAsync_SpellingCorrected_IsShownInTheReading()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "战略院设了经济效易指标的项目");

        Assert.Equal(["技术市场服务"], answer.Projects.Select(p => p.Name));
        Assert.Contains("「效易」→「效益」", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is the budget of 科技帮扶工程?", 150)]
    [InlineData("how many projects does 信息所 have", 12)]
    public async Task AskAsync_KnownEnglishFrame_IsReadAsTheChineseQuestionAndSaysSo(string question, double expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal((decimal)expected, answer.Value);
        Assert.Contains("英文问题读作", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is the weather today?")]
    [InlineData("what is the budget of quantum project")]
    public async Task AskAsync_OtherEnglishQuestion_IsToldItIsNotSupported(string question)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Unknown, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Contains("英文", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_RandomAndMangledStrings_NeverThrowNorGetAFigureOrList()
    {
        var random = new Random(20261127);
        var pieces = new[] { "预算", "满意度", "信息所", "哪些", "多少", "≥", "95%", "万元", "的", "项目", "?", "，", "啊", "x", "7", "年", "月", "指标", "呢" };
        for (var i = 0; i < 300; i++)
        {
            var noise = i % 3 == 0
                ? new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => (char)random.Next(0x20, 0x9FFF)).ToArray())
                : string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)])) + "乱码词" + random.Next(1000);

            var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), noise);

            Assert.True(answer.Value is null && answer.Projects.Count == 0, $"「{noise}」 got {answer.Intent} {answer.Value} {answer.Projects.Count}");
        }
    }

    [Theory]
    [InlineData("信息所哪些项目", new string[0])]
    [InlineData("信息所有哪些海洋项目", new[] { "海洋" })]
    [InlineData("请问一下量子信息的项目有几个", new[] { "量子" })] // 信息 is scaffolding; 量子 is not
    public void Unread_AfterFrameWords_LeavesOnlyWhatCarriesMeaning(string question, string[] expected)
    {
        // 信息所 (0..3) is the only span a reader took.
        var unread = Completeness.Unread(question, [new Span(0, question.StartsWith("信息所", StringComparison.Ordinal) ? 3 : 0)]);

        Assert.Equal(expected, unread);
    }

    [Theory]
    [InlineData("2024年的项目", new[] { 2024 })]
    [InlineData("名称里带“2024年”的项目", new int[0])]
    [InlineData("2025年的项目", new int[0])]
    public void MissingYears_QuotedOrHeldYears_AreNotMissing(string question, int[] expected)
    {
        Assert.Equal(expected, Completeness.MissingYears(question, [2025]));
    }

    [Theory]
    [InlineData("社会效益指标有3条的项目有几个", "按“2025年、社会效益指标条数=3条、统计项目数”理解。")]
    [InlineData("数量指标超过5条的项目有哪些", "按“2025年、数量指标条数>5条、列出项目”理解。")]
    [InlineData("有社会效益指标的项目有几个", "按“2025年、设有=社会效益指标、统计项目数”理解。")]
    public async Task AskAsync_CategoryRowCount_IsInTheReadingLine(string question, string reading)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.StartsWith(reading, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingLine_BudgetAndDepartment_NamesYearConditionsAndWhatIsAsked()
    {
        var u = new Bot.Understanding.Understanding
        {
            Intent = Intent.Sum, Department = "信息所",
            Budget = new Quantity(Retrieval.Normalisation.Comparator.Less, 20, null, "万元", 0, 0),
        };

        Assert.Equal("按“2025年、部门=信息所、预算数<20万元、合计预算数”理解。", ReadingText.Line(u, 2025));
    }

    [Theory]
    [InlineData("产出指标和效益指标有什么区别", "产出指标", null)]
    [InlineData("效益指标跟产出指标的区别是什么", "效益指标", null)]
    [InlineData("为什么满意度不能写成≥100%", "≥100%", "R06")]
    [InlineData("什么是三级指标", "三级指标", null)]
    [InlineData("成本指标是什么意思", "成本指标", null)]
    [InlineData("产出指标包括哪些", "产出指标", null)]        // 包括 was left unread
    [InlineData("二级指标有哪几类", "二级指标", null)]
    public async Task AskAsync_ConceptQuestion_IsExplainedFromTheGlossaryNamingTheRule(string question, string term, string? rule)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Concept, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Contains($"**{term}**", answer.Text, StringComparison.Ordinal);
        if (rule is not null)
        {
            Assert.Contains($"审核规则 **{rule}**", answer.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("科技成果登记服务的满意度目标是什么", Intent.Lookup)] // a project's row, not the concept
    [InlineData("什么是量子纠缠", Intent.Unclear)]                   // no glossary term: not explained from nothing
    [InlineData("什么是项目支出", Intent.Unclear)]                   // nor answered with the tables that mention the words
    [InlineData("指标值写成“≥100%”的项目有哪些", Intent.Unclear)]    // asks for tables: never the concept's explanation
    [InlineData("指标值写成≥100%的项目有哪些", Intent.Validate)]      // R06 as a condition
    public async Task AskAsync_NotAConceptQuestion_IsNotExplained(string question, Intent intent)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(intent, answer.Intent);
    }

    [Theory]
    [InlineData("时效指标写成百分比的项目有几个", 10)]                   // 及时率、按期完成率 …
    [InlineData("成本指标不是用“≤”来写的项目有几个", 4)]
    [InlineData("满意度写的是“百分比”这三个字的项目有几个", 15)]
    [InlineData("时效指标没写年份的项目有几个", 2)]
    [InlineData("经济效益指标不是百分比而是金额的项目有几个", 4)]
    [InlineData("成本超预算的项目有几个", 2)]                               // R04's errors only
    [InlineData("三级指标有重复的项目有几个", 1)]                           // R09
    [InlineData("资源配置处里成本超预算的项目有几个", 2)]
    public async Task AskAsync_HowTheTableIsWritten_IsAConditionOfTheQuery(string question, double expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.True((decimal)expected == answer.Value, $"{question} → {answer.Intent} {answer.Value}: {answer.Text}");
        Assert.NotEmpty(answer.Citations);
    }

    [Theory]
    [InlineData("科技志鉴编纂那个项目要出版多少册《天津科技年鉴》", 400)]
    [InlineData("杰出青年科学基金项目的支持项目数定的是多少", 30)]
    public async Task AskAsync_OneProjectsRow_GivesItsTargetAndSource(string question, double expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal((decimal)expected, answer.Value);
        Assert.Single(answer.Projects);
    }

    [Theory]
    [InlineData("科技宣传专项工作要发多少篇稿件", "科技宣传专项工作")]   // 发 of the rows' 发布, beside 稿件: it was refused
    [InlineData("科技宣传专项工作要印多少册汇编", "科技宣传专项工作")]
    public async Task AskAsync_OneCharacterVerbOfTheNamedProjectsRows_ShowsItsTable(string question, string project)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal(project, Assert.Single(answer.Projects).Name);
    }

    [Fact]
    public async Task AskAsync_NegationBesideTheNamedProjectsRowWords_IsNotRead()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "科技宣传专项工作不发多少篇稿件");

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Null(answer.Value);
    }

    [Theory]
    [InlineData("科技计划项目验收的时效要求是什么", "时效要求")]   // 效要 is not 效益: no known phrase would result
    [InlineData("满意吗", "满意吗")]
    public void Parse_NearAMisspelling_IsNotCorrected(string question, string kept)
    {
        var (corrected, corrections) = SpellingReader.Correct(question, new Assistant.Retrieval.Indexing.SubstringIndex([]));

        Assert.Contains(kept, corrected, StringComparison.Ordinal);
        Assert.Empty(corrections);
    }

    [Theory]
    [InlineData("财政资金低于30万的项目一共有多少预算", "财政资金<30万元")]      // the field of the condition, not 预算数
    [InlineData("火炬统计调查有哪些质量指标", "项目=火炬统计调查、指标“质量指标”")] // 统计 in the name asks nothing
    [InlineData("健研院的项目平均每个多少钱", "求预算数平均值")]
    [InlineData("完成时间在12月底之前的项目有几个", "期限…至2025-12-31")]
    [InlineData("预算不是15万的项目有几个", "预算数≠15万元")]
    public async Task AskAsync_ReadingLine_SaysWhatWasRead(string question, string reading)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Contains(reading, answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    // Questions where a plausible wrong reading exists; each must get the right figure, never the wrong one.
    [Theory]
    [InlineData("战略院和健研院的项目加起来有几个", 13)]                 // a count, not the budget sum 6138.77
    [InlineData("有没有设置可持续影响指标的项目有几个", 5)]              // present, not the 90 without one
    [InlineData("信息所有几个项目没有设成本指标", 0)]                    // absent, not present
    [InlineData("预算大于等于500万小于1000万的项目有几个", 3)]           // both bounds, not only the last
    [InlineData("2025年信息所的预算合计", 1025)]                         // the year scopes; it is not a topic (62)
    [InlineData("哪个部门的项目最多", 70)]                               // a count of projects per department
    [InlineData("项目数最少的部门是哪个", 2)]
    [InlineData("产出指标一共多少条", 472)]                              // the 产出 rows, not the 681 rows of the tables holding one
    [InlineData("满意度指标一共多少条", 95)]
    [InlineData("信息所有几条成本指标", 12)]
    [InlineData("社会效益指标一共几条", 98)]                              // 社会效益, not the 效益 of which it is a part (114)
    [InlineData("设有经济效益指标的项目一共设了多少条指标", 83)]          // a condition on the tables: all their rows
    [InlineData("产出指标超过5条的项目有几个", 22)]                       // 产出 rows, not all rows (95): the pattern began at 哪些项目的
    [InlineData("有几个项目的产出指标超过5条", 22)]
    [InlineData("数量指标写了“场”的项目有几个", 15)]
    [InlineData("天开园市场主体引育发展咨询服务有几个数量指标", 4)]         // its 4 rows, not 共 1 个项目
    [InlineData("信息所一共有多少个产出指标", 64)]                         // rows, not the 12 projects holding one
    [InlineData("有几个设了数量指标的项目", 95)]                          // projects: no category right after 几个                      // 数量 rows' values, not 场 anywhere (市场: 24)
    [InlineData("技术市场服务的其他资金是多少", 0)]                      // its 其他资金 (0), not a sum over tables with 其他资金 > 0
    [InlineData("所有项目的其他资金合计", 0)]
    [InlineData("哪个单位预算最多", 36749.74)]                          // the money said: its total, no question of which figure
    [InlineData("项目数量最少的部门", 2)]                               // 项目数量 is the department's count, never 1 project by budget
    [InlineData("项目数量最多的是哪个部门", 70)]
    [InlineData("项目个数最少的单位", 2)]
    [InlineData("下半年到期的项目数", 46)]                              // 项目数 is the count, not a topic to search for
    [InlineData("信息所的项目数", 12)]
    [InlineData("项目最多的部门是哪个", 70)]
    [InlineData("每个项目平均有多少财政资金", 462.25)]
    [InlineData("科技局一共有多少个项目", 95)]
    [InlineData("预算不等于15万的项目有几个", 88)]                       // 95 − the 7 at exactly 15
    [InlineData("战略院或者满意度不低于95%的项目有几个", 46)]              // 11 + 43 − 8 in both
    [InlineData("满意度不低于99%或者预算超过3000万的项目有几个", 16)]      // 12 + 4, none in both
    [InlineData("成本超预算的项目合计超出了多少万元", 40.9)]             // the review's own amounts, not a budget sum                            // the bureau is every table, not the 18 that mention 科技局
    [InlineData("预算超过100万且满意度不低于95%的项目有几个", 17)]
    [InlineData("预算超过平均值的项目有几个", 17)]                       // 462.25
    [InlineData("信息所预算低于信息所平均水平的项目有几个", 10)]          // 1025 / 12 = 85.42; 10 below, 2 above
    public async Task AskAsync_QuestionWithATempting_MisreadingGetsTheRightFigure(string question, double expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.True((decimal)expected == answer.Value, $"{question} → {answer.Intent} {answer.Value}: {answer.Text.Split('\n')[0]}");
    }

    [Theory]
    [InlineData("技术合同成交额目标最高是多少", "促进科技成果转化后补助资金")] // ranked by the target (≥2000亿元), never a budget figure
    [InlineData("哪个项目的成本指标最高", "天津市中央引导地方科技发展资金项目")]
    public async Task AskAsync_SuperlativeOverAnIndicator_RanksByItsTarget(string question, string first)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Null(answer.Value);
        Assert.Contains(answer.Projects, p => p.Name == first);
        Assert.Contains("按指标目标值从高到低", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("科技奖励评审服务和技术市场服务哪个预算多", new[] { "科技奖励评审服务" })]    // 90 against 60
    [InlineData("技术市场服务和科技帮扶工程哪个预算少", new[] { "技术市场服务" })]        // 60 against 150
    [InlineData("技术市场服务与科技帮扶工程的预算对比", new[] { "科技帮扶工程", "技术市场服务" })]
    public async Task AskAsync_TwoProjectsSideBySide_ComparesExactlyThem(string question, string[] expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(expected, answer.Projects.Select(p => p.Name));
        Assert.Contains("项目=", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_AnIndicatorsQuantityAsked_IsNotACountOfTables()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "支撑项目评审数量是多少");

        // 数量是多少 counted the tables holding the row (共 1 个项目); the row's target is ≥2000项.
        Assert.NotEqual(Intent.Count, answer.Intent);
        Assert.NotEqual(1m, answer.Value);
    }

    [Theory]
    [InlineData("信息所的项目什么时候完成", 12)]   // it listed the tables without their deadlines
    [InlineData("信息所项目的完成时间", 12)]       // it listed the 4 whose text holds the words 完成时间
    public async Task AskAsync_WhenTheTablesFinish_ListsTheirTimeRows(string question, int expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal(expected, answer.Projects.Count);
        Assert.Equal("时效指标", answer.Reading!.HasCategory);
        Assert.Contains("完成时效：2025年12月31日前完成", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_OneProjectsYearlessDeadline_IsShownNotAnError()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "科技计划项目验收的时效要求是什么");

        // Its 时效 row is written 早于12月31日: the look-up read it with year 0 and answered with an error.
        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Contains("早于12月31日", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhenOneProjectFinishes_GivesItsTimeRow()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "科技帮扶工程什么时候完成");

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Contains("完成时效：**于2025年12月中旬前**", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("支持重点项目", answer.Text, StringComparison.Ordinal); // the 时效 row, not the whole table
    }

    [Theory]
    [InlineData("有哪些部门", 4)]                     // it was not understood
    [InlineData("满意度≥99%的项目涉及哪些部门", 4)]
    public async Task AskAsync_WhichDepartments_ListsTheDepartmentsHoldingThem(string question, int departments)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.List, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Equal(departments, new[] { "资源配置与管理处", "信息研究所", "发展战略研究院", "医学健康研究院" }.Count(d => answer.Text.Contains(d, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AskAsync_SumAskedInYi_GivesTheFigureInWanAndTheSameInYi()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "预算总额是多少亿元");

        Assert.Equal(43913.51m, answer.Value);                                 // the tables' unit, as every figure
        Assert.Contains("合 **4.39 亿元**", answer.Text, StringComparison.Ordinal); // as asked
    }

    [Theory]
    [InlineData("预算高于平均值的信息所项目", 2, true)]   // 信息所's average (85.42), said in the reading: it did not say whose
    [InlineData("预算高于平均的项目有几个", 17, false)]   // all 95 tables': nothing else to say
    public async Task AskAsync_AboveTheAverage_SaysWhoseAverage(string question, int count, bool among)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(count, answer.Total ?? answer.Projects.Count);
        Assert.Equal(among, answer.Text.Split('\n')[0].Contains("平均按满足其余条件的项目计", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_OrderByMoneyColloquially_OrdersTheDepartmentsProjects()
    {
        // 项目按 is a stretch of some indicator text, never a subject or topic: it said no project matched.
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "信息所的项目按花钱多少排序");

        Assert.Equal(12, answer.Projects.Count);
        Assert.Equal(answer.Projects.Select(p => p.Budget).OrderDescending(), answer.Projects.Select(p => p.Budget));
    }
}
