namespace Assistant.Retrieval.Indexing;

/// <summary>
/// The conditions on a project the index decides exactly from its keyword, numeric and doc-value fields. Every
/// condition given must hold; a null condition is absent. The query engine compiles a typed query's filter to these
/// and checks whatever else it asks on the projects they select.
/// </summary>
public sealed record ProjectConstraints
{
    /// <summary>The budget year.</summary>
    public int? Year { get; init; }

    /// <summary>Any of these departments (full names).</summary>
    public IReadOnlyList<string>? Departments { get; init; }

    /// <summary>None of these departments (full names).</summary>
    public IReadOnlyList<string>? ExceptDepartments { get; init; }

    /// <summary>Any of these project names, exactly.</summary>
    public IReadOnlyCollection<string>? Names { get; init; }

    /// <summary>None of these project names.</summary>
    public IReadOnlyCollection<string>? ExceptNames { get; init; }

    /// <summary>预算数 range, 万元.</summary>
    public NumericRange? Budget { get; init; }

    /// <summary>财政资金 range, 万元.</summary>
    public NumericRange? Fiscal { get; init; }

    /// <summary>其他资金 range, 万元.</summary>
    public NumericRange? Other { get; init; }

    /// <summary>The number of indicator rows.</summary>
    public NumericRange? Rows { get; init; }

    /// <summary>For each group, the table has a row with one of the group's <see cref="Level"/> keys.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Levels { get; init; }

    /// <summary>The table has no row with any of these <see cref="Level"/> keys.</summary>
    public IReadOnlyList<string>? LacksLevels { get; init; }

    /// <summary>Some deadline row falls in this range.</summary>
    public DateRange? Deadline { get; init; }

    /// <summary>Project ordinals (positions in the corpus list) the result is limited to, from a text look-up.</summary>
    public IReadOnlyCollection<int>? Ordinals { get; init; }

    /// <summary>The key of a row's 一级 (<paramref name="level"/> 1) or 二级 (2) 指标 <paramref name="value"/>.</summary>
    public static string Level(int level, string value) => $"{level}:{value}";
}
