using System.Collections.Concurrent;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// Every indicator row's 一级/二级指标, target kind, unit and number in flat arrays, built once per corpus from its
/// tables (what Lucene's field cache does with doc values): which tables have a row meeting <see cref="RowConstraints"/>
/// is then one pass over arrays, where a query on the row documents walked three postings in step for every row of a
/// common category. Each 一级/二级指标 also lists its rows, so a condition on a category reads that category's rows
/// only. Numbers are compared as the decimals the tables hold, as the engine's own check compares them.
/// </summary>
internal sealed class RowColumns
{
    private readonly int[] _owner;
    private readonly TargetKind[] _kind;
    private readonly int[] _unit;
    private readonly long[] _number;
    private readonly Dictionary<int, decimal> _inexact = [];
    private readonly int[] _deadlineRows;
    private readonly int[] _deadline;
    private readonly ConcurrentDictionary<string, bool[]> _levelOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _level1Ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _level2Ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unitIds = new(StringComparer.Ordinal);
    private readonly int[][] _level1Rows;
    private readonly int[][] _level2Rows;
    private readonly int _projects;
    private const decimal NumberScale = 10000m;
    private const long NoNumber = long.MinValue;
    private const long Inexact = long.MinValue + 1;

    public RowColumns(IReadOnlyList<Project> projects)
    {
        _projects = projects.Count;
        var count = projects.Sum(p => p.Indicators.Count);
        (_owner, _kind, _unit, _number) = (new int[count], new TargetKind[count], new int[count], new long[count]);
        var (level1Rows, level2Rows, deadlineRows, deadlines) = (new List<List<int>>(), new List<List<int>>(), new List<int>(), new List<int>());
        var at = 0;
        for (var o = 0; o < projects.Count; o++)
        {
            foreach (var row in projects[o].Indicators)
            {
                _owner[at] = o;
                level1Rows[Id(_level1Ids, level1Rows, row.Level1)].Add(at);
                level2Rows[Id(_level2Ids, level2Rows, row.Level2)].Add(at);
                _kind[at] = row.Target.Kind;
                _unit[at] = row.Target.Unit is { } unit ? Id(_unitIds, null, unit) : -1;
                _number[at] = Scaled(at, row.Target.Number);
                if (row.Target is { Kind: TargetKind.Deadline, Date: { } date })
                {
                    deadlineRows.Add(at);
                    deadlines.Add(CorpusIndexBuilder.DateKey(date));
                }

                at++;
            }
        }

        (_level1Rows, _level2Rows) = ([.. level1Rows.Select(r => r.ToArray())], [.. level2Rows.Select(r => r.ToArray())]);
        (_deadlineRows, _deadline) = ([.. deadlineRows], [.. deadlines]);
    }

    /// <summary>
    /// Per ordinal, whether the table has a row under one of the <see cref="ProjectConstraints.Level"/> keys
    /// <paramref name="levels"/>. Each key's flags are worked out once and kept; the array returned is shared when there
    /// is one key, so it is read, never written.
    /// </summary>
    public bool[] HavingLevels(IReadOnlyList<string> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count == 1)
        {
            return HavingLevel(levels[0]);
        }

        var any = new bool[_projects];
        foreach (var flags in levels.Select(HavingLevel))
        {
            for (var o = 0; o < any.Length; o++)
            {
                any[o] |= flags[o];
            }
        }

        return any;
    }

    /// <summary>Per ordinal, whether the table has a deadline row whose date lies in <paramref name="range"/>.</summary>
    public bool[] HavingDeadline(DateRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var from = range.From is { } f ? CorpusIndexBuilder.DateKey(f) : int.MinValue;
        var to = range.To is { } t ? CorpusIndexBuilder.DateKey(t) : int.MaxValue;
        var flags = new bool[_projects];
        for (var i = 0; i < _deadlineRows.Length; i++)
        {
            if (_deadline[i] >= from && _deadline[i] <= to)
            {
                flags[_owner[_deadlineRows[i]]] = true;
            }
        }

        return flags;
    }

    private bool[] HavingLevel(string key) => _levelOwners.GetOrAdd(key, k =>
    {
        var flags = new bool[_projects];
        foreach (var rows in Named([k], 1, _level1Ids, _level1Rows).Concat(Named([k], 2, _level2Ids, _level2Rows)))
        {
            foreach (var r in rows)
            {
                flags[_owner[r]] = true;
            }
        }

        return flags;
    });

    /// <summary>The ordinals of the tables with a row meeting every condition of <paramref name="row"/>.</summary>
    public OrdinalSet Owners(RowConstraints row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var unit = row.Unit is { } u ? _unitIds.GetValueOrDefault(u, -2) : (int?)null; // -2: a unit no row has
        var test = new RowTest(row.Kind, unit, row.Number);
        var flags = new bool[_projects];
        if (row.Levels is not { } levels)
        {
            for (var r = 0; r < _owner.Length; r++)
            {
                Flag(flags, r, test);
            }

            return new OrdinalSet(flags);
        }

        // Only the rows of the 一级/二级指标 named (a row in two of the lists is checked twice, which a flag does not mind).
        foreach (var rows in Named(levels, 1, _level1Ids, _level1Rows).Concat(Named(levels, 2, _level2Ids, _level2Rows)))
        {
            foreach (var r in rows)
            {
                Flag(flags, r, test);
            }
        }

        return new OrdinalSet(flags);
    }

    // A row condition with its range as whole numbers at the rows' scale; an absent condition is not tested.
    private readonly record struct RowTest(TargetKind? KindOrNull, int? UnitOrNull, NumericRange? Range)
    {
        public bool AnyKind => KindOrNull is null;

        public TargetKind Kind { get; } = KindOrNull ?? default;

        public bool AnyUnit => UnitOrNull is null;

        public int Unit { get; } = UnitOrNull ?? 0;

        public bool AnyNumber => Range is null;

        public WholeRange Whole { get; } = WholeRange.Of(Range, NumberScale);
    }

    private static IEnumerable<int[]> Named(IReadOnlyList<string> keys, int level, Dictionary<string, int> ids, int[][] rows) =>
        ids.Where(l => keys.Contains(ProjectConstraints.Level(level, l.Key), StringComparer.Ordinal)).Select(l => rows[l.Value]);

    private void Flag(bool[] flags, int r, in RowTest test)
    {
        if ((test.AnyKind || _kind[r] == test.Kind) && (test.AnyUnit || _unit[r] == test.Unit) && (test.AnyNumber || Holds(r, test)))
        {
            flags[_owner[r]] = true;
        }
    }

    // A row's number as a whole count of 1/NumberScale (so ranges compare longs), or NoNumber, or Inexact with the
    // decimal kept aside (a number with more decimals, or too large, compares as the decimal it is).
    private long Scaled(int row, decimal? number)
    {
        if (number is not { } n)
        {
            return NoNumber;
        }

        var scaled = n * NumberScale;
        if (decimal.Truncate(scaled) == scaled && Math.Abs(scaled) < long.MaxValue / 4)
        {
            return (long)scaled;
        }

        _inexact[row] = n;
        return Inexact;
    }

    private bool Holds(int r, in RowTest test) => _number[r] switch
    {
        NoNumber => false,
        Inexact => test.Range!.Contains(_inexact[r]),
        var whole => test.Whole.Contains(whole),
    };

    private static int Id(Dictionary<string, int> ids, List<List<int>>? rows, string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            ids[value] = id = ids.Count;
            rows?.Add([]);
        }

        return id;
    }
}
