using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;

namespace Assistant.Plugins.Queries;

/// <summary>
/// The tables about a topic, as ordinals in corpus order, with the relevance of each: a table whose name holds the
/// topic ranks first (1000 over its search score), the others by search score. Kept by ordinal, so an answer the index
/// decides ranks them without making a match per table; the scores are worked out when first read, and the first few
/// of a topic many names hold are found among those names alone.
/// </summary>
internal sealed class TopicTables
{
    /// <summary>What a name holding the topic adds: more than any search score, so such tables rank first.</summary>
    private const float NameBonus = 1000f;

    private readonly int[] _ordinals;
    private readonly Func<IReadOnlyList<int>, float[]> _score;
    private readonly Func<int, bool> _inName;
    private readonly IReadOnlyList<Project> _projects;
    private float[]? _relevance;
    private Dictionary<int, float>? _named; // the relevance of the named tables scored alone (Best)
    private IReadOnlySet<int>? _set;
    private Dictionary<Project, float>? _byProject;

    /// <summary>
    /// The tables at <paramref name="ordinals"/> (ascending), scored by <paramref name="score"/> (search scores of the
    /// ordinals given, by position) with the name bonus where <paramref name="inName"/>.
    /// </summary>
    public TopicTables(IReadOnlyList<int> ordinals, Func<IReadOnlyList<int>, float[]> score, Func<int, bool> inName,
        IReadOnlyList<Project> projects, IReadOnlySet<int>? set = null)
    {
        _ordinals = [.. ordinals];
        _score = score;
        _inName = inName;
        _projects = projects;
        _set = set;
    }

    /// <summary>The tables as a set of ordinals, for the index's selection.</summary>
    public IReadOnlySet<int> Set => _set ??= OrdinalSet.Of(_ordinals, _projects.Count);

    /// <summary>The relevance of the table at <paramref name="ordinal"/>; zero for a table not about the topic.</summary>
    public float RelevanceOf(int ordinal) =>
        _relevance is null && _named is not null && _named.TryGetValue(ordinal, out var known) ? known
        : Array.BinarySearch(_ordinals, ordinal) is var at and >= 0 ? Relevance()[at] : 0f;

    /// <summary>
    /// The first <paramref name="limit"/> of <paramref name="ordinals"/> (tables about the topic) by relevance, ties in
    /// the order given. When the names of at least that many hold the topic, only those are scored: they outrank the rest.
    /// </summary>
    public IReadOnlyList<int> Best(IReadOnlyList<int> ordinals, int limit)
    {
        if (_relevance is null && ordinals.Where(_inName).Take(limit).Count() == limit)
        {
            var named = ordinals.Where(_inName).ToList();
            var scores = _score(named);
            var first = Enumerable.Range(0, named.Count).Select(i => (Relevance: NameBonus + scores[i], Ordinal: named[i])).ToArray();
            _named ??= [];
            foreach (var (score, ordinal) in first)
            {
                _named[ordinal] = score;
            }

            return Take(first, limit);
        }

        var relevance = Relevance();
        var scored = new (float Relevance, int Ordinal)[ordinals.Count];
        var at = 0;
        for (var i = 0; i < scored.Length; i++)
        {
            var o = ordinals[i];
            if (i > 0 && o < ordinals[i - 1])
            {
                at = 0; // not ascending: the walk starts again (only a reordered page, a few tables)
            }

            while (at < _ordinals.Length && _ordinals[at] < o)
            {
                at++;
            }

            scored[i] = (at < _ordinals.Length && _ordinals[at] == o ? relevance[at] : 0f, o);
        }

        return Take(scored, limit);
    }

    // The ordinals of the first <limit> by relevance, ties in the order given.
    private static IReadOnlyList<int> Take((float Relevance, int Ordinal)[] scored, int limit) =>
        [.. StableOrder.Take(scored, static (a, b) => b.Relevance.CompareTo(a.Relevance), limit).Select(s => s.Ordinal)];

    /// <summary>The relevance by project, as the checks made on tables read it.</summary>
    public Dictionary<Project, float> ByProject()
    {
        if (_byProject is null)
        {
            var relevance = Relevance();
            var byProject = new Dictionary<Project, float>(_ordinals.Length, ProjectIdentity.Comparer);
            for (var i = 0; i < _ordinals.Length; i++)
            {
                byProject[_projects[_ordinals[i]]] = relevance[i];
            }

            _byProject = byProject;
        }

        return _byProject;
    }

    // Every table's relevance, by position: its search score, with the bonus where its name holds the topic.
    private float[] Relevance()
    {
        if (_relevance is null)
        {
            var scores = _score(_ordinals);
            for (var i = 0; i < _ordinals.Length; i++)
            {
                scores[i] = (_inName(_ordinals[i]) ? NameBonus : 0f) + scores[i];
            }

            _relevance = scores;
        }

        return _relevance;
    }
}
