using System.Text.Json.Serialization;

namespace Assistant.Retrieval.Normalisation;

/// <summary>What an indicator's target value (指标值) measures.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetKind>))]
public enum TargetKind
{
    /// <summary>A share in percent, e.g. <c>≥95%</c>.</summary>
    [JsonStringEnumMemberName("percent")] Percent,

    /// <summary>An amount of money, e.g. <c>≤230万元</c>.</summary>
    [JsonStringEnumMemberName("money")] Money,

    /// <summary>A count or other quantity with a unit, e.g. <c>≥2000项</c>.</summary>
    [JsonStringEnumMemberName("quantity")] Quantity,

    /// <summary>A length of time, e.g. <c>≤3个月</c>.</summary>
    [JsonStringEnumMemberName("duration")] Duration,

    /// <summary>A calendar deadline, e.g. <c>2025年12月31日前</c>.</summary>
    [JsonStringEnumMemberName("deadline")] Deadline,

    /// <summary>A qualitative sentence.</summary>
    [JsonStringEnumMemberName("text")] Text,

    /// <summary>Looks quantitative (starts with a comparator or digit) but cannot be read; kept raw, never guessed.</summary>
    [JsonStringEnumMemberName("unreadable")] Unreadable,
}
