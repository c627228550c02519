using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Retrieval.Documents;

/// <summary>
/// Reads a Word document of target tables into the Word text export layout the parser reads: paragraphs as lines,
/// table cells as tab-led lines (paragraphs of a cell as continuation lines), a blank line after each row, and a
/// vertically merged continuation cell as an empty cell ("same as above").
/// </summary>
public static class DocxTableReader
{
    /// <summary>The document as export text.</summary>
    /// <exception cref="InvalidDataException">The file is not a readable .docx.</exception>
    public static string ToExportText(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(docx, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw new InvalidDataException("无法读取 .docx：不是有效的 Word 文件（zip 包）", ex);
        }

        using (document)
        {
            var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("这个 .docx 没有正文");
            var text = new ExportTextBuilder();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph when ParagraphText(paragraph) is { Length: > 0 } line:
                        // Lines outside tables: a title stays a title line; anything else (department, 单位) is a cell.
                        if (line.TrimEnd().EndsWith("绩效目标表", StringComparison.Ordinal))
                        {
                            text.Title(line);
                        }
                        else
                        {
                            text.Cell([line]);
                        }

                        break;
                    case Table table:
                        AppendTable(text, table);
                        break;
                }
            }

            return text.ToString();
        }
    }

    private static void AppendTable(ExportTextBuilder text, Table table)
    {
        text.EndRow();
        foreach (var row in table.Elements<TableRow>())
        {
            foreach (var cell in row.Elements<TableCell>())
            {
                var continued = cell.TableCellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                text.Cell(continued ? [string.Empty] : cell.Elements<Paragraph>().Select(ParagraphText).ToList());
            }

            text.EndRow();
        }
    }

    private static string ParagraphText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => " ",
            _ => string.Empty,
        }));
}
