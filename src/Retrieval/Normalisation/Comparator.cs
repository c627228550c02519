using System.Text.Json.Serialization;

namespace Assistant.Retrieval.Normalisation;

/// <summary>How a target's number or date is bounded.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Comparator>))]
public enum Comparator
{
    /// <summary>At least (≥, 不低于, 以上).</summary>
    [JsonStringEnumMemberName("≥")] GreaterOrEqual,

    /// <summary>At most (≤, 不超过, 以内).</summary>
    [JsonStringEnumMemberName("≤")] LessOrEqual,

    /// <summary>Strictly more (&gt;, 大于, 超过).</summary>
    [JsonStringEnumMemberName(">")] Greater,

    /// <summary>Strictly less (&lt;, 小于, 低于).</summary>
    [JsonStringEnumMemberName("<")] Less,

    /// <summary>Exactly, or a bare value such as <c>100%</c>.</summary>
    [JsonStringEnumMemberName("=")] Equal,

    /// <summary>A deadline: done no later than the date (前, 之前, 早于).</summary>
    [JsonStringEnumMemberName("before")] Before,
}
