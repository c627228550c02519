using System.Text.Json.Serialization;

namespace Assistant.Plugins.Validation;

/// <summary>How serious a finding is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>The table fails review and must be fixed.</summary>
    [JsonStringEnumMemberName("error")] Error,

    /// <summary>Likely wrong; a reviewer will ask.</summary>
    [JsonStringEnumMemberName("warning")] Warning,

    /// <summary>Worth knowing; may be legitimate.</summary>
    [JsonStringEnumMemberName("info")] Info,
}
