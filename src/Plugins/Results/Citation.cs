using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Results;

/// <summary>The source of a figure: the project, the indicator (三级指标, or a budget field such as 预算数), the
/// value as written, and the file and line it stands on.</summary>
public sealed record Citation(string Project, string Indicator, string Value, SourceLocation Source, int? Year = null)
{
    /// <summary>Cites an indicator row of a project.</summary>
    public static Citation Of(Project project, Indicator indicator) =>
        new(project.Name, indicator.Level3, indicator.Value, project.Source with { Line = indicator.Line }, project.Year);

    /// <summary>A review finding as a citation: the rule and row it names, at its source line.</summary>
    public static Citation OfFinding(Validation.Finding finding, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Project, $"{finding.Rule} {finding.Level3}".Trim(), finding.Value ?? finding.Message, finding.Source, year);
    }

    /// <summary>Cites a project's budget (预算数).</summary>
    public static Citation OfBudget(Project project) =>
        new(project.Name, "预算数", project.Budget.Total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "万元", project.Source, project.Year);
}
