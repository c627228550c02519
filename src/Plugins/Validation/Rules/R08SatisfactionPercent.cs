using Assistant.Plugins.Queries;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R08: a 满意度 row whose value is not a percentage.</summary>
public sealed class R08SatisfactionPercent : IValidationRule
{
    private static readonly IndicatorCategory Satisfaction = IndicatorCategory.Find("满意度")!;

    /// <inheritdoc />
    public string Id => "R08";

    /// <inheritdoc />
    public string Title => "满意度指标应以百分比表示";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Indicators
            .Where(i => Satisfaction.Contains(i) && i.Target.Kind != TargetKind.Percent)
            .Select(i => Finding.Row(Id, Severity.Warning, project, i, $"满意度指标「{i.Level3}」的值「{i.Value.Trim()}」不是百分比，应写作如 ≥90%"));
    }
}
