namespace Assistant.Plugins.Queries;

/// <summary>
/// The first k items of a list in a stable order (ties keep list order) without sorting the whole list when k is
/// small: a bounded heap, O(n log k). The result is the prefix a stable full sort would give.
/// </summary>
internal static class StableOrder
{
    /// <summary>The first <paramref name="limit"/> of <paramref name="items"/> ordered by <paramref name="compare"/>, ties in list order.</summary>
    public static List<T> Take<T>(IReadOnlyList<T> items, Comparison<T> compare, int limit)
    {
        int Compare(int a, int b)
        {
            var order = compare(items[a], items[b]);
            return order != 0 ? order : a.CompareTo(b);
        }

        var n = items.Count;
        if (limit <= 0 || n == 0)
        {
            return [];
        }

        int[] chosen;
        if ((long)limit * 4 >= n)
        {
            chosen = Enumerable.Range(0, n).ToArray();
        }
        else
        {
            // The root is the worst item kept; a better one replaces it.
            var worstFirst = Comparer<int>.Create((a, b) => Compare(b, a));
            var heap = new PriorityQueue<int, int>(limit + 1, worstFirst);
            for (var i = 0; i < n; i++)
            {
                if (heap.Count < limit)
                {
                    heap.Enqueue(i, i);
                }
                else if (Compare(i, heap.Peek()) < 0)
                {
                    heap.DequeueEnqueue(i, i);
                }
            }

            chosen = heap.UnorderedItems.Select(x => x.Element).ToArray();
        }

        Array.Sort(chosen, Compare);
        return chosen.Take(limit).Select(i => items[i]).ToList();
    }
}
