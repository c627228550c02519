using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>The typed query (and filter) a reading describes: what the query plugin executes.</summary>
public sealed partial class QuestionParser
{
    /// <summary>The typed query an understanding describes: what the query plugin executes.</summary>
    public static ProjectQuery ToQuery(Understanding u, int year)
    {
        ArgumentNullException.ThrowIfNull(u);
        return new ProjectQuery
        {
            Filter = ToFilter(u),
            Ask = u.Ask ?? u.Intent switch
            {
                Intent.Count => QueryAsk.Count,
                Intent.Sum => QueryAsk.Sum,
                _ => QueryAsk.List,
            },
            Field = u.Field,
            OrderField = u.OrderField,
            RowsOf = u.RowsOf,
            Sort = u.Sort,
            Top = u.Top,
            Nth = u.Nth,
            ByDepartment = u.ByDepartment,
            ByProjectCount = u.ByProjectCount,
            Year = year,
        };
    }

    /// <summary>Builds the plugin filter an understanding describes.</summary>
    public static ProjectFilter ToFilter(Understanding u)
    {
        ArgumentNullException.ThrowIfNull(u);
        // 预算不等于50万: below or above, as two branches (a range is one interval).
        if (u.Budget is { NotEqual: true } unequal)
        {
            var value = unequal.InWan(unequal.Value);
            return ToFilter(u with { Budget = null }) with
            {
                AnyOf = [new ProjectFilter { Budget = NumberRange.From(Comparator.Less, value), BudgetField = u.Conditions.BudgetField },
                         new ProjectFilter { Budget = NumberRange.From(Comparator.Greater, value), BudgetField = u.Conditions.BudgetField }],
            };
        }

        // 满意度目标不是90%: a row of the subject below or above, as two branches (it was read as equal to it).
        if (u.Subject is { } subject && u.Threshold is { NotEqual: true } other && u.Conditions.AnyOf is null)
        {
            return ToFilter(u with { Threshold = null }) with
            {
                AnyOf = [new ProjectFilter { Subject = subject, Threshold = NumberRange.From(Comparator.Less, other.Value), ThresholdUnit = other.Unit },
                         new ProjectFilter { Subject = subject, Threshold = NumberRange.From(Comparator.Greater, other.Value), ThresholdUnit = other.Unit }],
            };
        }

        return u.Conditions with
        {
            Department = u.Department,
            Budget = u.Budget is { } b ? Range(b, b.InWan) : u.Conditions.Budget,
            Subject = u.Subject,
            Threshold = u.Subject is null ? null : u.Threshold is { } t ? Range(t, v => v) : u.Conditions.Threshold,
            ThresholdUnit = u.Threshold is null && u.Subject is not null ? u.Conditions.ThresholdUnit : u.Threshold?.Unit,
            Deadline = u.Deadline is { } d ? new Retrieval.Indexing.DateRange(d.From, d.To) : null,
            HasCategory = u.HasCategory,
            LacksCategory = u.LacksCategory,
            Topic = u.Topic,
            // A named project always scopes the query: it is never dropped for a list over all projects.
            Within = u.Project is { } named ? [named] : u.Within?.ToHashSet(StringComparer.Ordinal),
        };
    }

    // A lower and an upper bound, in either order, as one range in 万元; null when they do not make one.
    private static NumberRange? Bounds(Quantity a, Quantity b)
    {
        static bool Lower(Quantity x) => x.Upper is null && x.Comparator is Comparator.Greater or Comparator.GreaterOrEqual;
        static bool Upper(Quantity x) => x.Upper is null && x.Comparator is Comparator.Less or Comparator.LessOrEqual;
        var (low, high) = Lower(a) && Upper(b) ? (a, b) : Lower(b) && Upper(a) ? (b, a) : (null, null);
        return low is null || high is null
            ? null
            : new NumberRange(low.InWan(low.Value), high.InWan(high.Value), low.Comparator == Comparator.GreaterOrEqual, high.Comparator == Comparator.LessOrEqual);
    }

