using System.Text.Json.Serialization;

namespace Assistant.Plugins.Queries;

/// <summary>The order of a result.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectSort>))]
public enum ProjectSort
{
    /// <summary>As the corpus lists them (or by topic relevance).</summary>
    [JsonStringEnumMemberName("default")] Default,

    /// <summary>By the money field, largest first.</summary>
    [JsonStringEnumMemberName("money_desc")] BudgetDescending,

    /// <summary>By the money field, smallest first.</summary>
    [JsonStringEnumMemberName("money_asc")] BudgetAscending,

    /// <summary>By the number of indicator rows, most first.</summary>
    [JsonStringEnumMemberName("rows_desc")] RowsDescending,

    /// <summary>By the number of indicator rows, fewest first.</summary>
    [JsonStringEnumMemberName("rows_asc")] RowsAscending,
}
