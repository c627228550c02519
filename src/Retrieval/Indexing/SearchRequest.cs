using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Indexing;

/// <summary>Free text and structured filters. Every filter given must hold; the text ranks.</summary>
/// <param name="Text">Free text in Chinese (segmented by SmartCn, synonyms expanded); null or empty matches all.</param>
/// <param name="Department">Exact department name.</param>
/// <param name="Level1">Exact 一级指标 (indicator results only).</param>
/// <param name="Level2">Exact 二级指标 (indicator results only).</param>
/// <param name="Kind">Target kind (indicator results only).</param>
/// <param name="Budget">Project budget range in 万元.</param>
/// <param name="Number">Target number range, in the target's own unit (indicator results only).</param>
/// <param name="Deadline">Deadline date range (indicator results only).</param>
/// <param name="Limit">Most results of each sort.</param>
/// <param name="Scope">Which results to compute.</param>
/// <param name="Highlight">False to skip highlighted fragments (callers that only rank or filter).</param>
/// <param name="AllWords">
/// True to find only documents holding every word of the text; by default a text no document holds whole falls back to
/// any of its words (区块链 to the 链 of 产业链), which suits a search box but not a condition.
/// </param>
public sealed record SearchRequest(
    string? Text = null,
    string? Department = null,
    string? Level1 = null,
    string? Level2 = null,
    TargetKind? Kind = null,
    NumericRange? Budget = null,
    NumericRange? Number = null,
    DateRange? Deadline = null,
    int Limit = 10,
    SearchScope Scope = SearchScope.All,
    bool Highlight = true,
    bool AllWords = false)
{
    /// <summary>True when an indicator-only filter is set, so project documents cannot match.</summary>
    public bool HasIndicatorFilter => Level1 is not null || Level2 is not null || Kind is not null || Number is not null || Deadline is not null;
}
