using Assistant.Plugins.Results;

namespace Assistant.Plugins.Norms;

/// <summary>How past projects set an indicator subject's target.</summary>
/// <param name="Subject">The subject asked about.</param>
/// <param name="Rows">Indicator rows found.</param>
/// <param name="Projects">Projects those rows belong to.</param>
/// <param name="Values">Each normalised value, most used first.</param>
/// <param name="MostCommon">The value most projects used (ties: the stricter threshold), or null when none is numeric.</param>
/// <param name="MedianThreshold">The median threshold number of the numeric rows in the most common unit, or null.</param>
/// <param name="Unit">The unit of <paramref name="MostCommon"/> and <paramref name="MedianThreshold"/>.</param>
/// <param name="Citations">Every row counted.</param>
public sealed record NormResult(
    string Subject,
    int Rows,
    int Projects,
    IReadOnlyList<NormValue> Values,
    NormValue? MostCommon,
    decimal? MedianThreshold,
    string? Unit,
    IReadOnlyList<Citation> Citations);
