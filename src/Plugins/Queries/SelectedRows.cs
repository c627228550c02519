using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>
/// The rows of one table a subject selects (<see cref="SubjectRows.In"/>), enumerated in table order by a struct
/// enumerator: a rule tested row by row, or the row numbers the index found.
/// </summary>
public readonly struct SelectedRows
{
    private readonly Project _project;
    private readonly Func<Indicator, bool>? _rule;
    private readonly IReadOnlyList<int>? _found;

    internal SelectedRows(Project project, Func<Indicator, bool>? rule, IReadOnlyList<int>? found) =>
        (_project, _rule, _found) = (project, rule, found);

    /// <summary>The enumerator <c>foreach</c> uses.</summary>
    public Enumerator GetEnumerator() => new(_project, _rule, _found);

    /// <summary>Steps through the selected row numbers.</summary>
    public struct Enumerator
    {
        private readonly IReadOnlyList<Indicator> _rows;
        private readonly Func<Indicator, bool>? _rule;
        private readonly IReadOnlyList<int>? _found;
        private int _at;

        internal Enumerator(Project project, Func<Indicator, bool>? rule, IReadOnlyList<int>? found) =>
            (_rows, _rule, _found, _at, Current) = (project.Indicators, rule, found, -1, -1);

        /// <summary>The current row number.</summary>
        public int Current { get; private set; }

        /// <summary>Moves to the next selected row.</summary>
        public bool MoveNext()
        {
            if (_found is not null)
            {
                if (++_at >= _found.Count)
                {
                    return false;
                }

                Current = _found[_at];
                return true;
            }

            while (++_at < _rows.Count)
            {
                if (_rule!(_rows[_at]))
                {
                    Current = _at;
                    return true;
                }
            }

            return false;
        }
    }
}
