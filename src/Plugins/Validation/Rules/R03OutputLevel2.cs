using Assistant.Plugins.Queries;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R03: 产出指标 has 数量、质量、时效 and 成本 (a 成本 一级指标 also counts as 成本).</summary>
public sealed class R03OutputLevel2 : IValidationRule
{
    private static readonly string[] Required = ["数量指标", "质量指标", "时效指标", "成本指标"];

    /// <inheritdoc />
    public string Id => "R03";

    /// <inheritdoc />
    public string Title => "产出指标应包含数量、质量、时效、成本四类二级指标";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        foreach (var level2 in Required)
        {
            var category = IndicatorCategory.Find(level2)!;
            var present = project.Indicators.Any(i => (i.Level1 == "产出指标" || i.Level1 == "成本指标") && category.Contains(i));
            if (!present)
            {
                yield return Finding.Table(Id, Severity.Error, project, $"产出指标缺少二级指标「{level2}」");
            }
        }
    }
}
