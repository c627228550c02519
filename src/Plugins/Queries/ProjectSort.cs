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

    /// <summary>By the filter subject's target number, highest first (满意度目标最高的).</summary>
    [JsonStringEnumMemberName("target_desc")] TargetDescending,

    /// <summary>By the filter subject's target number, lowest first (满意度目标最低的).</summary>
    [JsonStringEnumMemberName("target_asc")] TargetAscending,

    /// <summary>By the latest deadline a table sets, latest first (时限最靠后的).</summary>
    [JsonStringEnumMemberName("deadline_desc")] DeadlineLatest,

    /// <summary>By the earliest deadline a table sets, earliest first.</summary>
    [JsonStringEnumMemberName("deadline_asc")] DeadlineEarliest,
}
