using Assistant.Bot.Answers;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Documents;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Parsing;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels;

/// <summary>
/// Reviews a table file however it arrived (the web page's upload, a file sent in a messenger): read by what it holds
/// within the <c>Documents</c> limits, checked by the review rules (R11/R12 against last year's tables), answered as a
/// review. A file that is no table gets a polite answer saying what to send.
/// </summary>
public sealed class TableFileReview(TableValidator validator, CorpusProvider corpus, IOptions<DocumentLimits> limits)
{
    /// <summary>What to send instead of a file that holds no table.</summary>
    public const string WhatToSend = "请发送 Word（.docx）或 Excel（.xlsx）格式的绩效目标表，我会按审核规则逐项检查。";

    /// <summary>The review of a file sent in a messenger, which answers whether or not it could be read.</summary>
    public Answer Review(string fileName, byte[] bytes) => Review(fileName, bytes, out _);

    /// <summary>The answer to a file stopped while downloading because it is larger than <see cref="MaxBytes"/>.</summary>
    public Answer TooLarge(string fileName) =>
        Answer.Plain($"上传：{fileName}", Understanding.Intent.Validate, $"「{fileName}」太大了（超过 {MaxBytes / 1024 / 1024} MB），没有读取。" + WhatToSend);

    /// <summary>
    /// The review of a file a messenger serves through <paramref name="download"/> (null: larger than
    /// <see cref="MaxBytes"/>); a failed download is answered politely, not dropped.
    /// </summary>
    public async Task<Answer> ReviewAsync(string fileName, Func<long, Task<byte[]?>> download)
    {
        ArgumentNullException.ThrowIfNull(download);
        try
        {
            return await download(MaxBytes).ConfigureAwait(false) is { } bytes ? Review(fileName, bytes) : TooLarge(fileName);
        }
        catch (HttpRequestException)
        {
            return Answer.Plain($"上传：{fileName}", Understanding.Intent.Validate, $"没能下载「{fileName}」，请稍后再发一次。" + WhatToSend);
        }
    }

    /// <summary>The most bytes a file may have before it is read (the limit on all its parts together).</summary>
    public long MaxBytes => limits.Value.MaxTotalBytes;

    /// <summary>
    /// The review of <paramref name="fileName"/> holding <paramref name="bytes"/>; <paramref name="refused"/> is true when
    /// the file was not read at all (too large, not a document, unsafe), so the web page can answer 400.
    /// </summary>
    public Answer Review(string fileName, byte[] bytes, out bool refused)
    {
        refused = true;
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        var question = $"上传：{fileName}";
        if (bytes.Length > MaxBytes)
        {
            return TooLarge(fileName);
        }

        if (DocumentFormats.Sniff(bytes) is not { } extension)
        {
            return Answer.Plain(question, Understanding.Intent.Validate, $"「{fileName}」不是 Word、Excel 或文本格式的表格，没有读取。" + WhatToSend);
        }

        CorpusParseResult parsed;
        try
        {
            parsed = DocumentFormats.Parse(Path.ChangeExtension(Path.GetFileName(fileName), extension), bytes, corpus.Current.Projects.FirstOrDefault()?.Year, limits.Value);
        }
        catch (UnsafeDocumentException ex)
        {
            return Answer.Plain(question, Understanding.Intent.Validate, ex.Message);
        }

        refused = false;
        var report = new ValidationReport(fileName, parsed.Projects.Count, validator.Validate(parsed.Projects, corpus.Current.Projects), parsed.Errors);
        return TableAnswers.Validation(question, report, parsed.Projects, rule: null);
    }
}
