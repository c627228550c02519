using Assistant.Plugins.Validation.Rules;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation;

/// <summary>Runs the review rules over tables. Every number is compared by code.</summary>
public sealed class TableValidator(IEnumerable<IValidationRule> rules)
{
    private readonly IReadOnlyList<IValidationRule> _rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    /// <summary>A validator with the standard rules R01–R10.</summary>
    public TableValidator()
        : this(StandardRules)
    {
    }

    /// <summary>The standard rules R01–R10.</summary>
    public static IReadOnlyList<IValidationRule> StandardRules { get; } =
    [
        new R01BudgetSum(), new R02Level1Present(), new R03OutputLevel2(), new R04CostWithinBudget(), new R05Unreadable(),
        new R06PercentRange(), new R07DeadlineInYear(), new R08SatisfactionPercent(), new R09DuplicateLevel3(), new R10Quantified(),
    ];

    /// <summary>The rules applied, by id.</summary>
    public IReadOnlyList<IValidationRule> Rules => _rules;

    /// <summary>The findings for one table, in rule order.</summary>
    public IReadOnlyList<Finding> Validate(Project project) => _rules.SelectMany(r => r.Check(project)).ToList();

    /// <summary>The findings for many tables, table by table.</summary>
    public IReadOnlyList<Finding> Validate(IEnumerable<Project> projects) => projects.SelectMany(Validate).ToList();

    /// <summary>The rules that read a table against the same project's previous-year table (R11, R12).</summary>
    public IReadOnlyList<IYearRule> YearRules { get; } = [new R11WeakerThanLastYear(), new R12DroppedSinceLastYear()];

    /// <summary>
    /// Every rule over <paramref name="projects"/>, the year rules against each one's previous-year table of the same
    /// name in <paramref name="history"/> (the latest earlier year that holds it).
    /// </summary>
    public IReadOnlyList<Finding> Validate(IEnumerable<Project> projects, IReadOnlyList<Project> history)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(history);
        var byName = history.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return projects.SelectMany(p =>
        {
            var previous = byName.TryGetValue(p.Name, out var tables) ? tables.Where(t => t.Year < p.Year).MaxBy(t => t.Year) : null;
            return previous is null ? Validate(p) : [.. Validate(p), .. YearRules.SelectMany(r => r.Check(p, previous))];
        }).ToList();
    }
}
