namespace Assistant.Retrieval.Documents;

/// <summary>
/// Row heights that show every line of wrapped text. Excel sets a row's height when a file is opened only for cells
/// that are not merged, and never on print; so the writer computes it: a CJK character takes two of Excel's width
/// units (the width of "0"), anything else one, and each paragraph wraps within its cell's width.
/// </summary>
internal static class XlsxRowHeight
{
    /// <summary>Points per line of 11-point text, with the line gap.</summary>
    public const double LinePoints = 15;

    /// <summary>The lines <paramref name="text"/> takes in a cell <paramref name="width"/> units wide.</summary>
    public static int Lines(string text, double width)
    {
        var usable = Math.Max(1, width - 1); // the cell's inner padding
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Sum(paragraph => Math.Max(1, (int)Math.Ceiling(paragraph.Sum(Units) / usable)));
    }

    /// <summary>The height in points of a row whose cells hold <paramref name="cells"/> (text, width in units).</summary>
    public static double Of(IEnumerable<(string Text, double Width)> cells) =>
        cells.Select(c => Lines(c.Text, c.Width)).DefaultIfEmpty(1).Max() * LinePoints + 4;

    // Full-width forms (CJK, fullwidth punctuation) take two units, the rest one.
    private static int Units(char c) => c >= '\u1100' && !(c >= '\uFF61' && c <= '\uFFDC') ? 2 : 1;
}
