using System.Text;

namespace Assistant.Retrieval.Documents;

/// <summary>Writes the Word text export layout: a title line, tab-led cells with continuation lines, a blank line per row.</summary>
internal sealed class ExportTextBuilder
{
    private readonly StringBuilder _text = new();

    /// <summary>A title line (…绩效目标表), outside any table.</summary>
    public void Title(string title) => _text.Append(title.Trim()).Append('\n');

    /// <summary>One cell; its lines after the first are continuation lines.</summary>
    public void Cell(IReadOnlyList<string> lines)
    {
        _text.Append('\t').Append(lines.Count == 0 ? string.Empty : lines[0]).Append('\n');
        foreach (var line in lines.Skip(1))
        {
            _text.Append(line).Append('\n');
        }
    }

    /// <summary>Ends a row (or a block) with a blank line.</summary>
    public void EndRow() => _text.Append('\n');

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
