using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Assistant.Bot.Tests.Channels;

/// <summary>The Open XML SDK's schema validator (Office 2013) over a downloaded .docx or .xlsx.</summary>
internal static class OpenXmlCheck
{
    public static List<string> Errors(byte[] file, string format)
    {
        using var stream = new MemoryStream(file);
        using OpenXmlPackage document = format == "xlsx" ? SpreadsheetDocument.Open(stream, false) : WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Office2013).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>The text of the Word document's margin notes (comments).</summary>
    public static string Comments(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart?.WordprocessingCommentsPart?.Comments?.InnerText ?? string.Empty;
    }
}
