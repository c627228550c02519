namespace Assistant.Bot.Llm;

/// <summary>
/// An optional OpenAI-compatible model (Ollama, vLLM, DeepSeek, Qwen). Configuration section <c>Llm</c>; with no
/// endpoint the assistant stays offline.
/// </summary>
public sealed class LlmOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Llm";

    /// <summary>The API base address (<c>Llm:Endpoint</c>), e.g. <c>http://localhost:11434/v1</c>; empty: offline.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model id (<c>Llm:Model</c>), e.g. <c>qwen2.5:14b</c>.</summary>
    public string? Model { get; set; }

    /// <summary>The API key (<c>Llm:ApiKey</c>); local servers usually need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Seconds to wait for the model (<c>Llm:TimeoutSeconds</c>) before answering offline instead.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>True when a model is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>The configuration problems, each naming its key; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Enabled)
        {
            return problems;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add($"{SectionName}:Endpoint must be an absolute http(s) address, e.g. http://localhost:11434/v1 (got '{Endpoint}')");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            problems.Add($"{SectionName}:Model is required when {SectionName}:Endpoint is set");
        }

        if (TimeoutSeconds is < 1 or > 600)
        {
            problems.Add($"{SectionName}:TimeoutSeconds must be between 1 and 600 (got {TimeoutSeconds})");
        }

        return problems;
    }
}
