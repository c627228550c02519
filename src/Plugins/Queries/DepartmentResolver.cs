namespace Assistant.Plugins.Queries;

/// <summary>
/// Finds a department by its full name or a short form staff use: 信息所 (天津市科学技术信息研究所), 战略院
/// (天津市科学技术发展战略研究院), 健研院, 科技局. A short form matches when its characters appear in the full name
/// in order; an ambiguous short form matches nothing rather than the wrong department.
/// </summary>
public static class DepartmentResolver
{
    /// <summary>The departments <paramref name="query"/> can mean, best first: exact, contained, then abbreviation.</summary>
    public static IReadOnlyList<string> Candidates(string query, IEnumerable<string> departments)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = Compact(query);
        if (q.Length < 2)
        {
            return [];
        }

        var all = departments.Distinct(StringComparer.Ordinal).ToList();
        var exact = all.Where(d => Compact(d) == q).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var contained = all.Where(d => Compact(d).Contains(q, StringComparison.Ordinal)).ToList();
        if (contained.Count > 0)
        {
            return contained;
        }

        return all.Where(d => IsAbbreviation(q, Compact(d))).ToList();
    }

    private static bool IsAbbreviation(string shortForm, string full)
    {
        var at = 0;
        foreach (var c in shortForm)
        {
            at = full.IndexOf(c, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        // The short form must end where the name ends (信息所 → …研究所), as Chinese abbreviations keep the last word.
        return full.EndsWith(shortForm[^1]);
    }

    // Names rarely hold spaces: those without are used as they are (this runs for every piece of every question).
    private static string Compact(string text) => text.Any(char.IsWhiteSpace) ? string.Concat(text.Where(c => !char.IsWhiteSpace(c))) : text;
}
