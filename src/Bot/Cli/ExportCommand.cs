using System.CommandLine;
using Assistant.Bot.Conversation;
using Assistant.Bot.Hosting;
using Assistant.Plugins.Drafting;
using Assistant.Plugins.Lookup;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Cli;

/// <summary>The <c>export --project NAME|--draft ID --format docx|xlsx --out FILE</c> verb.</summary>
public static class ExportCommand
{
    /// <summary>Builds the <c>export</c> command.</summary>
    public static Command Create(TextWriter output)
    {
        var project = new Option<string?>("--project") { Description = "语料中项目的名称（可只写一部分）" };
        var draft = new Option<string?>("--draft") { Description = "导出哪个对话的最后一份草稿（对话编号）" };
        var format = new Option<string>("--format") { Description = "docx 或 xlsx", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "xlsx");
        var target = new Option<FileInfo>("--out") { Description = "写入的文件", Required = true };
        var command = new Command("export", "把语料中的项目或草稿导出为正式格式的 Word 或 Excel 表") { project, draft, format, target };
        command.Validators.Add(result =>
        {
            if (result.GetValue(project) is null == (result.GetValue(draft) is null))
            {
                result.AddError("请给出 --project 项目名称或 --draft 对话编号（二者选一）");
            }
        });
        command.SetAction(parse =>
        {
            using var services = AssistantServices.Build(parse.GetValue(CommonOptions.Corpus), parse.GetValue(SearchCommand.Data));
            var (table, note) = Find(services, parse.GetValue(project), parse.GetValue(draft), out var problem);
            if (table is null)
            {
                output.WriteLine(problem);
                return 2;
            }

            var path = parse.GetValue(target)!.FullName;
            Write(table, parse.GetValue(format)!, path, note);
            output.WriteLine($"已导出「{table.Name}」到 {path}");
            return 0;
        });
        return command;
    }

    /// <summary>Writes one table as .docx or .xlsx; a draft's <paramref name="note"/> goes in the Word margin.</summary>
    private static void Write(Project table, string format, string path, string? note)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var file = File.Create(path);
        if (format == "xlsx")
        {
            XlsxTableWriter.Write([table], file);
        }
        else
        {
            DocxTableWriter.Write([table], file, note);
        }
    }

    // The table to export, and for a draft its margin note.
    private static (Project? Table, string? Note) Find(IServiceProvider services, string? project, string? draft, out string problem)
    {
        problem = string.Empty;
        if (draft is not null)
        {
            var state = services.GetRequiredService<IConversationStore>().Get(draft);
            problem = $"对话「{draft}」没有草稿（先用 ask --conversation {draft} 起草）";
            return state?.Draft is { } d ? (DraftingPlugin.ToProject(d), DraftNote.Margin(d)) : (null, null);
        }

        var found = services.GetRequiredService<ProjectLookupPlugin>().GetProject(project!);
        problem = found.Candidates.Count > 0 ? "有几个项目符合：" + string.Join("、", found.Candidates) : $"没有找到项目「{project}」";
        return (found.Project, null);
    }
}
