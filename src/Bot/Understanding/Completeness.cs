using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>
/// The rule that a question is read completely or not answered. After the readers have taken their spans, whatever
/// is left must be question scaffolding (<see cref="FrameWords"/>: 哪些, 多少, 项目, 的 …). A left-over word, a year the
/// corpus does not hold, or a cue for data target tables do not hold (actual results, progress, people, weights)
/// makes the reading unclear. A new form of question is one entry in these tables and a test.
/// </summary>
public static partial class Completeness
{
    /// <summary>Words that frame a question without adding a condition; longest first when matched.</summary>
    public static IReadOnlyList<string> FrameWords { get; } = new[]
    {
        "老师好", "老师", "您好", "你好", "领导让我", "领导要", "让我", "我们要写材料", "要写材料", "写材料", "需要知道", "知道", "全局", "谢谢", "多谢", "感谢", "辛苦了", "辛苦", "麻烦您", "我想了解一下", "想了解一下", "我想问一下", "我想问", "想请教一下", "想请教", "我想", "我需要一份", "我需要", "需要一份", "给我一份", "一份", "能不能告诉我", "能否告诉我", "可以告诉我", "能不能", "能否", "可不可以", "帮忙看下", "看下", "查下", "请帮我", "我要", "我", "您", "想问一下", "想问下", "问一下", "问下", "请教一下", "请教", "请问", "请", "帮我", "帮忙", "麻烦", "我想知道", "想知道", "想了解", "告诉我", "查一下", "查查", "查询", "查", "看一下", "看看", "看",
        "给我", "列一下", "列出来", "列出", "列举", "显示", "统计一下", "统计", "一下", "具体", "分别", "都", "也", "还", "就", "一共", "总共",
        "共", "合计", "总计", "加起来", "加在一起", "所有", "全部", "全体", "整个", "各个", "各", "每个", "哪些", "哪几个", "哪一个", "哪个", "哪",
        "什么", "多少", "几个", "几项", "几", "有没有", "有吗", "是否", "是不是", "项目", "个项目", "的", "是", "有", "了", "吗", "呢", "吧", "啊",
        "呀", "得", "在", "里面", "里", "之中", "其中", "当中", "中", "和", "与", "以及", "及", "跟", "同", "这些", "那些", "这个", "那个", "这", "那", "个",
        "项", "家", "条", "些", "一个", "一项", "单位", "部门", "处", "属于", "预算数", "预算", "经费", "资金", "财政资金", "其他资金", "其它资金", "金额", "总额", "钱", "万元",
        "万", "元", "设了", "设置了", "设置", "设的", "设", "定的", "定了", "定", "写的", "写了", "写", "要求", "规定", "安排了", "安排",
        "为", "按", "排名", "排在", "排", "把", "被", "对", "的话", "今年", "本年度", "年度", "目前有", "现在有", "情况", "信息", "内容", "名单", "清单", "列表",
        "绩效指标", "绩效", "额", "财政", "其他", "其它", "其余", "别的", "大概", "大约", "剩下", "剩余", "出来", "来", "既", "又",
        "同时", "并且", "而且", "但是", "但", "却", "才", "包括", "花钱", "花", "大项目", "小项目", "怎么写的", "怎么写", "如何写", "叫什么名字", "叫什么", "名称", "名字", "的绩效目标表", "绩效目标表", "的表格", "这张表", "的表", "叫啥", "名称是什么", "名字是什么", "目标值", "指标值", "取值", "报的", "申报的", "报", "要", "需要", "必须", "每个项目", "每项", "每", "且", "并", "有没有设置", "有没有", "多少亿", "多少万元", "多少万", "亿", "册", "篇", "场", "份", "次", "人次", "家次", "本", "约", "左右", "一般", "通常", "比较合适", "合适", "为宜", "比较好", "上", "下", "等", "呢", "么", "吗", "其", "它", "它们", "他们", "以上", "以下",
    }.Distinct().OrderByDescending(w => w.Length).ToArray();

