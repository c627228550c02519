using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Drafting;

/// <summary>A drafted target table for a new project.</summary>
/// <param name="Name">项目名称.</param>
/// <param name="Department">Department, if given.</param>
/// <param name="Budget">预算数 in 万元 (all 财政资金 unless told otherwise).</param>
/// <param name="Year">The budget year.</param>
/// <param name="Goals">A goals skeleton the user must edit: it states no facts the user did not give.</param>
/// <param name="Indicators">The rows, each naming its source.</param>
/// <param name="Similar">The past projects it was modelled on.</param>
/// <param name="CarriedFromYear">When the project has a table of an earlier year, the year of the one the draft starts from.</param>
/// <param name="Confidence">How far to trust the borrowed rows: high (several projects of the same kind), medium, low (nothing close: a framework to fill in).</param>
/// <param name="Warnings">What a clerk must check before using the draft, in Chinese.</param>
public sealed record DraftTable(
    string Name,
    string Department,
    Budget Budget,
    int Year,
    string Goals,
    IReadOnlyList<DraftIndicator> Indicators,
    IReadOnlyList<SimilarReference> Similar,
    int? CarriedFromYear = null,
    string Confidence = "medium",
    IReadOnlyList<string>? Warnings = null);
