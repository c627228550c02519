using System.Runtime.CompilerServices;
using Assistant.Retrieval.Indexing;

namespace Assistant.Plugins.Norms;

/// <summary>
/// Every indicator row's norm key (its target written canonically, or the value as written when it has no number),
/// as a small integer, worked out once per corpus: counting a subject's values over 10^5 tables is then array
/// look-ups, with no formatting or string hashing per row. Each row's (一级, 二级指标) pair is kept as a small integer too,
/// so a category's rows are found by one array test per row, and each table's year and department, so a pass over 10^5
/// tables reads arrays instead of following a pointer to every table (the misses, not the tests, are the cost).
/// </summary>
internal sealed class NormKeys
{
    private static readonly ConditionalWeakTable<CorpusIndex, NormKeys> PerCorpus = [];
    private readonly int[] _start;
    private readonly int[] _owner;
    private readonly int[] _key;
    private readonly int[] _levels;
    private readonly int[] _year;
    private readonly int[] _department;
    private readonly Dictionary<string, int> _departments = new(StringComparer.Ordinal);
    private readonly List<(string Level1, string Level2)> _pairs = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> _categoryRows = new(StringComparer.Ordinal);

    private NormKeys(CorpusIndex index)
    {
        var projects = index.Projects;
        _start = new int[projects.Count + 1];
        _year = new int[projects.Count];
        _department = new int[projects.Count];
        for (var o = 0; o < projects.Count; o++)
        {
            _start[o + 1] = _start[o] + projects[o].Indicators.Count;
            _year[o] = projects[o].Year;
            if (!_departments.TryGetValue(projects[o].Department, out var department))
            {
                _departments[projects[o].Department] = department = _departments.Count;
            }

            _department[o] = department;
        }

        _owner = new int[_start[^1]];
        _key = new int[_start[^1]];
        _levels = new int[_start[^1]];
        var pairs = new Dictionary<(string, string), int>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var spelled = new Dictionary<Retrieval.Normalisation.IndicatorTarget, string?>(ReferenceEqualityComparer.Instance);
        var keys = new List<string>();
        for (var o = 0; o < projects.Count; o++)
        {
            var rows = projects[o].Indicators;
            for (var r = 0; r < rows.Count; r++)
            {
                var target = rows[r].Target;
                if (!spelled.TryGetValue(target, out var canonical))
                {
                    spelled[target] = canonical = NormsPlugin.Normalised(target); // rows sharing one target share its spelling
                }

                var key = canonical ?? rows[r].Value.Trim();
                if (!ids.TryGetValue(key, out var id))
                {
                    ids[key] = id = keys.Count;
                    keys.Add(key);
                }

                _owner[_start[o] + r] = o;
                _key[_start[o] + r] = id;
                var pair = (rows[r].Level1, rows[r].Level2);
                if (!pairs.TryGetValue(pair, out var levels))
                {
                    pairs[pair] = levels = _pairs.Count;
                    _pairs.Add(pair);
                }

                _levels[_start[o] + r] = levels;
            }
        }

        Keys = keys;
    }

    /// <summary>The distinct keys, by id.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The keys of <paramref name="index"/>'s rows, worked out on first use and kept while the corpus is.</summary>
    public static NormKeys Of(CorpusIndex index) => PerCorpus.GetValue(index, i => new NormKeys(i));

    /// <summary>The number of tables.</summary>
    public int Count => _year.Length;

    /// <summary>The id of department <paramref name="name"/>, or -1 when no table is of it.</summary>
    public int DepartmentId(string name) => _departments.GetValueOrDefault(name, -1);

    /// <summary>True when the table at <paramref name="ordinal"/> is of <paramref name="year"/> (any, when null) and of
    /// department id <paramref name="department"/> (any, when null).</summary>
    public bool Holds(int ordinal, int? year, int? department) =>
        (year is null || _year[ordinal] == year) && (department is null || _department[ordinal] == department);

    /// <summary>The number of rows of the table at <paramref name="ordinal"/>.</summary>
    public int RowCount(int ordinal) => _start[ordinal + 1] - _start[ordinal];

    /// <summary>The first row of the project at <paramref name="ordinal"/> in the per-row arrays; rows are consecutive.</summary>
    public int Start(int ordinal) => _start[ordinal];

    /// <summary>The key id of the row at <paramref name="position"/> (<see cref="Start"/> plus the row number).</summary>
    public int KeyAt(int position) => _key[position];

    /// <summary>The table (ordinal) of the row at <paramref name="position"/>.</summary>
    public int OwnerAt(int position) => _owner[position];

    /// <summary>
    /// The positions of the rows <paramref name="category"/> holds, ascending (so a table's rows come together, in table
    /// order): worked out once per category and kept, so the category's norms read its rows only (满意度: one row in six).
    /// </summary>
    public int[] RowsIn(Queries.IndicatorCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return _categoryRows.GetOrAdd(category.Name, _ =>
        {
            var inCategory = _pairs.Select(p => category.Contains(p.Level1, p.Level2)).ToArray();
            var rows = new List<int>();
            for (var position = 0; position < _levels.Length; position++)
            {
                if (inCategory[_levels[position]])
                {
                    rows.Add(position);
                }
            }

            return [.. rows];
        });
    }
}