    /// <summary>Cues for data a target table does not hold, with what to say; checked even where a reader took the words.</summary>
    public static IReadOnlyList<(Regex Cue, string Reason)> NotHeld { get; } =
    [
        (ActualRegex(), "绩效目标表只记录目标值，没有实际完成或执行情况的数据"),
        (PeopleRegex(), "绩效目标表不记录负责人、联系人等人员信息"),
        (WeightRegex(), "绩效目标表不记录指标的权重、分值或评分"),
        (EvaluationRegex(), "绩效目标表只有年初设定的目标，没有绩效评价、自评或审计的结果"),
        (ClassRegex(), "绩效目标表不记录项目的类别或级别（重点、重大、新增、延续等）；可以按名称或内容问，例如“名称含‘重大’的项目”“和重大专项有关的项目”"),
    ];

    /// <summary>
    /// Figures the engine does not compute although their words were read (平均每个项目几条指标: the rows are counted, not
    /// averaged); refused whatever read the words, so a reader's nearest figure (the average budget) is never given instead.
    /// </summary>
    public static IReadOnlyList<(Regex Cue, string Reason)> NotComputed { get; } =
    [
        (AverageRowsRegex(), "还不能计算每个项目平均有几条指标；可以分别问“一共设了多少条指标”和“一共有多少个项目”"),
        (ApproximateRegex(), "还不能按“左右、大约、上千万、几十万”这类约数筛选；请给出范围，如“预算在80万到120万之间”“预算1000万以上”"),
        (MostCommonValueRegex(), "还不能统计哪个数值的项目最多；指标的常用值可以问“专家库人数一般定多少”"),
        (DifferenceRegex(), "还不能计算两者之差或倍数；可以分别问两者的合计"),
        (ChangeRegex(), "增减要和上一年的表比较，还不能按部门或全部项目计算；一个项目可以问“技术市场服务和上一年比有什么变化”"),
        (ShareRegex(), "还不能计算占比；可以分别问两者的合计，例如“科技奖励评审服务的预算是多少”和“预算合计是多少”"),
        (BothTopRegex(), "还不能同时按两项排名（都最高、都最低）；可以分别问，例如“满意度目标最高的项目”和“预算最高的项目”"),
        (EachDepartmentsTopRegex(), "还不能一次找出每个部门各自排第一的项目；可以分别问，例如“信息所预算最高的项目”“战略院预算最高的项目”"),
        (AllOfThemRegex(), "还不能回答“是不是都…”这类是非问题；可以先列出这些项目（例如“预算超过300万的项目有哪些”），看它们是否都符合"),
    ];

    /// <summary>
    /// Combinations the reading cannot yet express (or, except, not, averages); refused rather than answered as a
    /// simpler question.
    /// </summary>
    public static IReadOnlyList<(Regex Cue, string Reason)> NotYetRead { get; } =
    [
        (SetOperationRegex(), "还不能组合“或、除…以外、不是、既…又、去掉”这类条件"),
        (AverageRegex(), "还不能计算平均值"),
        (RowCountRegex(), "还不能按指标条数筛选"),
        (WrittenAsRegex(), "还不能按指标值的写法（写成什么样）筛选"),
        (NameOnlyRegex(), "还不能只按项目名称里的字、或按表中任意位置的文字筛选"),
    ];

    /// <summary>The parts of <paramref name="question"/> no span covers and no frame word explains, in order.</summary>
    public static IReadOnlyList<string> Unread(string question, IEnumerable<Span> used)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(used);
        var covered = new bool[question.Length];
        foreach (var span in used)
        {
            for (var i = Math.Max(0, span.Start); i < Math.Min(question.Length, span.End); i++)
            {
                covered[i] = true;
            }
        }

