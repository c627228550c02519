using System.Runtime.CompilerServices;
using Assistant.Retrieval.Indexing;

namespace Assistant.Plugins.Queries;

/// <summary>
/// Each table's three money fields and row count by ordinal, in arrays worked out once per corpus: ordering 10^5
/// tables by budget compares array entries instead of following a pointer to each table's budget block.
/// </summary>
internal sealed class MoneyColumns
{
    private static readonly ConditionalWeakTable<CorpusIndex, MoneyColumns> PerCorpus = [];
    private readonly decimal[] _total;
    private readonly decimal[] _fiscal;
    private readonly decimal[] _other;
    private readonly int[] _rows;
    private readonly long[] _wholeRows;
    private readonly WholeMoney _wholeTotal;
    private readonly WholeMoney _wholeFiscal;
    private readonly WholeMoney _wholeOther;

    private MoneyColumns(CorpusIndex index)
    {
        var projects = index.Projects;
        (_total, _fiscal, _other, _rows) = (new decimal[projects.Count], new decimal[projects.Count], new decimal[projects.Count], new int[projects.Count]);
        for (var o = 0; o < projects.Count; o++)
        {
            (_total[o], _fiscal[o], _other[o], _rows[o]) = (projects[o].Budget.Total, projects[o].Budget.Fiscal, projects[o].Budget.Other, projects[o].Indicators.Count);
        }

        (_wholeTotal, _wholeFiscal, _wholeOther) = (new WholeMoney(_total), new WholeMoney(_fiscal), new WholeMoney(_other));
        _wholeRows = [.. _rows.Select(r => (long)r)];
    }

    /// <summary>The columns of <paramref name="index"/>, worked out on first use and kept while the corpus is.</summary>
    public static MoneyColumns Of(CorpusIndex index) => PerCorpus.GetValue(index, i => new MoneyColumns(i));

    /// <summary>
    /// The number <paramref name="sort"/> orders the table at an ordinal by (a money field, or the row count), or null
    /// for an order not by such a number.
    /// </summary>
    public Func<int, decimal>? KeyFor(ProjectSort sort, MoneyField field) => sort switch
    {
        ProjectSort.BudgetAscending or ProjectSort.BudgetDescending => Money(field),
        ProjectSort.RowsAscending or ProjectSort.RowsDescending => o => _rows[o],
        _ => null,
    };

    /// <summary>
    /// The whole numbers (1/10000 万元, or rows) <paramref name="sort"/> orders the tables by, by ordinal: the same order
    /// as <see cref="KeyFor"/>'s decimals. Null for an order not by such a number, or a money field not whole at that scale.
    /// </summary>
    public long[]? WholeKeyFor(ProjectSort sort, MoneyField field) => sort switch
    {
        ProjectSort.BudgetAscending or ProjectSort.BudgetDescending => WholeMoney(field),
        ProjectSort.RowsAscending or ProjectSort.RowsDescending => _wholeRows,
        _ => null,
    };

    /// <summary>The field as whole 1/10000 万元 by ordinal, or null when not every amount is whole at that scale.</summary>
    public long[]? WholeMoney(MoneyField field) => field switch
    {
        MoneyField.Fiscal => _wholeFiscal.Whole,
        MoneyField.Other => _wholeOther.Whole,
        _ => _wholeTotal.Whole,
    };

    /// <summary>
    /// The field summed over <paramref name="ordinals"/>: the same decimal, scale included, that adding the tables'
    /// amounts one by one gives (as the reference scan does), added as whole numbers.
    /// </summary>
    public decimal Sum(IReadOnlyList<int> ordinals, MoneyField field) => field switch
    {
        MoneyField.Fiscal => _wholeFiscal.Sum(ordinals, _fiscal),
        MoneyField.Other => _wholeOther.Sum(ordinals, _other),
        _ => _wholeTotal.Sum(ordinals, _total),
    };

    /// <summary>The field's value by ordinal, in 万元 (the same values <see cref="MoneyFields.Of(Retrieval.Corpus.Project, MoneyField)"/> reads).</summary>
    public Func<int, decimal> Money(MoneyField field) => field switch
    {
        MoneyField.Fiscal => o => _fiscal[o],
        MoneyField.Other => o => _other[o],
        _ => o => _total[o],
    };
}
