namespace Assistant.Retrieval.Indexing;

/// <summary>An inclusive date range; a null end is open.</summary>
public sealed record DateRange(DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>True when <paramref name="date"/> lies in the range.</summary>
    public bool Contains(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}
