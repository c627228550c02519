namespace Assistant.Retrieval.Indexing;

/// <summary>A numeric range with optional ends, each inclusive unless said otherwise.</summary>
public sealed record NumericRange(decimal? Min = null, decimal? Max = null, bool MinInclusive = true, bool MaxInclusive = true)
{
    /// <summary>True when <paramref name="value"/> lies in the range.</summary>
    public bool Contains(decimal value) =>
        (Min is not { } min || (MinInclusive ? value >= min : value > min)) &&
        (Max is not { } max || (MaxInclusive ? value <= max : value < max));
}
