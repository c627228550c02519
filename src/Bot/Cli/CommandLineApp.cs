using System.CommandLine;
using System.Globalization;

namespace Assistant.Bot.Cli;

/// <summary>The command-line verbs of the assistant's executable. With no verb, the executable serves the bot.</summary>
public static class CommandLineApp
{
    /// <summary>True when <paramref name="args"/> start with a verb (or a help/version request) rather than host settings.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) || args is ["--help" or "-h" or "-?" or "--version"];

    /// <summary>Runs the verb named by <paramref name="args"/>, writing to <paramref name="output"/>.</summary>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        await RunAsync(args, TextReader.Null, output, error).ConfigureAwait(false);

    /// <summary>Runs the verb named by <paramref name="args"/>, reading questions from <paramref name="input"/>.</summary>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        // Help headings and parse errors in Chinese (System.CommandLine ships zh-Hans texts); the change stays in this call.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        var root = new RootCommand("绩效指标助手：查询、统计、审核和起草项目绩效目标表")
        {
            CommonOptions.Corpus,
            SearchCommand.Data,
            CorpusCommand.Create(output),
            SearchCommand.Create(output),
            BenchCommand.Create(output),
            ValidateCommand.Create(output, error),
            DraftCommand.Create(output),
            AskCommand.Create(input, output),
            ChatCommand.Create(input, output),
            IngestCommand.Create(output),
            ExportCommand.Create(output),
        };
        root.Options.OfType<System.CommandLine.Help.HelpOption>().Single().Description = "显示帮助和用法";
        var parse = root.Parse(args);
        var helpAsked = args.Any(a => a is "--help" or "-h" or "-?");
        if (parse.Errors.Count > 0 && !helpAsked)
        {
            // An unknown option, a --format that is neither json nor text, a missing value: one line, exit 2.
            await error.WriteLineAsync($"输入有误：{parse.Errors[0].Message.ReplaceLineEndings(" ")}（用 --help 查看用法）").ConfigureAwait(false);
            return 2;
        }

        try
        {
            if (!helpAsked)
            {
                return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
            }

            // System.CommandLine's zh-Hans texts leave one heading in English.
            using var help = new StringWriter();
            var code = await parse.InvokeAsync(new InvocationConfiguration { Output = help, Error = error }).ConfigureAwait(false);
            await output.WriteAsync(help.ToString().Replace("Description:", "说明:", StringComparison.Ordinal)).ConfigureAwait(false);
            return code;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"错误：{ex.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (ArgumentException ex)
        {
            // A bad value on the command line (draft --budget 0, --name "", bench --scale 0): one line naming it, never a trace.
            await error.WriteLineAsync($"输入有误：{ex.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return 2;
        }
    }
}
