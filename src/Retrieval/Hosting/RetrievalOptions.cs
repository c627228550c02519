namespace Assistant.Retrieval.Hosting;

/// <summary>Where the corpus and the index live. Configuration section <c>Retrieval</c>.</summary>
public sealed class RetrievalOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Retrieval";

    /// <summary>The corpus folder (<c>Retrieval:CorpusPath</c>); empty means the repository's <c>corpus/</c>.</summary>
    public string? CorpusPath { get; set; }

    /// <summary>The data folder for the index and state (<c>Retrieval:DataPath</c>); empty means
    /// <see cref="DefaultDataPath"/>.</summary>
    public string? DataPath { get; set; }

    /// <summary>The default data folder: <c>assistant</c> under the user's local application data folder.</summary>
    public static string DefaultDataPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "assistant");

    /// <summary>The data folder to use.</summary>
    public string ResolvedDataPath => string.IsNullOrWhiteSpace(DataPath) ? DefaultDataPath : Path.GetFullPath(DataPath);
}
