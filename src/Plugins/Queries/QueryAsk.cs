using System.Text.Json.Serialization;

namespace Assistant.Plugins.Queries;

/// <summary>What a <see cref="ProjectQuery"/> asks of the projects it selects.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QueryAsk>))]
public enum QueryAsk
{
    /// <summary>The projects themselves.</summary>
    [JsonStringEnumMemberName("list")] List,

    /// <summary>How many projects.</summary>
    [JsonStringEnumMemberName("count")] Count,

    /// <summary>The sum of a money field.</summary>
    [JsonStringEnumMemberName("sum")] Sum,

    /// <summary>The average of a money field.</summary>
    [JsonStringEnumMemberName("average")] Average,

    /// <summary>The largest value of a money field, with the projects holding it.</summary>
    [JsonStringEnumMemberName("max")] Max,

    /// <summary>The smallest value of a money field, with the projects holding it.</summary>
    [JsonStringEnumMemberName("min")] Min,

    /// <summary>How many indicator rows the projects have together.</summary>
    [JsonStringEnumMemberName("rows")] Rows,

    /// <summary>With <see cref="ProjectFilter.FailsRule"/>: how far past the limit the rule's findings measured, summed (R04: 成本超出预算多少).</summary>
    [JsonStringEnumMemberName("excess")] Excess,
}
