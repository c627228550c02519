using System.Buffers;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// The conditions of a <see cref="ProjectConstraints"/> as tests on one table's columns: year, money and row count as
/// whole-number ranges, departments as a flag per department, and names, 一级/二级指标 and deadlines as a flag per table
/// worked out beforehand (required: all set; excluded: none set).
/// </summary>
internal sealed class ColumnTest
{
    private readonly ProjectColumns _columns;
    private readonly int? _year;
    private readonly WholeRange _budget;
    private readonly WholeRange _fiscal;
    private readonly WholeRange _other;
    private readonly WholeRange _rows;
    private readonly bool[]? _inDepartment;
    private readonly bool[][] _required;
    private readonly bool[][] _excluded;

    public ColumnTest(ProjectColumns columns, ProjectConstraints constraints, IEnumerable<bool[]> required, IEnumerable<bool[]> excluded)
    {
        _columns = columns;
        _year = constraints.Year;
        _budget = WholeRange.Of(constraints.Budget, ProjectColumns.MoneyScale);
        _fiscal = WholeRange.Of(constraints.Fiscal, ProjectColumns.MoneyScale);
        _other = WholeRange.Of(constraints.Other, ProjectColumns.MoneyScale);
        _rows = WholeRange.Of(constraints.Rows, 1m);
        _inDepartment = columns.Departments(constraints.Departments, constraints.ExceptDepartments);
        _required = [.. required];
        _excluded = [.. excluded];
    }

    /// <summary>Per department id, whether its tables are kept; null when any department is.</summary>
    public bool[]? Departments => _inDepartment;

    /// <summary>True when no condition is tested: every table is kept.</summary>
    public bool KeepsAll => _year is null && _budget == WholeRange.All && _fiscal == WholeRange.All && _other == WholeRange.All &&
                            _rows == WholeRange.All && _inDepartment is null && _required.Length == 0 && _excluded.Length == 0;

    /// <summary>
    /// The ordinals among <paramref name="candidates"/> (ascending; every table when null) whose tables meet every
    /// condition, in the same order.
    /// </summary>
    public int[] Kept(IReadOnlyList<int>? candidates)
    {
        var count = candidates?.Count ?? _columns.Year.Length;
        // Kept in a pooled buffer and copied out at its length: a list grown to 10^5 would allocate twice that per question.
        var buffer = ArrayPool<int>.Shared.Rent(count);
        var kept = 0;
        // The columns and conditions in locals, and a condition that is absent not tested: the loop runs once per table.
        var (years, budgets, fiscals, others, rows, departments) = (_columns.Year, _columns.Budget, _columns.Fiscal, _columns.Other, _columns.Rows, _columns.Department);
        var (anyYear, year) = (_year is null, _year ?? 0);
        var (budget, fiscal, other, rowCount) = (_budget, _fiscal, _other, _rows);
        var (anyBudget, anyFiscal, anyOther, anyRows) = (budget == WholeRange.All, fiscal == WholeRange.All, other == WholeRange.All, rowCount == WholeRange.All);
        var inDepartment = _inDepartment;
        for (var i = 0; i < count; i++)
        {
            var o = candidates is null ? i : candidates[i];
            if ((anyYear || years[o] == year) && (anyBudget || budget.Contains(budgets[o])) && (anyFiscal || fiscal.Contains(fiscals[o])) &&
                (anyOther || other.Contains(others[o])) && (anyRows || rowCount.Contains(rows[o])) &&
                (inDepartment is null || inDepartment[departments[o]]) && Flagged(o))
            {
                buffer[kept++] = o;
            }
        }

        var result = buffer[..kept];
        ArrayPool<int>.Shared.Return(buffer);
        return result;
    }

    private bool Flagged(int ordinal)
    {
        foreach (var flags in _required)
        {
            if (!flags[ordinal])
            {
                return false;
            }
        }

        foreach (var flags in _excluded)
        {
            if (flags[ordinal])
            {
                return false;
            }
        }

        return true;
    }
}
