namespace Assistant.Retrieval.Indexing;

/// <summary>Which results a search computes; asking for less is faster.</summary>
public enum SearchScope
{
    /// <summary>Ranked projects and ranked indicator rows.</summary>
    All,

    /// <summary>Ranked projects only (with an indicator-only filter, projects come from the matching rows).</summary>
    Projects,

    /// <summary>Ranked indicator rows only.</summary>
    Indicators,
}
