using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Reads “天津科技会展服务和上一年比有什么变化” / “…比去年有哪些调整”: a named project asked against its previous year. The
/// rest of the question must be only that comparison, so nothing else it says goes unread.
/// </summary>
public static partial class YearOverYearReader
{
    /// <summary>True when <paramref name="question"/> is the project at <paramref name="name"/> compared with its previous year.</summary>
    public static bool IsComparison(string question, Span name)
    {
        ArgumentNullException.ThrowIfNull(question);
        var rest = question[..name.Start] + question[name.End..];
        return ComparisonRegex().IsMatch(rest.Trim());
    }

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年(?:度)?(?:的)?)?(?:的)?(?:(?:和|与|跟|同)(?:它的?)?(?:上一年|上年|去年|前一年)(?:度)?(?:的)?(?:表|目标表|绩效目标表)?(?:相比|比较|对比|比)?|(?:比|较|相比)(?:上一年|上年|去年|前一年)(?:度)?)(?:的)?(?:有|发生了|都有|做了)?(?:什么|哪些|啥|怎样的|哪儿)?(?:变化|不同|区别|差别|调整|改动|变动)(?:吗|呢|没有)?$")]
    private static partial Regex ComparisonRegex();
}
