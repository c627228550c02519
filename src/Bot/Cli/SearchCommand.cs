using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Assistant.Bot.Hosting;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Cli;

/// <summary>The <c>search "&lt;text&gt;"</c> verb: ranked projects with highlighted fragments.</summary>
public static class SearchCommand
{
    /// <summary><c>--data DIR</c>: the data folder holding the index.</summary>
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "索引与对话数据文件夹（默认：用户本地数据文件夹）",
        Recursive = true,
    };

    /// <summary>Builds the <c>search</c> command.</summary>
    public static Command Create(TextWriter output)
    {
        var text = new Argument<string>("text") { Description = "要搜索的内容（中文）" };
        var limit = new Option<int>("--limit") { Description = "最多列出的项目数", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var format = CommonOptions.Format();
        var command = new Command("search", "按文字搜索项目并排序") { text, limit, format };
        command.SetAction(parse =>
        {
            using var services = AssistantServices.Build(parse.GetValue(CommonOptions.Corpus), parse.GetValue(Data));
            var index = services.GetRequiredService<CorpusProvider>().Current;
            var query = parse.GetValue(text) ?? string.Empty;
            var results = index.Search(new SearchRequest(query, Limit: parse.GetValue(limit), Scope: SearchScope.Projects));
            var rows = results.Projects.Select(h => new
            {
                name = h.Project.Name,
                department = h.Project.Department,
                score = Math.Round(h.Score, 4),
                fragments = h.Fragments,
            }).ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(new { query, results = rows }, JsonOutput.Compact));
                return 0;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"「{query}」: {results.TotalProjects} 个项目"));
            var rank = 1;
            foreach (var row in rows)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rank++,2}. {row.name} ({row.department}) {row.score:0.000}"));
                foreach (var fragment in row.fragments)
                {
                    output.WriteLine($"      {fragment.ReplaceLineEndings(" ")}");
                }
            }

            return 0;
        });
        return command;
    }
}
