using System.Collections;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// A set of project ordinals kept as one flag per table of the corpus and the members in ascending order: membership is
/// an array read, and the members come out in corpus order without a sort, however many tables a condition keeps.
/// </summary>
public sealed class OrdinalSet : IReadOnlySet<int>
{
    private readonly bool[] _flags;
    private readonly int[] _members;

    /// <summary>The set of the ordinals flagged in <paramref name="flags"/> (one flag per table; the array is kept).</summary>
    public OrdinalSet(bool[] flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        _flags = flags;
        var members = new List<int>();
        for (var o = 0; o < flags.Length; o++)
        {
            if (flags[o])
            {
                members.Add(o);
            }
        }

        _members = [.. members];
    }

    /// <summary>The set of <paramref name="ordinals"/> among <paramref name="size"/> tables.</summary>
    public static OrdinalSet Of(IEnumerable<int> ordinals, int size)
    {
        ArgumentNullException.ThrowIfNull(ordinals);
        var flags = new bool[size];
        foreach (var o in ordinals)
        {
            flags[o] = true;
        }

        return new OrdinalSet(flags);
    }

    /// <summary>The members, ascending.</summary>
    public IReadOnlyList<int> Ascending => _members;

    /// <inheritdoc/>
    public int Count => _members.Length;

    /// <inheritdoc/>
    public bool Contains(int item) => item >= 0 && item < _flags.Length && _flags[item];

    /// <inheritdoc/>
    public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)_members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool IsProperSubsetOf(IEnumerable<int> other) => Other(other) is var o && IsSubsetOf(o) && o.Count > Count;

    /// <inheritdoc/>
    public bool IsProperSupersetOf(IEnumerable<int> other) => Other(other) is var o && IsSupersetOf(o) && Count > o.Count;

    /// <inheritdoc/>
    public bool IsSubsetOf(IEnumerable<int> other) => Other(other) is var o && _members.All(o.Contains);

    /// <inheritdoc/>
    public bool IsSupersetOf(IEnumerable<int> other) => other.All(Contains);

    /// <inheritdoc/>
    public bool Overlaps(IEnumerable<int> other) => other.Any(Contains);

    /// <inheritdoc/>
    public bool SetEquals(IEnumerable<int> other) => Other(other) is var o && o.Count == Count && IsSupersetOf(o);

    private static HashSet<int> Other(IEnumerable<int> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return [.. other];
    }
}
