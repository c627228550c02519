using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// The project documents' doc values, read once per index into arrays: each document's project ordinal (per segment),
/// and per ordinal the three money fields (in 1/10000 万元) and the department. Lucene's field cache does the same for
/// sorting; here it lets a selection add up totals in a tight loop instead of a doc-values read per hit.
/// </summary>
internal sealed class ProjectColumns
{
    private readonly Dictionary<object, int[]> _ordinals = [];

    public ProjectColumns(IndexReader reader, int projects)
    {
        Budget = new long[projects];
        Fiscal = new long[projects];
        Other = new long[projects];
        Department = new int[projects];
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var ordinal = atomic.GetNumericDocValues(IndexFields.Ordinal);
            var budget = atomic.GetNumericDocValues(IndexFields.BudgetValue);
            var fiscal = atomic.GetNumericDocValues(IndexFields.FiscalValue);
            var other = atomic.GetNumericDocValues(IndexFields.OtherValue);
            var department = atomic.GetSortedDocValues(IndexFields.DepartmentValue);
            var byDoc = new int[atomic.MaxDoc];
            var bytes = new BytesRef();
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                var o = (int)ordinal.Get(doc);
                byDoc[doc] = o;
                var ord = department?.GetOrd(doc) ?? -1;
                if (ord < 0)
                {
                    continue; // an indicator row: no money or department of its own
                }

                Budget[o] = budget.Get(doc);
                Fiscal[o] = fiscal.Get(doc);
                Other[o] = other.Get(doc);
                department!.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                if (!departments.TryGetValue(key, out var id))
                {
                    departments[key] = id = departments.Count;
                }

                Department[o] = id;
            }

            _ordinals[leaf.AtomicReader.CoreCacheKey] = byDoc;
        }

        DepartmentKeys = departments.OrderBy(d => d.Value).Select(d => d.Key).ToArray();
    }

    /// <summary>预算数 per ordinal, in 1/10000 万元.</summary>
    public long[] Budget { get; }

    /// <summary>财政资金 per ordinal.</summary>
    public long[] Fiscal { get; }

    /// <summary>其他资金 per ordinal.</summary>
    public long[] Other { get; }

    /// <summary>Department id per ordinal (an index into <see cref="DepartmentKeys"/>).</summary>
    public int[] Department { get; }

    /// <summary>Department doc values (name and code) by id.</summary>
    public string[] DepartmentKeys { get; }

    /// <summary>
    /// Per department id, whether a table of it is kept: of one of <paramref name="anyOf"/> (when given) and of none of
    /// <paramref name="noneOf"/> (full names). Null when neither is given.
    /// </summary>
    public bool[]? Departments(IReadOnlyCollection<string>? anyOf, IReadOnlyCollection<string>? noneOf)
    {
        if (anyOf is null && noneOf is null)
        {
            return null;
        }

        return DepartmentKeys.Select(key => key.Split('\u0001')[0] is var name &&
            (anyOf is null || anyOf.Contains(name, StringComparer.Ordinal)) && (noneOf is null || !noneOf.Contains(name, StringComparer.Ordinal))).ToArray();
    }

    /// <summary>Those of <paramref name="ordinals"/> whose department id <paramref name="kept"/> flags, in the same order.</summary>
    public int[] InDepartments(IReadOnlyList<int> ordinals, bool[] kept)
    {
        var result = new int[ordinals.Count];
        var count = 0;
        for (var i = 0; i < ordinals.Count; i++)
        {
            if (kept[Department[ordinals[i]]])
            {
                result[count++] = ordinals[i];
            }
        }

        return result[..count];
    }

    /// <summary>The project ordinal of every document of a segment.</summary>
    public int[] OrdinalsOf(AtomicReader segment) => _ordinals[segment.CoreCacheKey];
}
