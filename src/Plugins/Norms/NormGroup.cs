using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Norms;

/// <summary>The projects that set one normalised target value, counted once each, with the first names kept.</summary>
internal sealed class NormGroup(Indicator first)
{
    private readonly List<string> _names = [];
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private int _last = -1;

    /// <summary>The first row seen with this value (its comparator, number and unit describe the value).</summary>
    public Indicator First { get; } = first;

    /// <summary>How many projects set the value.</summary>
    public int Projects { get; private set; }

    /// <summary>How many rows set the value.</summary>
    public int Rows { get; private set; }

    /// <summary>The first projects' names (at most the limit given to <see cref="Add"/>).</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>
    /// Counts a row of the project at <paramref name="ordinal"/> of <paramref name="projects"/>; rows of one project
    /// come together, so a repeat is its last. Only the first <paramref name="limit"/> projects are read for their names.
    /// </summary>
    public void Add(int ordinal, IReadOnlyList<Project> projects, int limit)
    {
        Rows++;
        if (ordinal == _last)
        {
            return;
        }

        _last = ordinal;
        Projects++;
        if (_names.Count < limit && _named.Add(projects[ordinal].Name))
        {
            _names.Add(projects[ordinal].Name);
        }
    }
}
