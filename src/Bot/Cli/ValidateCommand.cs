using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Assistant.Bot.Hosting;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Cli;

/// <summary>The <c>validate FILE|--all</c> verb: review findings for a table file or the whole corpus.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the <c>validate</c> command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo?>("file") { Description = "表格文件：.txt（Word 导出的文本或制表符分隔的行）、.docx 或 .xlsx", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "审核语料中的全部项目" };
        var format = CommonOptions.Format();
        var command = new Command("validate", "按审核规则 R01–R12 检查表格（R11/R12 与上一年度同名项目的表比较）") { file, all, format };
        command.Validators.Add(result =>
        {
            if (result.GetValue(file) is null == !result.GetValue(all))
            {
                result.AddError("请给出一个表格文件，或用 --all（二者选一）");
            }
        });
        command.SetAction(parse =>
        {
            using var services = AssistantServices.Build(parse.GetValue(CommonOptions.Corpus), parse.GetValue(SearchCommand.Data));
            var plugin = services.GetRequiredService<ValidationPlugin>();
            ValidationReport report;
            if (parse.GetValue(file) is { } path)
            {
                if (ReadFile(path, plugin, services.GetRequiredService<TableValidator>(), services.GetRequiredService<CorpusProvider>().Current.Projects, out var problem) is not { } read)
                {
                    error.WriteLine(problem);
                    return 2;
                }

                report = read;
            }
            else
            {
                report = plugin.ValidateCorpus();
            }

            Write(output, report, parse.GetValue(format));
            return report.ParseErrors.Count > 0 ? 2 : report.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    // A file is read by what it holds, not its name: Word and Excel through the guarded readers, text as pasted rows.
    private static ValidationReport? ReadFile(FileInfo path, ValidationPlugin plugin, TableValidator validator, IReadOnlyList<Retrieval.Corpus.Project> history, out string problem)
    {
        problem = string.Empty;
        if (!path.Exists)
        {
            problem = $"找不到文件：{path.FullName}";
            return null;
        }

        var bytes = File.ReadAllBytes(path.FullName);
        switch (DocumentFormats.Sniff(bytes))
        {
            case null:
                problem = $"无法读取 {path.Name}：不是文本、Word（.docx）或 Excel（.xlsx）表格文件";
                return null;
            case ".txt" when string.IsNullOrWhiteSpace(System.Text.Encoding.UTF8.GetString(bytes)):
                problem = $"文件是空的：{path.Name}";
                return null;
            case ".txt":
                return plugin.ValidateText(System.Text.Encoding.UTF8.GetString(bytes), path.Name);
            case var extension:
                try
                {
                    var parsed = DocumentFormats.Parse(Path.ChangeExtension(path.Name, extension), bytes);
                    return new ValidationReport(path.Name, parsed.Projects.Count, validator.Validate(parsed.Projects, history), parsed.Errors);
                }
                catch (UnsafeDocumentException ex)
                {
                    problem = ex.Message;
                    return null;
                }
        }
    }

    private static void Write(TextWriter output, ValidationReport report, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new { findings = report.Findings, parseErrors = report.ParseErrors }, JsonOutput.Indented));
            return;
        }

        foreach (var error in report.ParseErrors)
        {
            output.WriteLine($"读取错误 {error}");
        }

        foreach (var f in report.Findings)
        {
            output.WriteLine($"{f.Source} {f.Rule} {f.Severity.ToString().ToLowerInvariant()} {f.Project}{(f.Level3 is null ? string.Empty : " / " + f.Level3)}: {f.Message}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Tables} 张表：{report.Errors} 个错误，{report.Warnings} 个警告，共 {report.Findings.Count} 条"));
    }
}
