using System.Runtime.InteropServices;
using Assistant.Retrieval.Corpus;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// The tables' own values in arrays indexed by project ordinal, read once per index from the project documents' doc
/// values: the three money fields (in 1/<see cref="MoneyScale"/> 万元), the department, the year, the number of
/// rows and the document itself. Lucene's field cache does the same for sorting; here a selection tests every condition
/// on a table and adds up its totals in one tight loop, where a query walked postings and read doc values per hit.
/// </summary>
internal sealed class ProjectColumns
{
    /// <summary>Money is indexed in units of 1/<see cref="MoneyScale"/> 万元: sums of longs are exact.</summary>
    public const decimal MoneyScale = 10000m;

    private int[][]? _byDepartment;

    public ProjectColumns(IndexReader reader, int count)
    {
        (Budget, Fiscal, Other, Department) = (new long[count], new long[count], new long[count], new int[count]);
        (Year, Rows, Doc) = (new int[count], new int[count], new int[count]);
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var ordinal = atomic.GetNumericDocValues(IndexFields.Ordinal);
            var budget = atomic.GetNumericDocValues(IndexFields.BudgetValue);
            var fiscal = atomic.GetNumericDocValues(IndexFields.FiscalValue);
            var other = atomic.GetNumericDocValues(IndexFields.OtherValue);
            var year = atomic.GetNumericDocValues(IndexFields.YearValue);
            var rows = atomic.GetNumericDocValues(IndexFields.RowsValue);
            var department = atomic.GetSortedDocValues(IndexFields.DepartmentValue);
            var bytes = new BytesRef();
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                var ord = department?.GetOrd(doc) ?? -1;
                if (ord < 0)
                {
                    continue; // an indicator row: no money or department of its own
                }

                var o = (int)ordinal.Get(doc);
                Budget[o] = budget.Get(doc);
                Fiscal[o] = fiscal.Get(doc);
                Other[o] = other.Get(doc);
                Year[o] = (int)year.Get(doc);
                Rows[o] = (int)rows.Get(doc);
                Doc[o] = leaf.DocBase + doc;
                department!.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                if (!departments.TryGetValue(key, out var id))
                {
                    departments[key] = id = departments.Count;
                }

                Department[o] = id;
            }
        }

        var keys = departments.OrderBy(d => d.Value).Select(d => d.Key.Split('\u0001')).ToArray();
        DepartmentNames = [.. keys.Select(k => k[0])];
        DepartmentCodes = [.. keys.Select(k => k.Length == 2 ? k[1] : throw new InvalidDataException("a department doc value without its code"))];
    }

    /// <summary>预算数 per ordinal, in 1/<see cref="MoneyScale"/> 万元.</summary>
    public long[] Budget { get; }

    /// <summary>财政资金 per ordinal.</summary>
    public long[] Fiscal { get; }

    /// <summary>其他资金 per ordinal.</summary>
    public long[] Other { get; }

    /// <summary>Department id per ordinal (an index into <see cref="DepartmentNames"/>).</summary>
    public int[] Department { get; }

    /// <summary>The budget year per ordinal.</summary>
    public int[] Year { get; }

    /// <summary>The number of indicator rows per ordinal.</summary>
    public int[] Rows { get; }

    /// <summary>The table's Lucene document (its id in the whole index) per ordinal.</summary>
    public int[] Doc { get; }

    /// <summary>Department names by id.</summary>
    public string[] DepartmentNames { get; }

    /// <summary>Department codes by id.</summary>
    public string[] DepartmentCodes { get; }

    /// <summary>A department's doc value: name and code, so subtotals group as the corpus statistics do.</summary>
    public static string DepartmentValue(Project project) => project.Department + '\u0001' + project.DepartmentCode;

    /// <summary>A money amount as indexed.</summary>
    public static long Money(decimal wan) => (long)decimal.Round(wan * MoneyScale);

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

        return [.. DepartmentNames.Select(name =>
            (anyOf is null || anyOf.Contains(name, StringComparer.Ordinal)) && (noneOf is null || !noneOf.Contains(name, StringComparer.Ordinal)))];
    }

    /// <summary>
    /// The ordinals (ascending) of the tables of the departments <paramref name="kept"/> flags (see
    /// <see cref="Departments"/>), or null when most departments are kept and reading every table is as quick. A
    /// department's list is made once.
    /// </summary>
    public IReadOnlyList<int>? InDepartments(bool[] kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var ids = Enumerable.Range(0, kept.Length).Where(d => kept[d]).ToList();
        if (ids.Count * 4 > kept.Length)
        {
            return null;
        }

        var lists = LazyInitializer.EnsureInitialized(ref _byDepartment, () =>
        {
            var byDepartment = Enumerable.Range(0, DepartmentNames.Length).Select(_ => new List<int>()).ToArray();
            for (var o = 0; o < Department.Length; o++)
            {
                byDepartment[Department[o]].Add(o);
            }

            return [.. byDepartment.Select(l => l.ToArray())];
        });
        return ids.Count == 1 ? lists[ids[0]] : [.. ids.SelectMany(d => lists[d]).Order()];
    }

    /// <summary>The set of <paramref name="ordinals"/> (ascending) with its totals and department subtotals.</summary>
    public ProjectSet Total(IReadOnlyList<int> ordinals)
    {
        long budget = 0, fiscal = 0, other = 0;
        var count = new int[DepartmentNames.Length];
        var departmentBudget = new long[DepartmentNames.Length];
        ReadOnlySpan<int> span = ordinals switch
        {
            int[] array => array,
            List<int> list => CollectionsMarshal.AsSpan(list),
            _ => [.. ordinals],
        };
        foreach (var o in span)
        {
            budget += Budget[o];
            fiscal += Fiscal[o];
            other += Other[o];
            count[Department[o]]++;
            departmentBudget[Department[o]] += Budget[o];
        }

        var departments = Enumerable.Range(0, count.Length).Where(d => count[d] > 0)
            .OrderByDescending(d => departmentBudget[d]).ThenBy(d => DepartmentNames[d], StringComparer.Ordinal).ThenBy(d => DepartmentCodes[d], StringComparer.Ordinal)
            .Select(d => new DepartmentTotal(DepartmentNames[d], DepartmentCodes[d], count[d], departmentBudget[d] / MoneyScale))
            .ToList();
        return new ProjectSet(ordinals, new Budget(budget / MoneyScale, fiscal / MoneyScale, other / MoneyScale), departments);
    }
}
