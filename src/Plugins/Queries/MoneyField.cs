using System.Text.Json.Serialization;

namespace Assistant.Plugins.Queries;

/// <summary>The money fields of a target table's budget block, in 万元 (预算数 = 财政资金 + 其他资金).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MoneyField>))]
public enum MoneyField
{
    /// <summary>预算数, the total.</summary>
    [JsonStringEnumMemberName("budget")] Budget,

    /// <summary>财政资金.</summary>
    [JsonStringEnumMemberName("fiscal")] Fiscal,

    /// <summary>其他资金.</summary>
    [JsonStringEnumMemberName("other")] Other,
}
