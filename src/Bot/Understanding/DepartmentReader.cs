using Assistant.Plugins.Queries;

namespace Assistant.Bot.Understanding;

/// <summary>Finds a department named in a question by full or short name (信息所, 战略院, 健研院, 资源处).</summary>
public static class DepartmentReader
{
    private const int MaxLength = 24;
    private const string Endings = "所院处局室中心";

    /// <summary>The department and where it is named; null when none (or none unambiguously).</summary>
    public static (string Department, Span Span)? Read(string question, IReadOnlyList<string> departments)
    {
        ArgumentNullException.ThrowIfNull(question);
        (string, Span)? best = null;
        for (var start = 0; start < question.Length; start++)
        {
            for (var end = Math.Min(question.Length, start + MaxLength); end >= start + 2; end--)
            {
                if (!Endings.Contains(question[end - 1], StringComparison.Ordinal) || (best is { } b && b.Item2.End - b.Item2.Start >= end - start))
                {
                    continue;
                }

                var candidates = DepartmentResolver.Candidates(question[start..end], departments);
                if (candidates.Count == 1)
                {
                    best = (candidates[0], new Span(start, end));
                }
            }
        }

        return best;
    }
}
