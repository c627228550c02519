namespace Assistant.Bot.Cli;

/// <summary>How a verb prints its result.</summary>
public enum OutputFormat
{
    /// <summary>Readable text for a person at a terminal.</summary>
    Text,

    /// <summary>JSON for programs.</summary>
    Json,
}
