using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>The cue words of <see cref="QuestionParser"/>, as compiled patterns.</summary>
public sealed partial class QuestionParser
{
    [GeneratedRegex(@"^(?:请|帮我)?(?:导出|下载|生成|转成|保存|输出)(?:为|成)?(?:一份|一个)?(?:(?<excel>Excel|excel|EXCEL|xlsx|表格文件|电子表格)|Word|word|WORD|docx|文档|文件)?(?:文件|格式|版)?$")]
    private static partial Regex ExportRegex();

    [GeneratedRegex(@"时限|时效|时间|期限|完成|截止到|截至到|截止|截至|到期|写到|定在|定到|什么时候|何时|哪天")]
    private static partial Regex DeadlineSubjectRegex();

    [GeneratedRegex(@"什么时候|何时|哪天|完成时间|完成时限|完成期限|截止时间|截止日期|完成日期|时效要求")]
    private static partial Regex WhenAskedRegex();

    [GeneratedRegex(@"目标值|指标值|指标|目标|设了|设置|要求|考核")]
    private static partial Regex IndicatorWordRegex();

    [GeneratedRegex(@"^(?:帮助|help|\?|你好|您好|hi|hello|使用说明|说明)$|能做什么|会做什么|怎么用|如何使用|能帮我做什么|有什么功能", RegexOptions.IgnoreCase)]
    private static partial Regex HelpRegex();

    [GeneratedRegex(@"^(?:其中|这些|这里面|里面|那些|那么|那|它们|他们|以上|上述|刚才|再|只看|只要|筛选|按|换成|改成|同样的条件|同样条件|一样的条件)|呢$|^" + RankReader.DirectedMoneyOrder + "$")]
    private static partial Regex FollowUpRegex();

    [GeneratedRegex(@"有错|不通过|没通过|没有通过|未通过|不合格")]
    private static partial Regex ErrorsOnlyRegex();

    // 有错误 whole (误 was left unread); 审核不通过 / 没通过审核 are a review's outcome.
    [GeneratedRegex(@"(?:审核|审查)?(?:不通过|没通过|没有通过|未通过)(?:审核|审查)?|检查|审核|校验|核查|审查|体检|合规|有没有问题|有什么问题|有问题|有错误|有错")]
    private static partial Regex ValidateRegex();

    // A review asked for as a command, opening the question (检查一下…, 帮我审核…): not 审核 inside an indicator's name.
    [GeneratedRegex(@"^(?:请|麻烦)?(?:帮我|帮忙)?(?:把)?(?:全部|所有的?|全都|都)?(?:检查|审核|校验|核查|审查)(?:一下|下|一遍|一次)?")]
    private static partial Regex CheckCommandRegex();

    [GeneratedRegex(@"哪些项目|哪些表|所有项目|全部项目|整体|全库|不合规|有问题|有错误|有错|不通过|没通过|没有通过|未通过|^(?:请|麻烦)?(?:帮我|帮忙)?(?:把)?(?:全部|所有的?|全都|都)")]
    private static partial Regex ProblemRegex();

    // 我们所, 本处, 我院: the asker's own unit.
    [GeneratedRegex(@"(?:我们|咱们|本|我)(?:所|处|院|单位|部门)")]
    private static partial Regex OwnUnitRegex();

    // 它的…, 该项目的…: the one project just shown (它们的, 这些 are several).
    [GeneratedRegex(@"^(?:它的|它(?!们)|该项目的?|这个项目的?|那个项目的?)")]
    private static partial Regex OneBackRegex();

    // A back-reference to one project (它, 这个项目), as opposed to several (这些, 它们, 这几个).
    [GeneratedRegex(@"^(?:它的?|(?:这个|那个|这一个|那一个|这一|该|此|上一个|上个)项目)$")]
    private static partial Regex OneOfThemRegex();

    // 哪个部门…最…: a question leading with which department.
    [GeneratedRegex(@"^(?:请问)?(?:哪个|哪一个|哪家|哪些|什么)(?:部门|单位)")]
    private static partial Regex WhichDepartmentRegex();

    [GeneratedRegex(@"(?:场次|人次|家次|场|次|篇|册|份)(?:数)?(?:的)?(?:目标|指标)?(?:值)?最(?:多|少|高|低|大|小)")]
    private static partial Regex CountedSuperlativeRegex();

    [GeneratedRegex(@"最(?:常见|常用|普遍)(?:的)?(?:目标值|指标值|取值|值|写法)?|(?:设|定|写)成多少|一般(?:不低于|不少于|不超过|不高于|至少|在)多少|一般|通常|常见|普遍|大多|多数|惯例|参考|常用|典型|平时|(?:怎么|如何|怎样)(?:设|定|写|填|确定|设置)|设多少|设为多少|定多少|定为多少|取多少|填多少|写多少|分布")]
    private static partial Regex NormsRegex();

