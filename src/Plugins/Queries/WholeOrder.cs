namespace Assistant.Plugins.Queries;

/// <summary>
/// Orders, places and extremes of tables by a whole-number column (money in 1/10000 万元, or rows), in loops over the
/// ordinals with no comparison delegate or decimal arithmetic per table. Ties keep corpus order, as the stable orders
/// of the reference scan do. Ordinals are ascending (corpus order).
/// </summary>
internal static class WholeOrder
{
    // Up to this many taken, each table better than the last kept is inserted in order; beyond it, one sort.
    private const int MaxInserted = 128;

    /// <summary>The first <paramref name="limit"/> of <paramref name="ordinals"/> by <paramref name="keys"/>, ties in corpus order.</summary>
    public static int[] Take(IReadOnlyList<int> ordinals, long[] keys, bool descending, int limit)
    {
        var span = Span(ordinals);
        limit = Math.Min(limit, span.Length);
        if (limit <= 0)
        {
            return [];
        }

        if (limit > MaxInserted)
        {
            // Many taken (a page, or an export of all): one sort by key, then ordinal, is cheaper than inserting.
            var all = new (long Key, int Ordinal)[span.Length];
            for (var i = 0; i < span.Length; i++)
            {
                all[i] = (descending ? -keys[span[i]] : keys[span[i]], span[i]);
            }

            Array.Sort(all);
            return [.. all.Take(limit).Select(x => x.Ordinal)];
        }

        // The best so far, best first; a table enters only when strictly better than the last kept (ties: earlier wins).
        var (kept, best) = (new int[limit], new long[limit]);
        var count = 0;
        foreach (var o in span)
        {
            var key = keys[o];
            if (count == limit && !Before(key, best[count - 1], descending))
            {
                continue;
            }

            var at = count == limit ? limit - 1 : count++;
            while (at > 0 && Before(key, best[at - 1], descending))
            {
                (kept[at], best[at]) = (kept[at - 1], best[at - 1]);
                at--;
            }

            (kept[at], best[at]) = (o, key);
        }

        return kept;
    }

    /// <summary>The tables holding the <paramref name="nth"/> distinct key in order (ties share a place), in corpus order.</summary>
    public static int[] Nth(IReadOnlyList<int> ordinals, long[] keys, bool descending, int nth)
    {
        var span = Span(ordinals);
        if (nth < 1)
        {
            return [];
        }

        if (nth > MaxInserted)
        {
            var distinct = new SortedSet<long>();
            foreach (var o in span)
            {
                distinct.Add(descending ? -keys[o] : keys[o]);
            }

            return nth > distinct.Count ? [] : Holding(span, keys, descending ? -distinct.ElementAt(nth - 1) : distinct.ElementAt(nth - 1));
        }

        // The first nth distinct keys, best first.
        var first = new List<long>(nth + 1);
        foreach (var o in span)
        {
            var key = keys[o];
            if (first.Count == nth && !Before(key, first[^1], descending))
            {
                continue;
            }

            var at = first.Count;
            while (at > 0 && Before(key, first[at - 1], descending))
            {
                at--;
            }

            if (at > 0 && first[at - 1] == key)
            {
                continue; // a key already kept
            }

            first.Insert(at, key);
            if (first.Count > nth)
            {
                first.RemoveAt(nth);
            }
        }

        return nth > first.Count ? [] : Holding(span, keys, first[nth - 1]);
    }

    /// <summary>The tables holding the largest (or smallest) key, in corpus order; empty when there are none.</summary>
    public static int[] Extreme(IReadOnlyList<int> ordinals, long[] keys, bool largest)
    {
        var span = Span(ordinals);
        if (span.IsEmpty)
        {
            return [];
        }

        var extreme = keys[span[0]];
        foreach (var o in span)
        {
            if (Before(keys[o], extreme, largest))
            {
                extreme = keys[o];
            }
        }

        return Holding(span, keys, extreme);
    }

    private static bool Before(long key, long other, bool descending) => descending ? key > other : key < other;

    private static int[] Holding(ReadOnlySpan<int> ordinals, long[] keys, long key)
    {
        var holding = new List<int>();
        foreach (var o in ordinals)
        {
            if (keys[o] == key)
            {
                holding.Add(o);
            }
        }

        return [.. holding];
    }

    private static ReadOnlySpan<int> Span(IReadOnlyList<int> ordinals) => ordinals as int[] ?? [.. ordinals];
}
