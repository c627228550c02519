using System.Text.Json;

namespace Assistant.Bot.Channels;

/// <summary>
/// Type-checked reads of a messenger's JSON: a field of the wrong type reads as missing, so a malformed event is a
/// 400 with a reason, never an exception.
/// </summary>
public static class JsonFields
{
    /// <summary>The string field <paramref name="name"/>, or null when missing or not a string.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>True when <paramref name="name"/> is an object field of <paramref name="element"/>.</summary>
    public static bool Object(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Object;
    }
}
