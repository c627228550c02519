using System.Diagnostics;

namespace Assistant.Bot.Tests.Browser;

/// <summary>Installs Debian's chromium package when the browser is missing (root only); fails with the reason otherwise.</summary>
internal static class ChromiumInstaller
{
    private static readonly Lock Gate = new();

    public static void Ensure(string executable)
    {
        lock (Gate)
        {
            if (File.Exists(executable))
            {
                return;
            }

            Assert.True(Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root",
                $"{executable} is missing and this user cannot install it: run apt-get install chromium (as .ci/run does)");
            Run("apt-get", "update -qq");
            Run("apt-get", "install -y -qq chromium");
            Assert.True(File.Exists(executable), $"apt-get install chromium did not provide {executable}");
        }
    }

    private static void Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {arguments} failed: {error.Result}");
    }
}
