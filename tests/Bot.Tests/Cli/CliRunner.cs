using Assistant.Bot.Cli;

namespace Assistant.Bot.Tests.Cli;

/// <summary>Runs verbs in-process against the bundled corpus and a temporary data folder.</summary>
internal static class CliRunner
{
    public static string Corpus { get; } = Path.Combine(AppContext.BaseDirectory, "corpus");

    public static string Data { get; } = Directory.CreateTempSubdirectory("bot-cli-test-").FullName;

    public static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineApp.RunAsync([.. args, "--corpus", Corpus, "--data", Data], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
