using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// Which projects' text holds a piece exactly (名称含“服务”, 绩效目标提到“香港”, a topic written in a table): one
/// <see cref="SubstringIndex"/> per part of the table over its distinct texts, each text pointing to the projects that
/// use it. Exact ordinal containment, the same as <see cref="string.Contains(string, StringComparison)"/> on each
/// project, at the cost of binary searches instead of a pass over every table. The rows' texts also list the rows that
/// write them (built on first use), so a condition on the rows that write a piece reads those rows only.
/// </summary>
public sealed class TextIndex
{
    private readonly Dictionary<ProjectText, (SubstringIndex Texts, int[][] Projects)> _parts = [];
    private readonly int _count;
    private readonly IReadOnlyList<Project> _projects;
    private RowRef[][]? _rows; // per distinct row text (the Rows part's numbering), the rows that write it; built on first use

    /// <summary>Indexes the texts of <paramref name="projects"/>; results are positions in that list.</summary>
    public TextIndex(IReadOnlyList<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        _count = projects.Count;
        _projects = projects;
        Add(projects, ProjectText.Name, p => [p.Name]);
        Add(projects, ProjectText.Goals, p => [p.Goals]);
        Add(projects, ProjectText.Usage, p => [p.Usage]);
        Add(projects, ProjectText.Rows, p => p.Indicators.SelectMany(i => new[] { i.Level3, i.Description }));
        Add(projects, ProjectText.Values, p => p.Indicators.Select(i => i.Value));
    }

    /// <summary>The ordinals of the projects whose <paramref name="parts"/> (any of them) contain <paramref name="piece"/>, enumerated in ascending (corpus) order.</summary>
    public OrdinalSet Containing(string piece, ProjectText parts)
    {
        ArgumentNullException.ThrowIfNull(piece);
        // A text repeated across tables lists them all: flags take the union without hashing each one.
        var flags = new bool[_count];
        foreach (var (part, (texts, projects)) in _parts)
        {
            if ((parts & part) == 0)
            {
                continue;
            }

            foreach (var text in texts.Containing(piece))
            {
                foreach (var ordinal in projects[text])
                {
                    flags[ordinal] = true;
                }
            }
        }

        return new OrdinalSet(flags);
    }

    /// <summary>
    /// True when any project's <paramref name="parts"/> contain <paramref name="piece"/>: a look-up in the suffix arrays,
    /// with no set of projects made.
    /// </summary>
    public bool AnyContaining(string piece, ProjectText parts)
    {
        ArgumentNullException.ThrowIfNull(piece);
        return _parts.Any(p => (parts & p.Key) != 0 && p.Value.Texts.Contains(piece));
    }

    /// <summary>
    /// The ordinals of the projects with an indicator row whose 三级指标 or description contains <paramref name="piece"/>
    /// and that meets <paramref name="accept"/>: the rows come from the suffix array's postings, so only the rows that
    /// write the piece are read, not every row of every table holding it.
    /// </summary>
    public OrdinalSet OwnersOfRowsContaining(string piece, Func<Indicator, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(piece);
        ArgumentNullException.ThrowIfNull(accept);
        var rows = LazyInitializer.EnsureInitialized(ref _rows, RowPostings);
        var flags = new bool[_count];
        foreach (var text in _parts[ProjectText.Rows].Texts.Containing(piece))
        {
            foreach (var (ordinal, row) in rows[text])
            {
                if (!flags[ordinal] && accept(_projects[ordinal].Indicators[row]))
                {
                    flags[ordinal] = true;
                }
            }
        }

        return new OrdinalSet(flags);
    }

    // Each distinct row text's rows, numbered as the Rows part numbers its texts (the order Add first met them).
    private RowRef[][] RowPostings()
    {
        var (texts, owners) = _parts[ProjectText.Rows];
        var ids = new Dictionary<string, int>(owners.Length, StringComparer.Ordinal);
        for (var id = 0; id < owners.Length; id++)
        {
            ids[texts.Strings[id]] = id;
        }

        var postings = new List<RowRef>[owners.Length];
        for (var ordinal = 0; ordinal < _projects.Count; ordinal++)
        {
            var indicators = _projects[ordinal].Indicators;
            for (var row = 0; row < indicators.Count; row++)
            {
                foreach (var text in (ReadOnlySpan<string>)[indicators[row].Level3, indicators[row].Description])
                {
                    if (text.Length > 0)
                    {
                        (postings[ids[text]] ??= []).Add(new RowRef(ordinal, row));
                    }
                }
            }
        }

        return [.. postings.Select(p => p is null ? [] : p.ToArray())];
    }

    private readonly record struct RowRef(int Ordinal, int Row);

    private void Add(IReadOnlyList<Project> projects, ProjectText part, Func<Project, IEnumerable<string>> texts)
    {
        var ids = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < projects.Count; ordinal++)
        {
            foreach (var text in texts(projects[ordinal]).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!ids.TryGetValue(text, out var list))
                {
                    ids[text] = list = [];
                }

                list.Add(ordinal);
            }
        }

        var keys = ids.Keys.ToList();
        _parts[part] = (new SubstringIndex(keys), keys.Select(k => ids[k].ToArray()).ToArray());
    }
}
