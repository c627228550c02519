using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Norms;

/// <summary>One normalised target value of an indicator subject and the projects that used it.</summary>
/// <param name="Value">The normalised value, e.g. <c>≥90%</c>.</param>
/// <param name="Comparator">Its comparator.</param>
/// <param name="Number">Its threshold number.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Count">How many projects used it.</param>
/// <param name="Projects">Those projects' names.</param>
public sealed record NormValue(string Value, Comparator? Comparator, decimal? Number, string? Unit, int Count, IReadOnlyList<string> Projects);
