using Assistant.Bot.Answers;
using Assistant.Bot.Cli;
using Assistant.Bot.Conversation;
using Assistant.Bot.Understanding;
using Assistant.Plugins.Drafting;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Documents;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Parsing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.WebChat;

/// <summary>
/// The web page's documents: <c>GET /api/export</c> downloads the conversation's last draft (or its last answer's
/// projects) as the official Word or Excel table; <c>POST /api/upload</c> reads an uploaded table and reviews it.
/// </summary>
public static class DocumentEndpoints
{
    // An export lists every project of the answer (the Excel 查询结果 sheet), but writes the whole table of the first
    // these many only: a list of 10^4 tables as a sheet or a Word table each would take minutes and gigabytes.
    private const int MaxTableSheets = 1000;

    // The answer's projects of its year, in the corpus's order, with the rows that made each match. An answer carries at
    // most Queries:MaxProjects; a longer list is found again by running its query for every project.
    private static (List<Project> Tables, Dictionary<string, IReadOnlyList<string>>? Matches) Listed(
        CorpusProvider corpus, ProjectQueryEngine engine, ConversationState? state)
    {
        if (state is { Partial: true, Last: { } last, Year: { } year })
        {
            var result = engine.ExecuteAll(QuestionParser.ToQuery(last, year));
            var all = result.Projects.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var rows = result.Projects.SelectMany(p => p.Evidence).Select(e => (e.Project, Row(e.Indicator, e.Value)));
            return (InCorpusOrder(corpus, all, result.Year), ByProject(rows));
        }

        var names = state?.Projects.ToHashSet(StringComparer.Ordinal) ?? [];
        var evidence = state?.Evidence?.Select(e => (e.Project, Row(e.Indicator, e.Value)));
        return (names.Count == 0 ? [] : InCorpusOrder(corpus, names, state?.Year), evidence is null ? null : ByProject(evidence));
    }

    private static List<Project> InCorpusOrder(CorpusProvider corpus, HashSet<string> names, int? year) =>
        corpus.Current.Projects.Where(p => names.Contains(p.Name) && (year is null || p.Year == year)).ToList();

    // A matched row as the 查询结果 sheet writes it: 三级指标：指标值.
    private static string Row(string indicator, string value) => $"{indicator}：{value.Trim()}";

    private static Dictionary<string, IReadOnlyList<string>> ByProject(IEnumerable<(string Project, string Row)> rows) =>
        rows.GroupBy(r => r.Project).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Row).ToList());

    /// <summary>The snapshot an export link names, as .docx or .xlsx.</summary>
    public static IResult Export(string token, string? format, IConversationStore store, CorpusProvider corpus, ProjectQueryEngine engine)
    {
        var kind = format is "xlsx" ? "xlsx" : "docx";
        var state = token.Length == 32 && token.All(char.IsAsciiHexDigitLower) ? store.Get(OfflineConversationEngine.ExportKey(token)) : null;
        var (tables, matches) = state?.Draft is { } draft
            ? ([DraftingPlugin.ToProject(draft)], null)
            : Listed(corpus, engine, state);
        if (tables.Count == 0)
        {
            return Results.NotFound(new { error = "这个导出链接无效或已过期，请重新导出" });
        }

        using var buffer = new MemoryStream();
        if (kind == "xlsx")
        {
            // A query answer also gets a 查询结果 sheet: its projects with the indicators that matched.
            XlsxTableWriter.Write(tables, buffer, matches, MaxTableSheets);
        }
        else
        {
            DocxTableWriter.Write([.. tables.Take(MaxTableSheets)], buffer, state?.Draft is { } d ? DraftNote.Margin(d) : null);
        }

        var name = (tables.Count == 1 ? tables[0].Name : "绩效目标表") + "." + kind;
        var type = kind == "xlsx"
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return Results.File(buffer.ToArray(), type, name);
    }

    /// <summary>Reads an uploaded .docx/.xlsx/.txt table and answers with its review.</summary>
    public static async Task<IResult> UploadAsync(HttpRequest request, TableFileReview review, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return Results.BadRequest(new { error = "请用表单（multipart）上传文件" });
        }

        var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        if (form.Files.Count == 0 || form.Files[0] is not { Length: > 0 } file)
        {
            return Results.BadRequest(new { error = "没有收到文件" });
        }

        if (!DocumentFormats.IsSupported(file.FileName))
        {
            return Results.BadRequest(new { error = $"不支持的文件类型，应为 {string.Join("、", DocumentFormats.Extensions)}" });
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct).ConfigureAwait(false);
        var answer = review.Review(Path.GetFileName(file.FileName), buffer.ToArray(), out var refused);
        if (refused)
        {
            return Results.BadRequest(new { error = answer.Text });
        }

        return Results.Json(answer, JsonOutput.Compact);
    }
}
