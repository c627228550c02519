namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Splits the lines of one table into cells. In the export every cell starts with a tab; a line without one
/// continues the cell above (multi-line cells); blank lines separate rows, though Word sometimes puts one inside a row.
/// </summary>
internal static class CellTokenizer
{
    /// <summary>Tokenizes <paramref name="lines"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    /// <returns>The cells, and the 1-based line of any continuation line that has no cell to continue.</returns>
    public static (List<Cell> Cells, int? OrphanLine) Tokenize(IReadOnlyList<string> lines, int start, int end)
    {
        var cells = new List<Cell>();
        var group = 0;
        var blanks = 0;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.StartsWith('\t'))
            {
                if (blanks > 0 && cells.Count > 0)
                {
                    group++;
                }

                blanks = 0;
                cells.Add(new Cell(line[1..], i + 1, group));
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                blanks++;
            }
            else if (cells.Count == 0)
            {
                return (cells, i + 1);
            }
            else
            {
                // A continuation line; blank lines between it and its cell were empty paragraphs of the same cell.
                var last = cells[^1];
                cells[^1] = last with { Text = last.Text + new string('\n', blanks + 1) + line };
                blanks = 0;
            }
        }

        return (cells, null);
    }
}
