using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Conditions and questions about how many indicator rows a table has: 正好有8条绩效指标, 指标超过8条, 未达到7条 (a row
/// count), 设了两条成本指标 / 成本指标有两条以上 (rows of one category), 哪个设的指标最多 (ordered by rows), and
/// 一共设了多少条指标 / 有几条绩效指标 (the row count asked for). 两条以上的满意度指标 says the comparator before the category.
/// </summary>
public static partial class RowCountReader
{
    private const string Number = @"(?<n>\d+|[一二两俩三仨四五六七八九十]+)";
    private const string Comparators = "正好|刚好|恰好|不多不少|只有|只设了|仅有|不止|超过|多于|大于|高于|少于|小于|低于|不足|未达到|没达到|没有达到|不到|达到|至少|不少于|不超过|没超过|最多|最少|不低于|不高于";

    /// <summary>Reads row conditions into <paramref name="u"/> and records the words it took.</summary>
    public static Understanding Read(string question, Understanding u, List<Span> used)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(used);
        foreach (Match m in CategoryRowsRegex().Matches(question))
        {
            // The pattern begins as early as it can (哪些项目的产出指标): the category is the one the words end with.
            if ((IndicatorCategory.Find(m.Groups["cat"].Value) ?? IndicatorCategory.EndingOf(m.Groups["cat"].Value)) is { } category &&
                Range(m) is { } range && Span.IsFree(used, m))
            {
                u = u with { HasCategory = category.Name, Conditions = u.Conditions with { CategoryRows = range } };
                used.Add(Span.Of(m));
            }
        }

        // 指标条数在6到8条之间: both ends inclusive, as a budget range is.
        foreach (var regex in new[] { RowsBetweenAfterRegex(), RowsBetweenBeforeRegex() })
        {
            foreach (Match m in regex.Matches(question))
            {
                if (Between(m) is { } range && Span.IsFree(used, m))
                {
                    u = u with { Conditions = u.Conditions with { RowCount = range } };
                    used.Add(Span.Of(m));
                }
            }
        }

        foreach (var regex in new[] { RowsBeforeRegex(), RowsAfterRegex() })
        {
            foreach (Match m in regex.Matches(question))
            {
                if (Range(m) is { } range && Span.IsFree(used, m))
                {
                    u = u with { Conditions = u.Conditions with { RowCount = range } };
                    used.Add(Span.Of(m));
                }
            }
        }

        // 指标第二多的项目: the N-th place by rows (it ranked by money).
        if (NthRowsRegex().Match(question) is { Success: true } nth && Span.IsFree(used, nth) && Count(nth.Groups["n"].Value) is { } place)
        {
            u = u with { Sort = nth.Groups["dir"].Value == "少" ? ProjectSort.RowsAscending : ProjectSort.RowsDescending, Nth = (int)place, Top = null };
            used.Add(Span.Of(nth));
        }

        // 按指标条数排序: ordered by rows, most first unless 从少到多.
        if (OrderByRowsRegex().Match(question) is { Success: true } order && Span.IsFree(used, order))
        {
            u = u with { Sort = order.Groups["asc"].Success ? ProjectSort.RowsAscending : ProjectSort.RowsDescending };
            used.Add(Span.Of(order));
        }

        if (MostRowsRegex().Match(question) is { Success: true } most && Span.IsFree(used, most))
        {
            var fewest = most.Groups["dir"].Value is "少" or "低";
            u = u with { Sort = fewest ? ProjectSort.RowsAscending : ProjectSort.RowsDescending, Top = 1 };
            used.Add(Span.Of(most));
        }

        // 有几个数量指标 counts rows; 有几个设了数量指标的项目 counts projects (no category is named right after 几个).
        if (HowManyRowsRegex().Match(question) is { Success: true } howMany && Span.IsFree(used, howMany) &&
            (!howMany.Groups["cat"].Success || IndicatorCategory.Find(howMany.Groups["cat"].Value) is not null))
        {
            u = u with { Ask = QueryAsk.Rows, RowsOf = CountedCategory(question, howMany) };
            used.Add(Span.Of(howMany));
        }

        return u;
    }

    // 产出指标一共多少条 / 有几条成本指标: the rows of that category are counted, not every row of the tables holding one.
    private static string? CountedCategory(string question, Match howMany)
    {
        if (howMany.Groups["cat"].Success)
        {
            return IndicatorCategory.Find(howMany.Groups["cat"].Value)?.Name;
        }

        return howMany.Value.StartsWith("指标", StringComparison.Ordinal) ? IndicatorCategory.EndingOf(question[..howMany.Index])?.Name : null;
    }

    private static NumberRange? Between(Match m) =>
        Count(m.Groups["a"].Value) is { } low && Count(m.Groups["b"].Value) is { } high && low <= high ? new NumberRange(low, high) : null;

    private static decimal? Count(string text) =>
        decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) || ChineseNumber.TryParse(text, out n) ? n : null;

    private static NumberRange? Range(Match m)
    {
        var text = m.Groups["n"].Value;
        if (!decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) && !ChineseNumber.TryParse(text, out n))
        {
            return null;
        }

        // A word before the number, or 以上/以下 after it; a bare count (设了两条成本指标) means exactly that many.
        var comparator = m.Groups["cmp"].Success ? QuantityReader.ComparatorOf(m.Groups["cmp"].Value)
            : m.Groups["more"].Success ? QuantityReader.ComparatorOf(m.Groups["more"].Value) : Comparator.Equal;
        return comparator is { } c ? NumberRange.From(c, n) : null;
    }

    [GeneratedRegex(@"(?:设了|设有|有|设)?(?:(?<cmp>" + Comparators + @")(?:有|设了)?)?" + Number + @"条(?:(?<more>及以上|以上|及以下|以下)的?)?(?<cat>[\p{IsCJKUnifiedIdeographs}]{2,7}?指标)(?<more>及以上|以上|及以下|以下)?|(?<cat>[\p{IsCJKUnifiedIdeographs}]{2,7}?指标)(?:有|设了)?(?:(?<cmp>" + Comparators + @"))?" + Number + @"条(?<more>及以上|以上|及以下|以下)?")]
    private static partial Regex CategoryRowsRegex();

    private const string Low = @"(?<a>\d+|[一二两俩三仨四五六七八九十]+)";
    private const string High = @"(?<b>\d+|[一二两俩三仨四五六七八九十]+)";

    [GeneratedRegex(@"(?:绩效)?指标(?:数|条数|数量)?(?:在|介于)" + Low + @"条?(?:到|至|-|~|～|和)" + High + @"条(?:之间)?")]
    private static partial Regex RowsBetweenAfterRegex();

    [GeneratedRegex(@"(?:有|设了|设有)?(?:在|介于)?" + Low + @"条?(?:到|至|-|~|～)" + High + @"条(?:之间)?的?(?:绩效)?指标")]
    private static partial Regex RowsBetweenBeforeRegex();

    [GeneratedRegex(@"(?:(?<cmp>" + Comparators + @")(?:有|设了|设有)?)?" + Number + @"条(?<more>及以上|以上|及以下|以下)?的?(?:绩效)?指标")]
    private static partial Regex RowsBeforeRegex();

    [GeneratedRegex(@"(?:绩效)?指标(?:总数|条数|数量|个数|数)?(?:要|都)?(?:(?<cmp>" + Comparators + @")|在|为|是)" + Number + @"条(?<more>及以上|以上|及以下|以下)?")]
    private static partial Regex RowsAfterRegex();

    [GeneratedRegex(@"按(?:绩效)?指标(?:的)?(?:条数|数量|数|多少)(?:(?<asc>从少到多|从低到高|升序)|从多到少|从高到低|降序)?(?:排序|排列|排一下|排)?")]
    private static partial Regex OrderByRowsRegex();

    [GeneratedRegex(@"(?:设的|设了|设置的)?(?:绩效)?指标(?:条数|数量|数)?(?:排)?(?:倒数)?第(?<n>\d+|[一二两三四五六七八九十]+)(?<dir>多|少)")]
    private static partial Regex NthRowsRegex();

    [GeneratedRegex(@"(?:设的|设了|设置的)?(?:绩效)?指标(?:条数|数量)?最(?<dir>多|少)|(?:绩效)?指标(?:条数)?(?:数)?最(?<dir>多|少)")]
    private static partial Regex MostRowsRegex();

    [GeneratedRegex(@"(?<=项目)(?:有|设了|设置了)(?:多少|几)条(?=$|[？?。，,])|(?:一共|总共|共)?(?:设了|设置了|有|设)?(?:多少|几)条(?:绩效)?指标|(?:绩效)?指标(?:一共|总共|共)?(?:有)?(?:多少|几)条|(?:一共|总共|共)?(?:设了|设置了|有|设)?(?:多少|几)(?:条|个|项)(?<cat>[\p{IsCJKUnifiedIdeographs}]{2,7}?指标)")]
    private static partial Regex HowManyRowsRegex();
}
