using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>
/// Compiles a typed filter to the conditions the index decides on its own (<see cref="ProjectConstraints"/>): year,
/// departments, names, money ranges, row counts, categories present or absent, deadlines, pieces of text looked up
/// exactly, and a subject some row writes with its target (the rows that write it, compared by the engine's own rule).
/// A condition the index can only narrow (a category's money target, how a row is written, a review rule) becomes a
/// candidate set, never a decision: the engine checks it on what the index returns, so answers are the
/// scan's exactly.
/// </summary>
internal static class FilterCompiler
{
    /// <summary>
    /// The constraints, and whether they decide the whole filter (nothing is left to check by code). <paramref name="within"/>
    /// are the tables the caller found for the filter's topic: they decide it, and only they are candidates.
    /// </summary>
    public static (ProjectConstraints Constraints, bool Exact) Compile(ProjectFilter filter, int? year, CorpusIndex index,
        Func<string, IReadOnlySet<int>> failing, IReadOnlySet<int>? within = null)
    {
        // One narrowing is kept as given (a set of tens of thousands is not copied); a second intersects.
        var ordinals = (IReadOnlySet<int>?)null;
        void Narrow(IReadOnlySet<int> allowed) =>
            ordinals = ordinals is null ? allowed : ordinals.Where(allowed.Contains).ToHashSet();

        if (within is not null)
        {
            Narrow(within); // tables the caller already knows are the only candidates (a topic's)
        }

        var levels = new List<IReadOnlyList<string>>();
        foreach (var name in (filter.HasCategories ?? []).Append(filter.HasCategory).OfType<string>())
        {
            levels.Add(Category(name).LevelKeys);
        }

        // A category subject is its rows' 一级/二级指标, which the index holds; so is a percentage target in a range.
        var subjectDecided = false;
        if (filter.Subject is { } subject && IndicatorCategory.Find(subject) is { } subjectCategory)
        {
            subjectDecided = filter.Threshold is null;
            if (filter.Threshold is { } threshold && RowTarget(filter, subjectCategory, threshold) is { } row)
            {
                Narrow(index.ProjectsWithRow(row)); // a row of the category with its target in range: the category's too
                subjectDecided = row.Kind == TargetKind.Percent;
            }
            else
            {
                levels.Add(subjectCategory.LevelKeys);
            }
        }
        else if (filter.Subject is { } written && SubjectMatcher.Compact(written) is var words && index.Texts.AnyContaining(words, ProjectText.Rows))
        {
            // A subject some row writes selects the tables with such a row (SubjectMatcher's literal rule reads the same
            // 三级指标 and descriptions): with no target to compare, exactly those; with one (技术合同成交额 ≥2000亿元), the
            // tables where such a row meets it, each row that writes the subject compared as the engine compares it.
            if (filter.Threshold is { } range)
            {
                var unit = TargetComparison.UnitFor(written, filter.ThresholdUnit);
                Narrow(index.Texts.OwnersOfRowsContaining(words, i => TargetComparison.Satisfies(i.Target, range, unit)));
            }
            else
            {
                Narrow(index.Texts.Containing(words, ProjectText.Rows));
            }

            subjectDecided = true;
        }

        if (filter.Rows?.Category is { } rowCategory)
        {
            levels.Add(Category(rowCategory).LevelKeys);
        }

        foreach (var (text, parts) in Texts(filter))
        {
            Narrow(index.Texts.Containing(text, parts));
        }

        if (filter.FailsRule is { } rule)
        {
            Narrow(failing(rule));
        }

        var constraints = new ProjectConstraints
        {
            Year = year,
            Departments = filter.Department is { } one ? [one] : filter.Departments, // with both, the engine checks the list
            ExceptDepartments = filter.ExceptDepartments,
            Names = filter.Within,
            ExceptNames = filter.Except,
            Budget = filter.BudgetField == MoneyField.Budget ? Range(filter.Budget) : null,
            Fiscal = filter.BudgetField == MoneyField.Fiscal ? Range(filter.Budget) : null,
            Other = filter.BudgetField == MoneyField.Other ? Range(filter.Budget) : null,
            Rows = Range(filter.RowCount),
            Levels = levels,
            LacksLevels = Lacking(filter) is { Count: > 0 } lacking ? [.. lacking.SelectMany(c => Category(c).LevelKeys).Distinct(StringComparer.Ordinal)] : null,
            Deadline = filter.Deadline,
            Ordinals = ordinals,
        };
        return (constraints, IsExact(filter, subjectDecided, topicDecided: within is not null));
    }

    // Pieces of text each condition must find, and where (a topic's literal mentions are ranked, not narrowed here).
    private static IEnumerable<(string Text, ProjectText Parts)> Texts(ProjectFilter filter)
    {
        if (filter.NameContains is { } name)
        {
            yield return (name, ProjectText.Name);
        }

        if (filter.NameStartsWith is { } prefix)
        {
            yield return (prefix, ProjectText.Name);
        }

        if (filter.NameEndsWith is { } suffix)
        {
            yield return (suffix, ProjectText.Name);
        }

        if (filter.GoalsContain is { } goals)
        {
            yield return (goals, ProjectText.Goals);
        }

        if (filter.UsageContains is { } usage)
        {
            yield return (usage, ProjectText.Usage);
        }

        if (filter.TextContains is { } anywhere)
        {
            yield return (anywhere, ProjectText.Name | ProjectText.Goals | ProjectText.Usage | ProjectText.Rows | ProjectText.Values);
        }
    }

    // Every condition present is one the index decides exactly; then the engine need not look at a table to decide the set.
    // A percentage in range is decided on the rows as TargetComparison.Satisfies decides it: a percent target, its number.
    // A topic is decided by the tables the caller found for it (within).
    private static bool IsExact(ProjectFilter f, bool subjectDecided, bool topicDecided) =>
        ((f.Subject is null && f.Threshold is null) || subjectDecided) && (f.Topic is null || topicDecided) && f.Rows is null && f.FailsRule is null && f.AnyOf is null &&
        f.VersusAverage is null && f.CategoryRows is null && f.NameStartsWith is null && f.NameEndsWith is null && f.NameLacks is null &&
        f.GoalsContain is null && f.UsageContains is null && f.TextContains is null &&
        !(f.Department is not null && f.Departments is { Count: > 0 });

    // The target comparison as a row condition, where the index holds what it compares: a percentage, or a number in
    // the unit asked (money is compared in 万元, which the index does not hold, so it is left to the check).
    private static RowConstraints? RowTarget(ProjectFilter filter, IndicatorCategory category, NumberRange threshold)
    {
        var unit = Units.Canonical(TargetComparison.UnitFor(category.Name, filter.ThresholdUnit));
        var number = Range(threshold);
        return unit switch
        {
            Units.Percent => new RowConstraints { Levels = category.LevelKeys, Kind = TargetKind.Percent, Number = number },
            _ when Units.IsMoney(unit) => null,
            _ => new RowConstraints { Levels = category.LevelKeys, Number = number },
        };
    }

    // Every category the table must not have: no row of any of them.
    private static List<string> Lacking(ProjectFilter filter) => [.. (filter.LacksCategories ?? []).Append(filter.LacksCategory).OfType<string>()];

    private static IndicatorCategory Category(string name) =>
        IndicatorCategory.Find(name) ?? throw new ArgumentException($"unknown indicator category 「{name}」", nameof(name));

    private static NumericRange? Range(NumberRange? range) =>
        range is null ? null : new NumericRange(range.Min, range.Max, range.MinInclusive, range.MaxInclusive);
}
