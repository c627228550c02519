using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Which money field a question is about (财政资金, 其他资金, else 预算数) and which figure of it is asked: an average
/// (平均、均值), the largest or smallest value (最大的一笔预算是多少, 财政资金最少的那个项目有多少财政资金), or whether a
/// table has any 其他资金 at all. "哪个项目预算最高" asks for a project and stays a ranked list.
/// </summary>
public static partial class AggregateReader
{
    /// <summary>Reads the figure asked for (average, max, min) and 有/没有其他资金 into <paramref name="u"/>, recording the words.</summary>
    public static Understanding ReadFigure(string question, Understanding u, List<Span> used)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(used);

        // 哪些项目的预算比平均高 asks for projects compared with an average: not an average, and not read yet.
        if (!WhichRegex().IsMatch(question) && AverageRegex().Match(question) is { Success: true } average && Span.IsFree(used, average))
        {
            u = u with { Ask = QueryAsk.Average };
            used.Add(Span.Of(average));
        }
        else if (!WhichRegex().IsMatch(question) && ExtremeRegex().Match(question) is { Success: true } extreme && Span.IsFree(used, extreme))
        {
            var smallest = extreme.Groups["dir"].Value is "少" or "低" or "小";
            u = u with { Ask = smallest ? QueryAsk.Min : QueryAsk.Max, Sort = ProjectSort.Default, Top = null };
            used.Add(Span.Of(extreme));
        }

        if (OtherFundsRegex().Match(question) is { Success: true } other)
        {
            // 有其他资金: the field is above zero; 没有其他资金: it is zero.
            var none = other.Groups["no"].Success;
            u = u with
            {
                Conditions = u.Conditions with
                {
                    Budget = NumberRange.From(none ? Comparator.Equal : Comparator.Greater, 0), BudgetField = MoneyField.Other,
                },
            };
            used.Add(Span.Of(other));
        }

