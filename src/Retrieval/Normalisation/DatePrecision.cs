using System.Text.Json.Serialization;

namespace Assistant.Retrieval.Normalisation;

/// <summary>How precisely a deadline names its date. The stored date is always the last day the wording allows.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>A calendar day: <c>2025年12月31日</c>, <c>2025.12.31</c>.</summary>
    [JsonStringEnumMemberName("day")] Day,

    /// <summary>A month: <c>2025年12月</c> (stored as the month's last day).</summary>
    [JsonStringEnumMemberName("month")] Month,

    /// <summary>The middle ten days of a month: <c>12月中旬</c> (stored as the 20th).</summary>
    [JsonStringEnumMemberName("midMonth")] MidMonth,

    /// <summary>The end of a month: <c>3月底</c> (stored as the month's last day).</summary>
    [JsonStringEnumMemberName("monthEnd")] MonthEnd,

    /// <summary>The end of a year: <c>2025年底</c> (stored as 31 December).</summary>
    [JsonStringEnumMemberName("yearEnd")] YearEnd,
}
