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
        return u.Conditions with
        {
            Department = u.Department,
            Budget = u.Budget is { } b ? Range(b, b.InWan) : u.Conditions.Budget,
            Subject = u.Subject,
            Threshold = u.Subject is not null && u.Threshold is { } t ? Range(t, v => v) : null,
            ThresholdUnit = u.Threshold?.Unit,
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
        : NumberRange.From(q.Comparator ?? Comparator.GreaterOrEqual, convert(q.Value));
}
