using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>Reads a drafting request: 帮我起草一个人工智能产业对接服务项目的绩效目标表，预算80万元，主要内容：….</summary>
public static partial class DraftRequestReader
{
    /// <summary>True when the question asks for a table to be drafted.</summary>
    public static bool IsDraftRequest(string question) => TriggerRegex().IsMatch(question);

    /// <summary>The new project's name, budget (万元) and description, each null when not given.</summary>
    public static (string? Name, decimal? Budget, string? Description) Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var named = NameFieldRegex().Match(question);
        var name = named.Success ? named.Groups["name"].Value : NameRegex().Match(question) is { Success: true } m ? m.Groups["name"].Value : null;
        name = name?.Trim(' ', '“', '”', '"', '「', '」', '《', '》', '：', ':');
        if (name is not null && !Names(name))
        {
            name = null; // 写一个绩效目标表, 帮我起草一个项目: no name given (it drafted 「绩效」 and 「个项目」); the name is asked for
        }

        decimal? budget = null;
        foreach (var quantity in QuantityReader.Read(question))
        {
            var before = question[..quantity.Start];
            if (quantity.IsMoney || before.EndsWith("预算", StringComparison.Ordinal) || before.EndsWith("经费", StringComparison.Ordinal) ||
                before.EndsWith("预算为", StringComparison.Ordinal) || before.EndsWith("预算是", StringComparison.Ordinal))
            {
                budget = quantity.InWan(quantity.Value);
                break;
            }
        }

        var description = DescriptionRegex().Match(question) is { Success: true } d ? d.Groups["d"].Value.Trim() : null;
        return (string.IsNullOrWhiteSpace(name) ? null : name, budget, string.IsNullOrWhiteSpace(description) ? null : description);
    }

    /// <summary>
    /// The budget year a request names (2027年度科普活动项目, 预算年度2027年, 2027年的), or null: a draft for another year
    /// than the corpus's must not carry that year's deadlines.
    /// </summary>
    public static int? Year(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return YearRegex().Match(question) is { Success: true } m ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?:预算)?(?:年度)?(?:为|是|[:：])?\s*(?<y>20\d{2})\s*年(?:度)?(?!\d{1,2}月)")]
    private static partial Regex YearRegex();

    // A name says what the project is: more than 项目, 绩效, 新的, 一个 and the like.
    private static bool Names(string name) =>
        GenericWordRegex().Replace(name, string.Empty).Length >= 2;

    /// <summary>
    /// The words of a request that may name its department, as written, most explicit first: 帮信息所起草…, 部门：战略院,
    /// then each clause standing alone after the first (起草一个…项目，预算80万，信息所); the caller keeps the first that is
    /// exactly one department.
    /// </summary>
    public static IEnumerable<string> DepartmentMentions(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (DepartmentRegex().Match(question) is { Success: true } m)
        {
            yield return m.Groups["d"].Value.Trim();
        }

        foreach (var clause in ClauseRegex().Split(question).Skip(1))
        {
            var words = clause.Trim().TrimEnd('的'); // …，战略院的
            if (words.Length is >= 2 and <= 20 && !words.Contains("预算", StringComparison.Ordinal))
            {
                yield return words;
            }
        }
    }

    [GeneratedRegex(@"(?:^(?:请)?(?:帮|给|为|替)(?<d>[^我你，,。]{2,20}?)(?:起草|草拟|拟定|编制|做|写|出|设计))|(?:部门|单位)(?:是|为|[:：])\s*(?<d>[^，,。；;\s]{2,20})")]
    private static partial Regex DepartmentRegex();

    [GeneratedRegex(@"项目|绩效|目标|一个|一份|一张|个|新的|新|这个|那个|某个|某|的|我们|我")]
    private static partial Regex GenericWordRegex();

    [GeneratedRegex(@"[，,；;。\n]")]
    private static partial Regex ClauseRegex();

    // 起草一个科普活动项目，预算30万: 起草 and 草拟 say drafting on their own; 写 or 做 only with the table named.
    [GeneratedRegex(@"(?:起草|草拟|拟定|拟|编制|生成|写|做|制定|出|设计)(?:一|个|份|张|下)*.*(?:绩效目标表|绩效目标|目标表|指标表|绩效表)|(?:起草|草拟)(?:一|个|份|张|下)*[^，,。；;\n]{2,30}?项目(?=[，,。；;\n]|$)")]
    private static partial Regex TriggerRegex();

    [GeneratedRegex(@"项目(?:名称|名)[:：是为]?\s*(?<name>[^，,。；;\n]+)")]
    private static partial Regex NameFieldRegex();

    [GeneratedRegex(@"(?:起草|草拟|拟定|拟|编制|生成|写|做|制定|出|设计)(?:一|个|份|张|下)*(?:关于)?(?<name>[^，,。；;\n]+?)的?(?:绩效目标表|绩效目标|目标表|指标表|绩效表)|(?:起草|草拟)(?:一|个|份|张|下)*(?:关于)?(?<name>[^，,。；;\n]+?项目)(?=[，,。；;\n]|$)")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"(?:主要内容|内容|主要任务|任务|用于|用途|简介|描述|说明)(?:是|为|[:：])?(?<d>[^。\n]+)")]
    private static partial Regex DescriptionRegex();
}
