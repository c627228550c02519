using System.Buffers;
using System.Numerics;

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
    /// <remarks>
    /// A condition at a time, each a tight loop over the survivors of the one before (as a column store filters):
    /// one loop testing every condition per table ran several times slower at 10^5 tables.
    /// </remarks>
    public int[] Kept(IReadOnlyList<int>? candidates)
    {
        var count = candidates?.Count ?? _columns.Year.Length;
        // Kept in a pooled buffer and copied out at its length: a list grown to 10^5 would allocate twice that per question.
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        if (candidates is null)
        {
            for (var o = 0; o < count; o++)
            {
                buffer[o] = o;
            }
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                buffer[i] = candidates[i];
            }
        }

        if (_year is { } year)
        {
            count = Where(buffer, count, _columns.Year, new WholeRange(year, year));
        }

        count = Where(buffer, count, _columns.Budget, _budget);
        count = Where(buffer, count, _columns.Fiscal, _fiscal);
        count = Where(buffer, count, _columns.Other, _other);
        count = Where(buffer, count, _columns.Rows, _rows);
        if (_inDepartment is { } inDepartment)
        {
            count = Where(buffer, count, _columns.Department, inDepartment, true);
        }

        foreach (var flags in _required)
        {
            count = Where(buffer, count, flags, true);
        }

        foreach (var flags in _excluded)
        {
            count = Where(buffer, count, flags, false);
        }

        var result = buffer[..count];
        ArrayPool<int>.Shared.Return(buffer);
        return result;
    }

    // The ordinals whose column value lies in the range, kept in place; every one when the range is every value.
    private static int Where<T>(int[] ordinals, int count, T[] column, WholeRange range)
        where T : struct, IBinaryInteger<T>
    {
        if (range == WholeRange.All)
        {
            return count;
        }

        var (min, max, kept) = (range.Min, range.Max, 0);
        for (var i = 0; i < count; i++)
        {
            var o = ordinals[i];
            var value = long.CreateTruncating(column[o]);
            if (value >= min && value <= max)
            {
                ordinals[kept++] = o;
            }
        }

        return kept;
    }

    private static int Where(int[] ordinals, int count, int[] ids, bool[] kept, bool keep)
    {
        var survivors = 0;
        for (var i = 0; i < count; i++)
        {
            var o = ordinals[i];
            if (kept[ids[o]] == keep)
            {
                ordinals[survivors++] = o;
            }
        }

        return survivors;
    }

    private static int Where(int[] ordinals, int count, bool[] flags, bool flagged)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var o = ordinals[i];
            if (flags[o] == flagged)
            {
                ordinals[kept++] = o;
            }
        }

        return kept;
    }
}
