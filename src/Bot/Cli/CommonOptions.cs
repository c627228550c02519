using System.CommandLine;

namespace Assistant.Bot.Cli;

/// <summary>Options shared by several verbs.</summary>
public static class CommonOptions
{
    /// <summary><c>--corpus DIR</c>: the corpus folder; the repository's <c>corpus/</c> by default.</summary>
    public static Option<string?> Corpus { get; } = new("--corpus")
    {
        Description = "Corpus folder (default: the repository's corpus/)",
        Recursive = true,
    };

    /// <summary>Creates a <c>--format</c> option accepting text or json.</summary>
    public static Option<OutputFormat> Format(OutputFormat defaultFormat = OutputFormat.Text) => new("--format")
    {
        Description = "Output format: text or json",
        DefaultValueFactory = _ => defaultFormat,
    };
}
