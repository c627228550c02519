using Assistant.Plugins.Results;

namespace Assistant.Plugins.Comparison;

/// <summary>A project's table against the same project's table of the year before.</summary>
/// <param name="Name">The project's name this year.</param>
/// <param name="Year">This year.</param>
/// <param name="PreviousName">The previous table's name: the same, or the closest name of that year.</param>
/// <param name="PreviousYear">The previous year held, or null when none holds the project.</param>
/// <param name="Similarity">How alike the two names are (1 when the same), 0–1.</param>
/// <param name="PreviousBudget">The previous year's 预算数 with its source line.</param>
/// <param name="CurrentBudget">This year's 预算数 with its source line.</param>
/// <param name="Rows">Each indicator row: changed, unchanged, added or dropped.</param>
public sealed record YearComparison(
    string Name,
    int Year,
    string? PreviousName,
    int? PreviousYear,
    double Similarity,
    Citation? PreviousBudget,
    Citation? CurrentBudget,
    IReadOnlyList<RowChange> Rows);
