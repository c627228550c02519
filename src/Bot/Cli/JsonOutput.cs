using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Cli;

/// <summary>The JSON settings every verb uses: camelCase names, Chinese written as is, nulls kept so shapes are stable.</summary>
public static class JsonOutput
{
    /// <summary>Indented output for whole documents (export, stats).</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>One-line output (one answer per line).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