        var unread = new List<string>();
        var start = -1;
        for (var i = 0; i <= question.Length; i++)
        {
            var open = i < question.Length && !covered[i] && !IsPause(question[i]);
            if (open && start < 0)
            {
                start = i;
            }
            else if (!open && start >= 0)
            {
                if (Residue(question[start..i]) is { Length: > 0 } left)
                {
                    unread.Add(left);
                }

                start = -1;
            }
        }

        return unread;
    }

    /// <summary>Years the question names (outside quotes) that the corpus does not hold.</summary>
    public static IReadOnlyList<int> MissingYears(string question, IReadOnlyCollection<int> held)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(held);
        var unquoted = QuotedRegex().Replace(question, string.Empty);
        return YearRegex().Matches(unquoted).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture))
            .Where(y => !held.Contains(y)).Distinct().ToList();
    }

    /// <summary>True when the question is mostly English words (not supported: say so rather than guess).</summary>
    public static bool IsEnglish(string question) => EnglishWordRegex().Matches(question ?? string.Empty).Count >= 3;

    // What is left of a run after its frame words are removed, greedily, longest first.
    private static string Residue(string run)
    {
        var rest = run;
        var changed = true;
        while (changed && rest.Length > 0)
        {
            changed = false;
            foreach (var word in FrameWords)
            {
                if (rest.Contains(word, StringComparison.Ordinal))
                {
                    rest = rest.Replace(word, " ", StringComparison.Ordinal);
                    changed = true;
                }
            }
        }

        return string.Join(" ", rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
    }

    private static bool IsPause(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) && c is not ('≥' or '≤' or '>' or '<' or '=' or '%');

    [GeneratedRegex(@"实际|已经|已完成|完成了多少|执行进度|执行情况|执行率|进展|到位|花了多少|用了多少|支出了|拨付了|截至目前|目前已")]
    private static partial Regex ActualRegex();

    [GeneratedRegex(@"负责人|联系人|联系电话|电话|经办人|谁负责|领导(?!让|要|说|交代|安排)|处长|主任")]
    private static partial Regex PeopleRegex();

    [GeneratedRegex(@"权重|分值|得分|打分|评分|扣分")]
    private static partial Regex WeightRegex();

    [GeneratedRegex(@"评价结果|自评结果|自评|评价得分|审计结果|评估结果|考核结果")]
    private static partial Regex EvaluationRegex();

    // 重点项目有几个, 重大项目的预算合计: a class of project no table records (it counted the 22 tables whose text holds 重点).
    [GeneratedRegex(@"(?:重点|重大|一般性|新增|新上|新建|延续|续建|在建|常规|经常性|一次性|日常|重要|核心|示范)(?:的|类|性)?项目")]
    private static partial Regex ClassRegex();

    // 信息所预算增长了多少: a change against another year (it gave the 2025 total, 1025, as the growth).
    [GeneratedRegex(@"(?:增长|增加|减少|下降|上涨|上升|降低|削减|缩减|涨|降)(?:了)?(?:多少|几|百分之几|多少个百分点)|增幅|降幅|增长率|同比|环比")]
    private static partial Regex ChangeRegex();

    [GeneratedRegex(@"或者|或是|或(?!以上|以下)|以外|之外|除了|除去|(?<!是)不是|并非|而是|去掉|剔除|排除|不包括|不含")]
    private static partial Regex SetOperationRegex();

    [GeneratedRegex(@"平均|均值|人均|中位")]
    private static partial Regex AverageRegex();

    [GeneratedRegex(@"\d+\s*条(?:绩效)?指标|指标(?:数|条数|数量)?(?:超过|多于|少于|不足|未达到|正好|刚好)?\s*\d+\s*条|几条|多少条|条数")]
    private static partial Regex RowCountRegex();

    [GeneratedRegex(@"写(?:的|成|了|着)?(?:是)?\s*[≥≤<>=“""「]|写成|写的是|用.{0,3}来写|字样|没写|只写")]
    private static partial Regex WrittenAsRegex();

    // 叫什么名字 / 名称是什么 ask for the name, they set no condition on it.
    [GeneratedRegex(@"(?<!叫什么)(?:名称|名字)(?!是什么|叫什么)|标题|题目|叫做|开头|结尾|带着|提到|提及|字样")]
    private static partial Regex NameOnlyRegex();

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20)\d{2})\s*(?:年|年度)")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"[“""「『‘'][^”""」』’']*[”""」』’']")]
    private static partial Regex QuotedRegex();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex EnglishWordRegex();

    // 每个项目平均有几个满意度指标: a category between the count word and 指标 too (it gave the average budget).
    [GeneratedRegex(@"平均[^，,。？?]{0,8}(?:几|多少)(?:条|个|项)[^，,。？?]{0,8}指标|(?:几|多少)(?:条|个|项)[^，,。？?]{0,8}指标[^，,。？?]{0,4}平均|(?:几|多少)条[^，,。？?]{0,8}平均|平均[^，,。？?]{0,6}指标(?:条数|数)")]
    private static partial Regex AverageRowsRegex();

    // 上千万 / 几十万 / 近百万 are magnitudes, not amounts: 预算上千万 was read as exactly 1000万 (2 tables, not 13).
    // 过千万 is 超过 1000万, a comparator like any other.
    [GeneratedRegex(@"[0-9０-９一二三四五六七八九十百千万亿][^，,。？?]{0,3}(?:左右|上下)|(?:大约|大概|约)[0-9０-９一二三四五六七八九十百千]|(?:上|近|几|数|十几|好几)(?:十|百|千)?(?:万|亿)")]
    private static partial Regex ApproximateRegex();

    // 满意度和预算都最高: two rankings at once, never the one a reader took.
    [GeneratedRegex(@"都(?:是)?最(?:高|低|多|少|大|小)")]
    private static partial Regex BothTopRegex();

    // 预算超过300万的项目是不是都是资源配置处的: a yes-or-no over all of them (it listed 资源配置处's 18 and hid the others).
    // The question is cleaned of its final 吗, so a statement ending in 都 and a comparison is the question form.
    [GeneratedRegex(@"(?:是不是|是否)[^，,。？?]*?(?:都|全部|全都)|(?:都|全部|全都)(?:是|在|低于|高于|超过|不到|不超过|不低于|达到|大于|小于)(?!多少|什么|哪|几)[^，,。？?的]*的?$")]
    private static partial Regex AllOfThemRegex();

    // 每个部门预算最高的项目: a first place within each department (it gave the department with the largest total).
    [GeneratedRegex(@"(?:每个|每一个|各个|各)(?:部门|单位)[^，,。？?]{0,8}?(?:最高|最多|最大|最低|最少|最小|最贵|最便宜)的(?:项目|一个|那个)")]
    private static partial Regex EachDepartmentsTopRegex();

    // 信息所比战略院多多少, 相差多少, 是…的几倍: a difference or a ratio, which no reader computes (never the two added up).
    [GeneratedRegex(@"比[^，,。？?]{1,15}?(?:多|少|高|低)(?:了)?(?:多少|几)|(?:相)?差(?:了)?多少|差额|差距|的几倍|多少倍")]
    private static partial Regex DifferenceRegex();

    // 占全局多少, 占比, 占…的比例: a share of a whole, which no reader computes (never the part's own figure).
    [GeneratedRegex(@"占(?:了)?[^，,。？?]{0,8}?(?:比例|比重|多少|百分之几|几成|百分比|几分之几)|占比")]
    private static partial Regex ShareRegex();

    [GeneratedRegex(@"多少的(?:项目)?(?:最多|最常见)|(?:大概|一般)多少[^，,。？?]{0,4}(?:最多|最常见)")]
    private static partial Regex MostCommonValueRegex();
}
