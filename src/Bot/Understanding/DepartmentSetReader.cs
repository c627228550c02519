using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Every department a question names, and how: one (信息所的项目), several (战略院或健研院, 信息所和健研院两家), or excluded
/// (资源配置处以外, 除了信息所, 除信息所外, 但不是资源配置处). Several named together are any of them; an excluded one is none of them.
/// </summary>
public static partial class DepartmentSetReader
{
    /// <summary>Reads the departments into <paramref name="u"/> and records the words it took.</summary>
    public static Understanding Read(string question, Understanding u, List<Span> used, IReadOnlyList<string> departments)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(used);
        var found = new List<(string Department, Span Span)>();
        // Words another reader took (低于信息所平均水平) are hidden, so a department named again after them is still found.
        var masked = question.ToCharArray();
        foreach (var span in used)
        {
            Array.Fill(masked, '×', span.Start, span.End - span.Start);
        }

        while (DepartmentReader.Read(new string(masked), departments) is { } hit)
        {
            found.Add(hit);
            Array.Fill(masked, '×', hit.Span.Start, hit.Span.End - hit.Span.Start);
        }

        if (found.Count == 0)
        {
            return u;
        }

        var included = new List<string>();
        var excluded = new List<string>();
        var ordered = found.OrderBy(f => f.Span.Start).ToList();
        foreach (var (department, span) in ordered)
        {
            used.Add(span);
            var before = ExcludedBeforeRegex().Match(question[..span.Start]);
            // 除信息所外: a bare 外 closes an exclusion only when 除 opened it.
            var after = ExcludedAfterRegex().Match(question[span.End..]) is { Success: true } closing ? closing
                : before.Success && before.Value.EndsWith('除') ? BareOutsideRegex().Match(question[span.End..]) : Match.Empty;
            if (before.Success || after.Success)
            {
                // 除了资源配置处以外: both words say it once.
                excluded.Add(department);
                if (before.Success)
                {
                    used.Add(Span.Of(before));
                }

                if (after.Success)
                {
                    used.Add(new Span(span.End, span.End + after.Length));
                }
            }
            else
            {
                included.Add(department);
            }
        }

        // 除了资源配置处和信息所 / 资源配置处和信息所以外: departments joined to an excluded one share its exclusion (the second
        // was read as the one department asked about, and the answer listed its projects).
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i + 1 < ordered.Count; i++)
            {
                var (first, second) = (ordered[i], ordered[i + 1]);
                if (JoinRegex().IsMatch(question[first.Span.End..second.Span.Start]) && excluded.Contains(first.Department) != excluded.Contains(second.Department))
                {
                    var joined = excluded.Contains(first.Department) ? second.Department : first.Department;
                    excluded.Add(joined);
                    included.Remove(joined);
                    changed = true;
                }
            }
        }

        // Only the words joining departments (战略院或者健研院, 信息所和健研院两家合起来看) are read here: an 或 between other
        // conditions stays unread, so it is never taken for "and".
        var spans = ordered.Select(f => f.Span).ToList();
        for (var i = 0; i + 1 < spans.Count; i++)
        {
            var between = new Span(spans[i].End, spans[i + 1].Start);
            if (between.End > between.Start && JoinRegex().IsMatch(question[between.Start..between.End]))
            {
                used.Add(between);
            }
        }

        if (spans.Count > 1 && TogetherRegex().Match(question[spans[^1].End..]) is { Success: true } together)
        {
            used.Add(new Span(spans[^1].End, spans[^1].End + together.Length));
        }

        var distinct = included.Distinct().ToList();
        return u with
        {
            Department = distinct.Count == 1 ? distinct[0] : u.Department,
            Conditions = u.Conditions with
            {
                Departments = distinct.Count > 1 ? distinct : u.Conditions.Departments,
                ExceptDepartments = excluded.Count > 0 ? excluded.Distinct().ToList() : u.Conditions.ExceptDepartments,
            },
        };
    }

    // 是不是信息所的 asks whether it is: not an exclusion.
    [GeneratedRegex(@"(?:但|而|但又)?(?:除了|除去|除|(?<!是)不是|并非|(?<!属)不属于|非)$")]
    private static partial Regex ExcludedBeforeRegex();

    [GeneratedRegex(@"^(?:以外|之外|除外)")]
    private static partial Regex ExcludedAfterRegex();

    [GeneratedRegex(@"^外")]
    private static partial Regex BareOutsideRegex();

    [GeneratedRegex(@"^(?:的项目)?(?:或者|或是|或|以及|和|与|及|、|跟)$")]
    private static partial Regex JoinRegex();

    [GeneratedRegex(@"^(?:两|三|四|这两|这几)家(?:合起来|加起来|一起)?(?:看)?")]
    private static partial Regex TogetherRegex();
}
