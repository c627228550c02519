namespace Assistant.Retrieval.Indexing;

/// <summary>An inclusive range; a null end is open.</summary>
public sealed record NumericRange(decimal? Min = null, decimal? Max = null)
{
    /// <summary>True when <paramref name="value"/> lies in the range.</summary>
    public bool Contains(decimal value) => (Min is null || value >= Min) && (Max is null || value <= Max);
}
