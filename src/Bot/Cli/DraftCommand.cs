using System.CommandLine;
using System.Text.Json;
using Assistant.Bot.Answers;
using Assistant.Bot.Hosting;
using Assistant.Plugins.Drafting;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Cli;

/// <summary>The <c>draft --name NAME --budget N</c> verb: a target table modelled on similar past projects.</summary>
public static class DraftCommand
{
    /// <summary>Builds the <c>draft</c> command.</summary>
    public static Command Create(TextWriter output)
    {
        var name = new Option<string>("--name") { Description = "The new project's name", Required = true };
        var budget = new Option<decimal>("--budget") { Description = "Budget in 万元", Required = true };
        var description = new Option<string?>("--description") { Description = "What the project does (optional)" };
        var department = new Option<string?>("--department") { Description = "Department (optional)" };
        var year = new Option<int?>("--year") { Description = "Budget year (default: the corpus year)" };
        var leaveOut = new Option<bool>("--leave-out") { Description = "Draft as if the corpus held no table of this name (for measuring drafting)" };
        var format = CommonOptions.Format();
        var command = new Command("draft", "Draft a target table from the most similar past projects") { name, budget, description, department, year, leaveOut, format };
        command.SetAction(parse =>
        {
            using var services = AssistantServices.Build(parse.GetValue(CommonOptions.Corpus), parse.GetValue(SearchCommand.Data));
            var plugin = services.GetRequiredService<DraftingPlugin>();
            var result = parse.GetValue(leaveOut)
                ? plugin.DraftLeavingOut(parse.GetValue(name)!, parse.GetValue(budget), parse.GetValue(description), parse.GetValue(department), parse.GetValue(year))
                : plugin.Draft(parse.GetValue(name)!, parse.GetValue(budget), parse.GetValue(description), parse.GetValue(department), parse.GetValue(year));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(result, JsonOutput.Indented));
                return 0;
            }

            output.WriteLine(DraftMarkdown.Render(result));
            return 0;
        });
        return command;
    }
}
