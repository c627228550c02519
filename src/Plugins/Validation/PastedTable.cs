using System.Text;

namespace Assistant.Plugins.Validation;

/// <summary>
/// Turns a table pasted into chat into the Word export layout the parser reads. A Word table copied into a messenger
/// arrives as one line per row with tab-separated cells; the export has one tab-led line per cell and blank lines
/// between rows. Text already in the export layout is returned as it is.
/// </summary>
public static class PastedTable
{
    /// <summary>The title given to a pasted table that has none.</summary>
    public const string DefaultTitle = "1.待审核项目绩效目标表";

    /// <summary>The pasted text in export layout, with a title line.</summary>
    public static string ToExportLayout(string pasted)
    {
        ArgumentNullException.ThrowIfNull(pasted);
        var lines = pasted.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var hasTitle = lines.Any(l => l.TrimEnd().EndsWith("绩效目标表", StringComparison.Ordinal) && !l.StartsWith('\t'));
        // Copied Word rows have tabs between cells; the export has a tab only at the start of each cell line.
        var exportLayout = !lines.Any(l => l.Length > 1 && l.IndexOf('\t', 1) > 0);
        var sb = new StringBuilder();
        if (!hasTitle)
        {
            sb.Append(DefaultTitle).Append('\n');
        }

        if (exportLayout)
        {
            return sb.Append(pasted).ToString();
        }

        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.TrimEnd().EndsWith("绩效目标表", StringComparison.Ordinal) && !line.Contains('\t', StringComparison.Ordinal))
            {
                sb.Append(line.Trim()).Append('\n');
                continue;
            }

            foreach (var cell in line.Split('\t'))
            {
                sb.Append('\t').Append(cell.Trim()).Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
