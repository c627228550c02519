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
        Description = "Data folder for the index (default: the user's local data folder)",
        Recursive = true,
    };

    /// <summary>Builds the <c>search</c> command.</summary>
    public static Command Create(TextWriter output)
    {
        var text = new Argument<string>("text") { Description = "What to search for, in Chinese" };
        var limit = new Option<int>("--limit") { Description = "Most projects to list", DefaultValueFactory = _ => 10 };
        var format = CommonOptions.Format();
        var command = new Command("search", "Rank projects by free text") { text, limit, format };
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
