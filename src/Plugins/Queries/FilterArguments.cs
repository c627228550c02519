using System.Globalization;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>
/// Builds a <see cref="ProjectFilter"/> from the plain arguments a kernel function receives (from the offline
/// understanding or a model). A bad argument raises <see cref="ArgumentException"/> naming the parameter.
/// </summary>
public static class FilterArguments
{
    /// <summary>The comparator spellings accepted, in the tables' notation and in words.</summary>
    public const string ComparatorHelp = "≥ > ≤ < = between (also >=, <=, 不低于, 超过, 低于, 不超过, 之间)";

    /// <summary>Builds the filter; null or empty arguments are absent conditions.</summary>
    public static ProjectFilter Build(
        ProjectQueryEngine engine,
        string? department = null,
        string? budgetComparator = null,
        decimal? budget = null,
        decimal? budgetUpper = null,
        string? subject = null,
        string? comparator = null,
        decimal? threshold = null,
        decimal? thresholdUpper = null,
        string? unit = null,
        string? deadlineFrom = null,
        string? deadlineTo = null,
        string? hasCategory = null,
        string? lacksCategory = null,
        string? topic = null,
        string? within = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new ProjectFilter
        {
            Department = Blank(department) ? null : ResolveDepartment(engine, department!),
            Budget = Range(budgetComparator, budget, budgetUpper, nameof(budget)),
            Subject = Blank(subject) ? null : subject!.Trim(),
            Threshold = Range(comparator, threshold, thresholdUpper, nameof(threshold)),
            ThresholdUnit = TargetComparison.CanonicalUnit(unit),
            Deadline = Blank(deadlineFrom) && Blank(deadlineTo) ? null : new DateRange(Date(deadlineFrom, nameof(deadlineFrom)), Date(deadlineTo, nameof(deadlineTo))),
            HasCategory = Category(hasCategory, nameof(hasCategory)),
            LacksCategory = Category(lacksCategory, nameof(lacksCategory)),
            Topic = Blank(topic) ? null : topic!.Trim(),
            Within = Blank(within) ? null : within!.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>Reads a comparator in symbols or words; null when blank.</summary>
    public static Comparator? ParseComparator(string? text, string parameter) => text?.Trim() switch
    {
        null or "" => null,
        "≥" or ">=" or "gte" or "不低于" or "不少于" or "至少" or "以上" => Comparator.GreaterOrEqual,
        ">" or "gt" or "超过" or "高于" or "大于" => Comparator.Greater,
        "≤" or "<=" or "lte" or "不超过" or "不高于" or "以内" or "以下" => Comparator.LessOrEqual,
        "<" or "lt" or "低于" or "少于" or "小于" => Comparator.Less,
        "=" or "==" or "eq" or "等于" => Comparator.Equal,
        var other => throw new ArgumentException($"{parameter}: unknown comparator 「{other}」; use {ComparatorHelp}", parameter),
    };

    private static NumberRange? Range(string? comparator, decimal? value, decimal? upper, string parameter)
    {
        if (comparator?.Trim() is "between" or "之间" or "到")
        {
            if (value is null || upper is null)
            {
                throw new ArgumentException($"{parameter}: between needs both {parameter} and {parameter}Upper", parameter);
            }

            return new NumberRange(Math.Min(value.Value, upper.Value), Math.Max(value.Value, upper.Value));
        }

        var op = ParseComparator(comparator, parameter + "Comparator");
        if (value is null)
        {
            return op is null ? null : throw new ArgumentException($"{parameter}: a comparator was given without a number", parameter);
        }

        return NumberRange.From(op ?? Comparator.GreaterOrEqual, value.Value);
    }

    private static string ResolveDepartment(ProjectQueryEngine engine, string department)
    {
        var departments = engine.Index.Projects.Select(p => p.Department).Distinct().ToList();
        var candidates = DepartmentResolver.Candidates(department, departments);
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new ArgumentException($"department: no department matches 「{department}」; known: {string.Join("、", departments)}", nameof(department)),
            _ => throw new ArgumentException($"department: 「{department}」 could be {string.Join(" or ", candidates)}", nameof(department)),
        };
    }

    private static DateOnly? Date(string? text, string parameter)
    {
        if (Blank(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"{parameter}: 「{text}」 is not a date; expected yyyy-MM-dd such as 2025-10-31", parameter);
    }

    private static string? Category(string? text, string parameter)
    {
        if (Blank(text))
        {
            return null;
        }

        return IndicatorCategory.Find(text!)?.Name
            ?? throw new ArgumentException($"{parameter}: 「{text}」 is not an indicator category such as 质量指标 or 经济效益指标", parameter);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
