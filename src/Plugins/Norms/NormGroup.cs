using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Norms;

/// <summary>The projects that set one normalised target value, counted once each, with the first names kept.</summary>
internal sealed class NormGroup(Indicator first)
{
    private readonly List<string> _names = [];
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private Project? _last;

    /// <summary>The first row seen with this value (its comparator, number and unit describe the value).</summary>
    public Indicator First { get; } = first;

    /// <summary>How many projects set the value.</summary>
    public int Projects { get; private set; }

    /// <summary>How many rows set the value.</summary>
    public int Rows { get; private set; }

    /// <summary>The first projects' names (at most the limit given to <see cref="Add"/>).</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Counts a row of <paramref name="project"/>; rows of one project come together, so a repeat is its last.</summary>
    public void Add(Project project, int limit)
    {
        Rows++;
        if (ReferenceEquals(project, _last))
        {
            return;
        }

        _last = project;
        Projects++;
        if (_names.Count < limit && _named.Add(project.Name))
        {
            _names.Add(project.Name);
        }
    }
}
