using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>
/// The rows an indicator subject selects in any table: by a rule on the row (a category, or the subject written in
/// the 三级指标 or description), decided per table without reading the others, or by the index's row matches.
/// </summary>
public sealed class SubjectRows
{
    private readonly Func<Indicator, bool>? _rule;
    private readonly IReadOnlyDictionary<Project, IReadOnlyList<int>>? _found;

    /// <summary>Rows selected by a rule on the row.</summary>
    public SubjectRows(Func<Indicator, bool> rule) => _rule = rule;

    /// <summary>Rows the index found, per project.</summary>
    public SubjectRows(IReadOnlyDictionary<Project, IReadOnlyList<int>> found) => _found = found;

    /// <summary>The row numbers of <paramref name="project"/> the subject selects, in table order.</summary>
    public IReadOnlyList<int> Of(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (_found is not null)
        {
            return _found.TryGetValue(project, out var rows) ? rows : [];
        }

        var selected = new List<int>();
        foreach (var row in In(project))
        {
            selected.Add(row);
        }

        return selected;
    }

    /// <summary>
    /// The row numbers of <paramref name="project"/> the subject selects, in table order, without allocating: what a
    /// pass over every table (norms over 满意度 at 10^5 tables) enumerates.
    /// </summary>
    public SelectedRows In(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return _found is null
            ? new SelectedRows(project, _rule, null)
            : new SelectedRows(project, null, _found.TryGetValue(project, out var rows) ? rows : []);
    }

    /// <summary>True when a selected row of <paramref name="project"/> meets <paramref name="accept"/>; allocates nothing.</summary>
    public bool Any(Project project, Func<Indicator, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(project);
        foreach (var row in In(project))
        {
            if (accept(project.Indicators[row]))
            {
                return true;
            }
        }

        return false;
    }
}