    // The words that ask for a sum by themselves; a question also asks for one with a money word a few characters before
    // 多少 (SumRegex), but as a frame those words between are not covered (资金拨付率是多少 read as a sum of 资金 with 拨付率
    // taken as scaffolding): whatever stands there must be frame words of its own (SumFrameRegex).
    private const string SumWords = @"合计|总额|总计|总和|共计|加起来|总预算|预算总|多少钱|一共多少万|总共多少万|共多少万|总金额|汇总|多少(?:预算|经费|资金|钱)";

    // 成本指标合计超过预算的项目: a total compared is a condition, not a sum asked (it added up their budgets, 140 万元).
    [GeneratedRegex(@"(?!(?:合计|加起来|总和|之和)[^，,。]{0,2}(?:超过|超出|高于|大于|多于|超))(?:" + SumWords + @")|(?:预算|经费|资金|金额)[^，,。]{0,6}多少(?!个|项|家)|多少项目(?:经费|资金)(?=[？?。！!]*$)")]
    private static partial Regex SumRegex();

    [GeneratedRegex(SumWords)]
    private static partial Regex SumFrameRegex();

    // 项目数量 after a department, a year or at the start: how many projects (支持项目数量 is an indicator's name).
    private const string ProjectCount = @"(?<=^|的|所|院|处|局|年|度|门|位|列出|统计|显示|给出|查看|看看|列一下)项目(?:的)?(?:数量(?!指标)|个数|总数|数(?=$|[？?。，,、和与及]|是多少|有多少|为多少|多少))"; // 项目数和预算合计: the count, never a topic 项目数; 项目的数量指标 is the category

    // 数量是多少 counts projects only after 项目 (项目数量是多少); 支撑项目评审数量是多少 asks an indicator's target, not how many tables hold it.
    [GeneratedRegex(@"多少个|(?<![哪这那])几个|多少项|个数|(?<=项目|个|的)数量是多少|有多少|一共多少|总共多少|共多少|多少家|(?<![哪这那])几项|统计|" + ProjectCount)]
    private static partial Regex CountRegex();

    [GeneratedRegex(ProjectCount)]
    private static partial Regex ProjectCountRegex();

    // Two things asked of one project (预算和满意度, 预算、满意度): joined by a word, not one phrase.
    [GeneratedRegex(@"(?:预算|财政资金|其他资金|经费)(?:数)?(?:和|与|及|以及|、|，|,)|(?:和|与|及|以及|、|，|,)(?:预算|财政资金|其他资金|经费)")]
    private static partial Regex AlsoRegex();

    // An indicator's values asked of several projects: 满意度都是多少, 分别是多少, 各是多少.
    [GeneratedRegex(@"(?:都|各|分别|各自)(?:是|为|定的|设的|定为|设为)?多少[？?。！!]*$")]
    private static partial Regex ValuesAskedRegex();

    [GeneratedRegex(@"哪些|哪几个|哪个|列出|列一下|清单|名单|是什么|有什么|找出|筛选|排序|排列")]
    private static partial Regex ListRegex();


    [GeneratedRegex(@"^(?:请|帮我)?(?:查看|看看|看一下|查询|查一下|显示|打开|给我看看)?(?<name>.+?)(?:项目)?(?:的|有哪些|有什么|包括哪些|包含哪些|都有哪些)+(?:绩效)?(?:指标|目标表|绩效目标|详情|内容)")]
    private static partial Regex LookupRegex();

    [GeneratedRegex(@"\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月|季度|年底|年末|上半年|下半年")]
    private static partial Regex DateLikeRegex();

    // A bare list command (列出来, 都有哪些) after a count lists what was counted.
    [GeneratedRegex(@"^以上(?:的)?(?:项目|这些|几个|几项)|^最后(?:一个|那个|一项|一家)|(?:这个|那个|这一个|那一个|这一|该|此|上一个|上个)项目|这些|这几个|这几项|这三个|这两个|这俩|它们|他们|上面|上述|以上这些|剩下|还剩|^剩(?=几|多少)|刚才那些|前面那些|^它的|^它|它$|^其中|^只看(?!项目名称|名称|名字)|^这里面|^里面|^再|^(?:请|帮我)?(?:都|全部|具体|分别)?(?:列出来|列一下|列出|列举一下|列举出来|有哪些|是哪些|是哪几个|都是哪些|都有哪些)(?:项目)?(?:呢|吧)?[？?。]*$")]
    private static partial Regex RefersBackRegex();

    // 去掉网络安全那个, and 把科技奖励评审服务去掉 (the name before the verb: it was refused).
    [GeneratedRegex(@"(?:再)?(?:去掉|去除|剔除|排除|拿掉|不要)(?<x>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{1,12}?)(?:的)?(?:那个|那项|这个|这项|那一个)?(?:项目)?$|^(?:再)?把(?<x>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9（）()、]{1,40}?)(?:的)?(?:那个|那项|这个|这项|那一个)?(?:项目)?(?:也)?(?:去掉|去除|剔除|排除|拿掉|删掉|删除)(?:吧)?$")]
    private static partial Regex DropRegex();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\s+|\s+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpaceBesideChineseRegex();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsRegex();

