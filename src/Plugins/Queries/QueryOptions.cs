namespace Assistant.Plugins.Queries;

/// <summary>How much of a query's answer is materialised. Bound to the <c>Queries</c> section.</summary>
public sealed class QueryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Queries";

    /// <summary>
    /// The most projects a result carries with their evidence (<c>Queries:MaxProjects</c>); counts, sums and subtotals
    /// are always over the whole set, and an export lists it all.
    /// </summary>
    public int MaxProjects { get; set; } = 100;

    /// <summary>
    /// Answer every query by the reference scan instead of the index (<c>Queries:UseScan</c>): the same answers, slower.
    /// For <c>bench</c>, which times both, and for ruling the index out when diagnosing.
    /// </summary>
    public bool UseScan { get; set; }

    /// <summary>Problems with the values, each naming its key; empty when valid.</summary>
    public IReadOnlyList<string> Problems() =>
        MaxProjects < 1 ? [$"{SectionName}:MaxProjects must be at least 1 (is {MaxProjects})"] : [];
}