    private static NumberRange Range(Quantity q, Func<decimal, decimal> convert) => q.Upper is { } upper
        ? new NumberRange(convert(Math.Min(q.Value, upper)), convert(Math.Max(q.Value, upper)))
        : NumberRange.From(q.Effective, convert(q.Value));

    // 满意度不低于95%或者预算超过1000万的项目: when the whole question was not read and an 或 joins two parts that are each
    // read completely on their own, the answer is the projects meeting either; anything less stays unclear.
    private Understanding? Either(string q)
    {
        var or = OrRegex().Match(q);
        if (!or.Success || or.Index == 0)
        {
            return null;
        }

        var right = Parse(q[(or.Index + or.Length)..]);
        var left = Parse(q[..or.Index] + "的项目");
        if (left.Intent is Intent.Unclear or Intent.Unknown || right.Intent is Intent.Unclear or Intent.Unknown || !left.HasConditions || !right.HasConditions ||
            left.Project is not null || right.Project is not null || left.Within is not null || right.Within is not null)
        {
            return null;
        }

        // The ask (有哪些, 有几个, 合计) is the right part's; both parts' conditions become branches.
        return new Understanding
        {
            Intent = right.Intent, Ask = right.Ask, Field = right.Field, OrderField = right.OrderField, Sort = right.Sort, Top = right.Top, Nth = right.Nth,
            IsFollowUp = left.IsFollowUp || right.IsFollowUp, Corrections = [.. left.Corrections, .. right.Corrections],
            Conditions = new ProjectFilter { AnyOf = [Branch(left), Branch(right)] },
        };
    }

    // A part's conditions alone: what it asks and how it orders belong to the whole question.
    private static ProjectFilter Branch(Understanding part) => ToFilter(part with { Sort = ProjectSort.Default, Top = null, Nth = null });

    [System.Text.RegularExpressions.GeneratedRegex(@"[，,、]?(?:或者|或是|或(?!以上|以下))")]
    private static partial System.Text.RegularExpressions.Regex OrRegex();

    // 科技奖励评审服务和技术市场服务哪个预算多 / A和B的预算对比: two named projects side by side, only in these strict forms.
    private Understanding? Pair(string q)
    {
        var m = PairRegex().Match(q);
        if (!m.Success || ReadProject(m.Groups["a"].Value) is not { } a || ReadProject(m.Groups["b"].Value) is not { } b || a.Name == b.Name ||
            a.Span.End - a.Span.Start < m.Groups["a"].Length - 1 || b.Span.End - b.Span.Start < m.Groups["b"].Length - 1)
        {
            return null;
        }

        var field = m.Groups["field"].Value switch { "财政资金" => MoneyField.Fiscal, "其他资金" => MoneyField.Other, _ => MoneyField.Budget };
        var which = m.Groups["dir"].Success;
        var lower = m.Groups["dir"].Value is "少" or "低" or "小";
        if (m.Groups["sum"].Success)
        {
            // 科技帮扶工程和科技宣传专项工作的预算合计: the two tables' figure added up.
            return new Understanding { Intent = Intent.Sum, Within = [a.Name, b.Name], Field = field, Conditions = new ProjectFilter { BudgetField = field } };
        }

        return new Understanding
        {
            Intent = Intent.List, Within = [a.Name, b.Name], Field = field,
            Conditions = new ProjectFilter { BudgetField = field },
            Sort = lower ? ProjectSort.BudgetAscending : ProjectSort.BudgetDescending, Nth = which ? 1 : null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<a>.+?)(?:和|与|跟|同|、)(?<b>.+?)(?:的)?(?<field>预算数|预算|财政资金|经费)?(?:(?:哪个|谁|哪一个)(?:的)?(?:预算数|预算|财政资金|经费)?(?:更)?(?<dir>多|高|大|少|低|小)(?:一些|些)?|(?:对比|比较|相比|比一比|分别是多少|分别多少|各是多少|各有多少)|(?<sum>(?:一共|总共|共|合计|加起来|加在一起)(?:是|有)?(?:多少)?(?:钱|万元|万)?))$")]
    private static partial System.Text.RegularExpressions.Regex PairRegex();
}