    [GeneratedRegex(@"(?<![≥≤><=\d.])(?<n>\d+(?:\.\d+)?(?:%|万元|万|亿元|亿|人次|人|家|项|个|场|次)?)\+")]
    private static partial Regex AtLeastPlusRegex();

    // A run of numerals holding at least one financial numeral (壹佰万, 伍拾): read as the ordinary ones.
    [GeneratedRegex(@"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[壹贰叁肆伍陆柒捌玖拾佰仟][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*")]
    private static partial Regex FinancialNumeralRegex();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)[wW](?![A-Za-z])")]
    private static partial Regex WanLetterRegex();

    // A year in Chinese digits (二〇二五年, 二零二五年).
    [GeneratedRegex(@"(?<y>[〇零一二三四五六七八九]{4})年")]
    private static partial Regex ChineseYearRegex();

    // A year of this century written short (25年, 25年度): not after a digit, a month or day, or 近/前/过去 (近5年 is a span).
    [GeneratedRegex(@"(?<![\d月日近前过去第每])(?<yy>[12]\d)年")]
    private static partial Regex ShortYearRegex();

    [GeneratedRegex(@"(?:天津市)?(?:市)?科技局(?:的|里|全局)?|天津市科学技术局|本局|我局|全局")]
    private static partial Regex BureauRegex();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*(?:年度|年)(?!\d{1,2}月)")]
    private static partial Regex HeldYearRegex();

    [GeneratedRegex(@"近两年|近几年|近年来|近年|历年来|历年|往年|各年度|各年|每年|逐年|这两年|这几年|两年来|两个年度|两年")]
    private static partial Regex AllYearsRegex();

    [GeneratedRegex(@"(?:的)?(?:对比|比较|相比|分别是多少|各是多少|分别多少|各多少|分别)(?:一下)?$")]
    private static partial Regex YearByYearRegex();

    [GeneratedRegex(@"(?:几|多少)(?:个|项|家)|个数")]
    private static partial Regex StrongCountRegex();

    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{4,20}?)(?:那个|这个|那项|这项)项目")]
    private static partial Regex PointedNameRegex();

    [GeneratedRegex(@"预算|财政资金|其他资金|经费|资金|金额|花钱|钱")]
    private static partial Regex MoneyFieldRegex();

    // A money field that ends the question (天津科技会展服务的预算, 它的财政资金呢): the field is what is asked.
    [GeneratedRegex(@"的?(?:预算数?|预算金额|总预算|财政资金|财政拨款|其他资金)(?:呢|是)?[？?。！!]*$")]
    private static partial Regex FieldAskedRegex();

    // A table's own fields besides its rows (its goals and its fund usage), and the table itself (检查…的绩效目标表).
    private const string TableFields = @"(?:年度|项目|总体)?(?:绩效目标表|目标表|绩效目标|资金用途|用途)";

    // A subject that is one of them (目标 alone too, read as the goals when a project is named).
    [GeneratedRegex(@"^(?:" + TableFields + @"|(?:年度|项目|总体)?目标)$")]
    private static partial Regex TableFieldRegex();

    // The same fields named in a question about one project (技术市场服务的资金用途): read as the look-up of its table.
    [GeneratedRegex(TableFields)]
    private static partial Regex TableFieldWordsRegex();

    [GeneratedRegex(@"最(?:多|少|高|低|大|小)的(?:是)?(?:哪个|哪家|哪一个|那个|那家|一个|一家|(?:\d+|[两俩三仨四五六七八九十])(?:个|家))?(?:部门|单位)|前(?:\d+|[一二两俩三仨四五六七八九十]+)(?:个|家|名)?的?(?:部门|单位)")]
    private static partial Regex DepartmentSuperlativeRegex();

    [GeneratedRegex(@"所有|全部|全体|整体|总体|全库|全年|全市")]
    private static partial Regex EveryTableRegex();

    [GeneratedRegex(@"^(?:请问)?什么是|是什么意思|什么意思|怎么理解|如何理解|的含义|的定义")]
    private static partial Regex DefinitionRegex();

    // A part of a name at the start, then a field of its table: 科技志鉴编纂的预算, …项目有几条指标, …是哪个部门的.
    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{4,20}?)(?:项目)?(?:的(?=预算|经费|财政资金|其他资金|满意度|指标|绩效|时效|成本|数量|质量|效益|部门|单位|资金|完成|目标)|有几条|有多少条|是哪个|是哪家|报了)")]
    private static partial Regex OpeningNameRegex();

    [GeneratedRegex(@"剩下|剩余")]
    private static partial Regex RemainderRegex();

    // 其他部门 / 其余项目: other than something the question must name.
    [GeneratedRegex(@"(?:其他|其它|其余|别的|另外的?)(?:的)?(?:部门|单位|处室|项目)")]
    private static partial Regex OthersRegex();

    [GeneratedRegex(@"最(?:贵|便宜)")]
    private static partial Regex MoneySuperlativeRegex();
}
