using System.CommandLine;
using System.Globalization;
using Assistant.Bot.Hosting;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;

namespace Assistant.Bot.Cli;

/// <summary>
/// The <c>ingest FILE...</c> verb: reads and reviews the files, copies them into the corpus folder when all read
/// cleanly, and rebuilds the index. A running server picks the change up by itself; a failed import changes nothing.
/// </summary>
public static class IngestCommand
{
    /// <summary>Builds the <c>ingest</c> command.</summary>
    public static Command Create(TextWriter output)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "表格文件：.txt（Word 导出的文本）、.docx 或 .xlsx", Arity = ArgumentArity.OneOrMore };
        var replace = new Option<bool>("--replace") { Description = "替换语料中同年度同名的表" };
        var command = new Command("ingest", "把表格文件加入语料并更新索引") { files, replace };
        command.SetAction(parse =>
        {
            var corpus = CorpusLocator.Resolve(parse.GetValue(CommonOptions.Corpus));
            var report = CorpusIngest.Ingest(corpus, parse.GetValue(files)!.Select(f => f.FullName).ToList(), parse.GetValue(replace));
            var validator = new TableValidator();
            foreach (var file in report.Files)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Name}: {file.Projects.Count} 张表，{file.Errors.Count} 个读取错误"));
                foreach (var error in file.Errors)
                {
                    output.WriteLine($"  读取错误 {error}");
                }

                foreach (var finding in validator.Validate(file.Projects))
                {
                    output.WriteLine($"  {finding.Rule} {finding.Severity.ToString().ToLowerInvariant()} {finding.Project}{(finding.Level3 is null ? string.Empty : " / " + finding.Level3)}: {finding.Message}");
                }
            }

            if (!report.Accepted)
            {
                output.WriteLine("未导入：请先修正上面的读取错误。语料库和索引均未改变。");
                return 2;
            }

            var data = new RetrievalOptions { DataPath = parse.GetValue(SearchCommand.Data) }.ResolvedDataPath;
            using var index = CorpusIndex.Open(corpus, data);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已导入 {report.Files.Count} 个文件；语料库现有 {index.Projects.Count} 个项目，索引已更新。"));
            return 0;
        });
        return command;
    }
}