        return u;
    }

    /// <summary>
    /// Reads a comparison with an average (比信息所的平均预算高, 低于平均) into <paramref name="u"/>, keeping the words naming
    /// the set the average is over for the parser to check against the other conditions.
    /// </summary>
    public static Understanding ReadVersusAverage(string question, Understanding u, List<Span> used)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(used);
        if (VersusAverageRegex().Match(question) is not { Success: true } m || !Span.IsFree(used, m))
        {
            return u;
        }

        used.Add(Span.Of(m));
        var above = m.Groups["dir"].Value is "高" or "多" or "大" or "超过" or "以上";
        return u with
        {
            Conditions = u.Conditions with { VersusAverage = above ? Comparator.Greater : Comparator.Less },
            AverageOf = m.Groups["of"].Value.Length > 0 ? m.Groups["of"].Value : null,
        };
    }

    /// <summary>Reads which money field the amount compared and the figure asked for are about; after the amounts are read.</summary>
    public static Understanding ReadField(string question, Understanding u)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(u);
        var fields = FieldRegex().Matches(question).Select(m => (Field: FieldOf(m.Value), At: m.Index, End: m.Index + m.Length)).ToList();
        if (fields.Count == 0)
        {
            return u;
        }

        // 预算最高的项目其他资金是多少: the order ranks by the money word right before its superlative, the figure asked
        // after it is of the money word nearest that ask; never the ranked field's sum under the other's name.
        if (u.Sort is ProjectSort.BudgetAscending or ProjectSort.BudgetDescending && RankRegex().Match(question) is { Success: true } rank &&
            fields.Where(f => f.End <= rank.Index).ToList() is [.., var ranked] && rank.Index - ranked.End <= 1 &&
            FigureAskRegex().Matches(question).LastOrDefault(m => m.Index > rank.Index) is { } figureAsk &&
            fields.Where(f => f.At > rank.Index).ToList() is { Count: > 0 } after &&
            after.MinBy(f => Math.Abs(f.At - figureAsk.Index)).Field is var asked && asked != ranked.Field)
        {
            return u with { Field = asked, OrderField = ranked.Field };
        }

        // The filter's field is the money word nearest before the amount compared; the figure's field is the one nearest
        // the word asking for it (财政资金不足50万元的项目，预算加起来一共多少: filter on 财政资金, sum 预算数).
        var budgetField = u.Budget is { } b ? fields.Where(f => f.At < b.Start).Select(f => f.Field).LastOrDefault() : MoneyField.Budget;
        var askAt = AskRegex().Match(question) is { Success: true } ask ? ask.Index : question.Length;
        var field = fields.MinBy(f => Math.Abs(f.At - askAt)).Field;
        return u with
        {
            Field = field,
            Conditions = u.Budget is null || u.Conditions.BudgetField == MoneyField.Other ? u.Conditions : u.Conditions with { BudgetField = budgetField },
        };
    }

    /// <summary>How many different money fields the question names (预算 and 预算数 are one).</summary>
    public static int FieldsNamed(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return FieldRegex().Matches(question).Select(m => FieldOf(m.Value)).Distinct().Count();
    }

    /// <summary>
    /// The money fields two amounts of <paramref name="question"/> are said of, when they differ (预算在100万以上、财政资金在
    /// 80万以下: 预算数 and 财政资金): the money word nearest before each, 预算数 when none is.
    /// </summary>
    public static (MoneyField First, MoneyField Second)? DifferentFields(string question, int first, int second)
    {
        ArgumentNullException.ThrowIfNull(question);
        var fields = FieldRegex().Matches(question).Select(m => (Field: FieldOf(m.Value), At: m.Index)).ToList();
        var before = fields.Where(f => f.At < first).Select(f => f.Field).LastOrDefault();
        return fields.Where(f => f.At > first && f.At < second).Select(f => f.Field).LastOrDefault(before) is var between && between != before
            ? (before, between)
            : null;
    }

    private static MoneyField FieldOf(string word) => word switch
    {
        "财政资金" => MoneyField.Fiscal,
        "其他资金" or "其它资金" => MoneyField.Other,
        _ => MoneyField.Budget,
    };

    [GeneratedRegex(@"(?:比|跟|和)(?:(?<of>[^，,。的]{1,14}?)的)?平均(?:预算|财政资金|值|数|水平)?(?:还|要|更)?(?<dir>高|低|多|少|大|小)|(?<dir>高|低|大|小|多|少)于(?:(?<of>[^，,。的]{1,14}?)的?)?平均(?:预算|财政资金|值|数|水平)?|(?<dir>超过|不到|不足)(?:了)?(?:(?<of>[^，,。的]{1,14}?)的?)?平均(?:预算|财政资金|值|数|水平)?|在(?:(?<of>[^，,。的]{1,14}?)的?)?平均(?:预算|财政资金|值|数|水平)?(?<dir>以上|以下)")]
    private static partial Regex VersusAverageRegex();

    [GeneratedRegex(@"预算数|预算|财政资金|其他资金|其它资金|经费|花钱|钱")]
    private static partial Regex FieldRegex();

    // The words asking for a figure of several projects, and the superlatives: the ask is either; a rank is a superlative or a place.
    private const string FigureWords = "加起来|合计|总计|一共|总共|共计|总额|平均|均值";
    private const string Superlatives = "最大|最高|最多|最小|最低|最少";

    [GeneratedRegex(FigureWords + "|" + Superlatives + "|多少")]
    private static partial Regex AskRegex();

    [GeneratedRegex(Superlatives + @"|倒数|排第|排在|排名|第[一二三四五六七八九十\d]+(?:高|多|大|低|少|小)")]
    private static partial Regex RankRegex();

    [GeneratedRegex(FigureWords + "|多少|几")]
    private static partial Regex FigureAskRegex();

    [GeneratedRegex(@"(?:的)?(?:均值|平均值|平均数)|平均(?:每个|每项|每家)?(?:项目)?(?:的)?")]
    private static partial Regex AverageRegex();

    // 最大的一笔 / 最少的那个 / 最高是多少: a value; 最高的俩项目 is a ranked top N, read by RankReader.
    [GeneratedRegex(@"最(?<dir>大|高|多|小|低|少)的(?:一笔|那笔|那个|一个)(?:项目)?|最(?<dir>大|高|多|小|低|少)(?:的)?(?=是多少|为多少|有多少|多少)")]
    private static partial Regex ExtremeRegex();

    // Asking which project (哪个, 是哪, 哪几个) is a ranked list, not a figure.
    [GeneratedRegex(@"哪个|哪些|哪几个|哪一个|是哪|哪项")]
    private static partial Regex WhichRegex();

    // 有没有其他资金 asks whether any has it: the 没有 of 有没有 is the question's (it listed the 95 with none).
    [GeneratedRegex(@"(?:有没有|(?<no>没有|没|无)(?:设了|安排了|有)?|设了|安排了|有)(?:其他资金|其它资金)(?!.{0,6}\d)")]
    private static partial Regex OtherFundsRegex();
}
