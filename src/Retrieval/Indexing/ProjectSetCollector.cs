using Assistant.Retrieval.Corpus;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// Collects every matching project document as its ordinal, into a bit set (so the set comes out in corpus order
/// without sorting); totals and department subtotals are then added up from the doc-value columns. Money is kept as
/// whole 1/10000 万元 in longs: sums are exact.
/// </summary>
internal sealed class ProjectSetCollector(ProjectColumns columns, int projects, IReadOnlySet<int>? only = null, bool[]? inDepartment = null) : ICollector
{
    /// <summary>Money is indexed in units of 1/<see cref="MoneyScale"/> 万元.</summary>
    public const decimal MoneyScale = 10000m;

    private readonly bool[] _hit = new bool[projects];
    private int[] _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _segment = columns.OrdinalsOf(context.AtomicReader);

    public void Collect(int doc)
    {
        var ordinal = _segment[doc];
        if ((only is null || only.Contains(ordinal)) && (inDepartment is null || inDepartment[columns.Department[ordinal]]))
        {
            _hit[ordinal] = true;
        }
    }

    /// <summary>The set collected.</summary>
    public ProjectSet ToSet()
    {
        var ordinals = new List<int>();
        for (var o = 0; o < _hit.Length; o++)
        {
            if (_hit[o])
            {
                ordinals.Add(o);
            }
        }

        return Sum(columns, ordinals);
    }

    /// <summary>The set of <paramref name="ordinals"/> (ascending) with its totals from the columns.</summary>
    public static ProjectSet Sum(ProjectColumns columns, IReadOnlyList<int> ordinals)
    {
        long budget = 0, fiscal = 0, other = 0;
        var count = new int[columns.DepartmentKeys.Length];
        var departmentBudget = new long[columns.DepartmentKeys.Length];
        foreach (var o in ordinals)
        {
            budget += columns.Budget[o];
            fiscal += columns.Fiscal[o];
            other += columns.Other[o];
            count[columns.Department[o]]++;
            departmentBudget[columns.Department[o]] += columns.Budget[o];
        }

        var departments = Enumerable.Range(0, count.Length).Where(d => count[d] > 0)
            .OrderByDescending(d => departmentBudget[d]).ThenBy(d => columns.DepartmentKeys[d], StringComparer.Ordinal)
            .Select(d => columns.DepartmentKeys[d].Split('\u0001') is [var name, var code]
                ? new DepartmentTotal(name, code, count[d], departmentBudget[d] / MoneyScale)
                : throw new InvalidOperationException("a department key without its code"))
            .ToList();
        return new ProjectSet(ordinals, new Budget(budget / MoneyScale, fiscal / MoneyScale, other / MoneyScale), departments);
    }

    /// <summary>A department's doc value: name and code, so subtotals group as the corpus statistics do.</summary>
    public static string DepartmentValue(Project project) => project.Department + '\u0001' + project.DepartmentCode;

    /// <summary>A money amount as indexed.</summary>
    public static long Money(decimal wan) => (long)decimal.Round(wan * MoneyScale);
}
