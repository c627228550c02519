using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R10: 数量/质量/时效/成本 rows must be quantified (a number, a percentage, an amount or a date).</summary>
public sealed class R10Quantified : IValidationRule
{
    private static readonly string[] Quantitative = ["数量指标", "质量指标", "时效指标", "成本指标"];

    /// <inheritdoc />
    public string Id => "R10";

    /// <inheritdoc />
    public string Title => "数量、质量、时效、成本指标应量化";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Indicators
            .Where(i => Quantitative.Contains(i.Level2) && i.Target.Kind == TargetKind.Text)
            .Select(i => Finding.Row(Id, Severity.Warning, project, i, $"{i.Level2}「{i.Level3}」的值「{i.Value.Trim()}」未量化，应写明数值、比例、金额或日期"));
    }
}
