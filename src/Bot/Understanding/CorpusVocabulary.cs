using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;

namespace Assistant.Bot.Understanding;

/// <summary>
/// The words the corpus gives the understanding: departments, project names, and indicator phrases (三级指标 and
/// descriptions), so a subject such as 专家库人数 or 技术合同成交额 is recognised because past tables use it.
/// </summary>
public sealed class CorpusVocabulary
{
    /// <summary>Builds the vocabulary of <paramref name="projects"/>.</summary>
    public CorpusVocabulary(IReadOnlyList<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        Projects = projects;
        Departments = projects.Select(p => p.Department).Distinct().ToList();
        ProjectNames = projects.Select(p => p.Name).Distinct().OrderByDescending(n => n.Length).ToList();
        IndicatorPhrases = projects.SelectMany(p => p.Indicators).SelectMany(i => new[] { i.Level3, i.Description })
            .Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        Year = projects.Select(p => p.Year).DefaultIfEmpty(DateTime.Today.Year).Max();
        Years = projects.Select(p => p.Year).Distinct().Order().ToList();
        // Distinct fields only: a large corpus repeats most of its lines, and the look-ups need each once.
        var lines = projects.SelectMany(p => new[] { p.Name, p.Department, p.Usage, p.Goals }
                .Concat(p.Indicators.SelectMany(i => new[] { i.Level1, i.Level2, i.Level3, i.Description, i.Value })))
            .Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        Text = new SubstringIndex(lines);
        Characters = lines.SelectMany(l => l).ToHashSet();
        Names = new SubstringIndex(ProjectNames);
        _nameIds = ProjectNames.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        MaxNameLength = ProjectNames.Count == 0 ? 0 : ProjectNames[0].Length;
        foreach (var project in projects)
        {
            _latestYearOf[project.Name] = Math.Max(project.Year, _latestYearOf.GetValueOrDefault(project.Name));
        }
    }

    private readonly Dictionary<string, int> _nameIds;
    private readonly Dictionary<string, int> _latestYearOf = new(StringComparer.Ordinal);

    /// <summary>The latest budget year holding a table named <paramref name="name"/>, or null when none does.</summary>
    public int? LatestYearOf(string name) => _latestYearOf.TryGetValue(name, out var year) ? year : null;

    /// <summary>All the corpus's text, each distinct field once: what a spelling correction must not contradict.</summary>
    public SubstringIndex Text { get; }

    /// <summary>The project names (<see cref="ProjectNames"/> order) for substring look-ups: which names hold a piece of a question.</summary>
    public SubstringIndex Names { get; }

    /// <summary>The length of the longest project name.</summary>
    public int MaxNameLength { get; }

    /// <summary>The position of <paramref name="name"/> in <see cref="ProjectNames"/>, or -1 when it is no project's name.</summary>
    public int NameId(ReadOnlySpan<char> name) =>
        _nameIds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var id) ? id : -1;

    /// <summary>Every character the corpus uses: kept as written when traditional characters are folded.</summary>
    public IReadOnlySet<char> Characters { get; }

    /// <summary>The projects.</summary>
    public IReadOnlyList<Project> Projects { get; }

    /// <summary>Department names.</summary>
    public IReadOnlyList<string> Departments { get; }

    /// <summary>Project names, longest first.</summary>
    public IReadOnlyList<string> ProjectNames { get; }

    /// <summary>Distinct 三级指标 and description texts.</summary>
    public IReadOnlyList<string> IndicatorPhrases { get; }

    /// <summary>The latest budget year in the corpus.</summary>
    public int Year { get; }

    /// <summary>Every budget year the corpus holds, ascending.</summary>
    public IReadOnlyList<int> Years { get; }
}
