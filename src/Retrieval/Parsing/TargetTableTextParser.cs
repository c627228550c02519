using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Parses the Word text export of a set of performance target tables: each table starts with a title line
/// <c>N.项目名称绩效目标表</c> (optionally after a <c>[bookmark: …]</c>), followed by tab-led cells.
/// </summary>
public static partial class TargetTableTextParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses a file's bytes, which must be UTF-8.</summary>
    /// <param name="file">The file's name relative to the corpus folder, used in sources and errors.</param>
    /// <param name="content">The raw bytes.</param>
    /// <param name="budgetYear">The budget year; when null it is read from the file name (<c>2025-…</c>) or the text.</param>
    public static CorpusParseResult Parse(string file, ReadOnlySpan<byte> content, int? budgetYear = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + content[..Math.Clamp(ex.Index, 0, content.Length)].Count((byte)'\n');
            return Failed(new SourceLocation(file, line), "file", $"文件不是 UTF-8 编码（第 {ex.Index} 个字节无效），请另存为 UTF-8 文本");
        }

        return Parse(file, text, budgetYear);
    }

    /// <summary>Parses a file's text.</summary>
    /// <param name="file">The file's name relative to the corpus folder, used in sources and errors.</param>
    /// <param name="text">The whole text.</param>
    /// <param name="budgetYear">The budget year; when null it is read from the file name (<c>2025-…</c>) or the text.</param>
    public static CorpusParseResult Parse(string file, string text, int? budgetYear = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(new SourceLocation(file, 1), "file", "文件是空的：应包含绩效目标表，每张表以“…绩效目标表”标题行开头");
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var year = budgetYear ?? InferBudgetYear(file, text);
        var titles = new List<(int Index, int Seq, string Name)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var m = TitleRegex().Match(lines[i]);
            if (m.Success)
            {
                var seq = m.Groups["seq"].Success ? int.Parse(m.Groups["seq"].Value, CultureInfo.InvariantCulture) : titles.Count + 1;
                titles.Add((i, seq, m.Groups["name"].Value.Trim()));
            }
        }

        var errors = new List<ParseDiagnostic>();
        if (titles.Count == 0)
        {
            errors.Add(new ParseDiagnostic(new SourceLocation(file, 1), "file", "没有找到绩效目标表：应有以“绩效目标表”结尾的标题行"));
            return new CorpusParseResult([], errors);
        }

        var preamble = Array.FindIndex(lines, 0, titles[0].Index, l => !string.IsNullOrWhiteSpace(l));
        if (preamble >= 0)
        {
            errors.Add(new ParseDiagnostic(new SourceLocation(file, preamble + 1), "file", $"第一张表之前有多余文字「{Shorten(lines[preamble])}」，应以“…绩效目标表”标题行开头"));
        }

        var projects = new List<Project>();
        for (var t = 0; t < titles.Count; t++)
        {
            var (index, seq, _) = titles[t];
            var end = t + 1 < titles.Count ? titles[t + 1].Index : lines.Length;
            var source = new SourceLocation(file, index + 1);
            var (cells, orphan) = CellTokenizer.Tokenize(lines, index + 1, end);
            if (orphan is { } orphanLine)
            {
                errors.Add(new ParseDiagnostic(source with { Line = orphanLine }, "单元格", "这一行不在任何单元格中（行首没有制表符），每个单元格应以制表符开头"));
                continue;
            }

            try
            {
                projects.Add(new TableReader(cells, LastContentLine(lines, index, end)).Read(seq, source, year));
            }
            catch (TableFormatException ex)
            {
                errors.Add(new ParseDiagnostic(source with { Line = ex.Line }, ex.Field, ex.Message));
            }
        }

        return new CorpusParseResult(projects, errors);
    }

    /// <summary>The budget year: a leading year in the file name, else the year the text names most often.</summary>
    public static int InferBudgetYear(string file, string text)
    {
        var fromName = FileYearRegex().Match(Path.GetFileName(file));
        if (fromName.Success)
        {
            return int.Parse(fromName.Value, CultureInfo.InvariantCulture);
        }

        var mostNamed = TextYearRegex().Matches(text)
            .GroupBy(m => m.Groups[1].Value)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return mostNamed is null ? DateTime.Today.Year : int.Parse(mostNamed.Key, CultureInfo.InvariantCulture);
    }

    private static int LastContentLine(string[] lines, int start, int end)
    {
        var last = Array.FindLastIndex(lines, end - 1, end - start, l => !string.IsNullOrWhiteSpace(l));
        return last + 1;
    }

    private static CorpusParseResult Failed(SourceLocation location, string field, string message) =>
        new([], [new ParseDiagnostic(location, field, message)]);

    private static string Shorten(string line) => line.Length <= 30 ? line.Trim() : line.Trim()[..30] + "…";

    [GeneratedRegex(@"^\s*(?:\[bookmark:[^\]]*\])?\s*(?:(?<seq>\d+)[.．、]\s*)?(?<name>\S.*?)绩效目标表\s*$")]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"^(19|20)\d{2}(?!\d)")]
    private static partial Regex FileYearRegex();

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex TextYearRegex();
}
