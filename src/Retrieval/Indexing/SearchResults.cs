namespace Assistant.Retrieval.Indexing;

/// <summary>Ranked projects and ranked indicator rows for one request, each list best first.</summary>
/// <param name="Projects">Projects matching the text and project filters (empty when an indicator-only filter is set
/// and no row matched).</param>
/// <param name="Indicators">Indicator rows matching the text and all filters.</param>
/// <param name="TotalProjects">How many projects matched before the limit.</param>
/// <param name="TotalIndicators">How many rows matched before the limit.</param>
public sealed record SearchResults(
    IReadOnlyList<ProjectHit> Projects,
    IReadOnlyList<IndicatorHit> Indicators,
    int TotalProjects,
    int TotalIndicators);
