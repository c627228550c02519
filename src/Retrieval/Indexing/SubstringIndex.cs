namespace Assistant.Retrieval.Indexing;

/// <summary>
/// Exact substring look-up over a fixed list of strings (project names, the corpus's distinct lines), built once per
/// corpus: a suffix array, so finding which strings contain a piece of a question costs a binary search, not a pass
/// over every string. Results are the same as <see cref="string.Contains(string, StringComparison)"/> with ordinal
/// comparison over each string.
/// </summary>
public sealed class SubstringIndex
{
    private const char Separator = '\u0001';
    private readonly string _text;
    private readonly int[] _suffixes;
    private readonly int[] _starts;
    private readonly int[] _ends;

    /// <summary>Indexes <paramref name="strings"/>; ids in results are positions in this list.</summary>
    public SubstringIndex(IReadOnlyList<string> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        Strings = strings;
        _starts = new int[strings.Count + 1];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < strings.Count; i++)
        {
            _starts[i] = builder.Length;
            builder.Append(strings[i]).Append(Separator);
        }

        _starts[strings.Count] = builder.Length;
        _text = builder.ToString();
        _ends = new int[_text.Length];
        var suffixes = new List<int>(_text.Length);
        for (var i = 0; i < strings.Count; i++)
        {
            for (var at = _starts[i]; at < _starts[i + 1]; at++)
            {
                _ends[at] = _starts[i + 1];
                if (at < _starts[i + 1] - 1)
                {
                    suffixes.Add(at);
                }
            }
        }

        _suffixes = [.. suffixes];
        // Each suffix is compared only up to the end of its own string, so repeated endings never read into the next
        // string; equal ones keep text order.
        Array.Sort(_suffixes, (a, b) =>
        {
            var order = Suffix(a).SequenceCompareTo(Suffix(b));
            return order != 0 ? order : a.CompareTo(b);
        });
    }

    /// <summary>The strings indexed, by id.</summary>
    public IReadOnlyList<string> Strings { get; }

    /// <summary>True when some string contains <paramref name="part"/>.</summary>
    public bool Contains(string part) => Range(part).Count > 0;

    /// <summary>
    /// The ids of the strings containing <paramref name="part"/>, ascending; at most <paramref name="limit"/> of them
    /// (the lowest ids), so "is it exactly one" costs no more than finding two.
    /// </summary>
    public IReadOnlyList<int> Containing(string part, int limit = int.MaxValue)
    {
        var (first, count) = Range(part);
        if (count == 0)
        {
            return [];
        }

        if (limit >= count)
        {
            // Every owner is kept: sorted once, rather than a tree kept in order while thousands are added.
            var owners = new int[count];
            for (var i = 0; i < count; i++)
            {
                owners[i] = Owner(_suffixes[first + i]);
            }

            Array.Sort(owners);
            var distinct = 0;
            for (var i = 0; i < owners.Length; i++)
            {
                if (distinct == 0 || owners[i] != owners[distinct - 1])
                {
                    owners[distinct++] = owners[i];
                }
            }

            return owners[..distinct];
        }

        var ids = new SortedSet<int>();
        for (var i = first; i < first + count; i++)
        {
            ids.Add(Owner(_suffixes[i]));
            if (ids.Count > limit)
            {
                ids.Remove(ids.Max);
            }
        }

        return [.. ids];
    }

    private ReadOnlySpan<char> Suffix(int at) => _text.AsSpan(at, _ends[at] - at);

    private int Owner(int at)
    {
        var i = Array.BinarySearch(_starts, at);
        return i >= 0 ? i : ~i - 1;
    }

    // The block of suffixes starting with part: two binary searches.
    private (int First, int Count) Range(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Length == 0 || part.Contains(Separator, StringComparison.Ordinal))
        {
            return (0, 0);
        }

        var low = LowerBound(part, prefixOnly: false);
        var high = LowerBound(part, prefixOnly: true);
        return (low, high - low);
    }

    // The first suffix not below part (prefixOnly: the first suffix past every one that starts with part).
    private int LowerBound(string part, bool prefixOnly)
    {
        int low = 0, high = _suffixes.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            var suffix = Suffix(_suffixes[mid]);
            var head = suffix[..Math.Min(suffix.Length, part.Length)];
            var order = head.SequenceCompareTo(part);
            var below = prefixOnly ? order <= 0 : order < 0;
            if (below)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
