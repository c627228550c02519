using Assistant.Bot.Answers;

namespace Assistant.Bot.Channels.Rendering;

/// <summary>A table for a messenger that shows no tables: one numbered line per row, each cell named by its header.</summary>
public static class TableAsList
{
    /// <summary>The rows of <paramref name="table"/> as lines <c>1. 项目：…；部门：…</c>; <paramref name="bold"/> marks the first cell.</summary>
    public static IEnumerable<string> Lines(AnswerBlock table, bool bold)
    {
        ArgumentNullException.ThrowIfNull(table);
        // A leading "#" column is the row's number already.
        var numbered = table.Headers.Count > 0 && table.Headers[0] == "#";
        var first = numbered ? 1 : 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = Enumerable.Range(first, Math.Min(table.Headers.Count, row.Count) - first)
                .Where(c => !string.IsNullOrWhiteSpace(row[c]))
                .Select(c => c == first ? (bold ? $"**{row[c].Trim()}**" : row[c].Trim()) : $"{table.Headers[c]}：{row[c].Trim()}");
            yield return $"{(numbered ? row[0] : (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}. {string.Join("；", cells)}";
        }
    }
}
