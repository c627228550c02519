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
        var name = new Option<string>("--name") { Description = "新项目名称", Required = true }.NotBlank();
        var budget = new Option<decimal>("--budget") { Description = "预算数，单位万元（大于 0）", Required = true }.Positive();
        var description = new Option<string?>("--description") { Description = "项目简介或主要任务（可选）" };
        var department = new Option<string?>("--department") { Description = "部门（可选）" };
        var year = new Option<int?>("--year") { Description = "预算年度（默认：语料中最新的年度）" };
        var leaveOut = new Option<bool>("--leave-out") { Description = "假定语料中没有同名项目来起草（用于衡量起草质量）" };
        var format = CommonOptions.Format();
        var command = new Command("draft", "参照最相似的往年项目起草绩效目标表") { name, budget, description, department, year, leaveOut, format };
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
