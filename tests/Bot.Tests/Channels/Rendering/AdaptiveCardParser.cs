using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Assistant.Bot.Tests.Channels.Rendering;

/// <summary>
/// Microsoft's own Adaptive Cards parser (the <c>adaptivecards</c> npm package, in tests/tools/adaptivecards) run on
/// card files by Node. The package is installed (<c>npm ci</c>) when missing, so the check runs everywhere; where Node
/// or npm is absent the test fails, it is never skipped.
/// </summary>
internal static class AdaptiveCardParser
{
    private static readonly Lock Installing = new();

    /// <summary>The parser's report for each file (one JSON line each) and its exit code (0: no events).</summary>
    public static (int Code, string Report) Parse(params string[] files)
    {
        var folder = Folder();
        lock (Installing)
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "adaptivecards")))
            {
                var (code, output) = Run("npm", ["ci", "--no-audit", "--no-fund", "--silent"], folder);
                Assert.True(code == 0, $"npm ci failed in {folder}: {output}");
            }
        }

        return Run("node", ["validate.js", .. files], folder);
    }

    private static (int Code, string Output) Run(string program, string[] args, string folder)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{program} did not finish");
        return (process.ExitCode, output.Result + error.Result);
    }

    private static string Folder([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "tools", "adaptivecards"));
}
