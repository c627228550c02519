using System.Text.Json.Serialization;

namespace Assistant.Bot.Understanding;

/// <summary>What a question asks for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Intent>))]
public enum Intent
{
    /// <summary>Not understood.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,

    /// <summary>The question was not read completely: the answer says what was and was not understood, and no figure.</summary>
    [JsonStringEnumMemberName("unclear")] Unclear,

    /// <summary>What the assistant can do.</summary>
    [JsonStringEnumMemberName("help")] Help,

    /// <summary>A list of projects meeting conditions.</summary>
    [JsonStringEnumMemberName("list")] List,

    /// <summary>How many projects meet conditions.</summary>
    [JsonStringEnumMemberName("count")] Count,

    /// <summary>The budget total of projects meeting conditions.</summary>
    [JsonStringEnumMemberName("sum")] Sum,

    /// <summary>One figure of the selected projects other than a count or sum: an average, maximum, minimum or row count.</summary>
    [JsonStringEnumMemberName("figure")] Figure,

    /// <summary>How an indicator's target is usually set.</summary>
    [JsonStringEnumMemberName("norms")] Norms,

    /// <summary>What a concept means or why a review rule exists, from the glossary.</summary>
    [JsonStringEnumMemberName("concept")] Concept,

    /// <summary>One project's whole table.</summary>
    [JsonStringEnumMemberName("lookup")] Lookup,

    /// <summary>A review of a table, a project or the corpus.</summary>
    [JsonStringEnumMemberName("validate")] Validate,

    /// <summary>A drafted table for a new project.</summary>
    [JsonStringEnumMemberName("draft")] Draft,

    /// <summary>The last draft or answer as a Word or Excel file.</summary>
    [JsonStringEnumMemberName("export")] Export,

    /// <summary>One project's table against the same project's table of the year before, row by row.</summary>
    [JsonStringEnumMemberName("compare")] Compare,
}
