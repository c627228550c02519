using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R02: the three 一级指标 产出、效益、满意度 are all present.</summary>
public sealed class R02Level1Present : IValidationRule
{
    private static readonly string[] Required = ["产出指标", "效益指标", "满意度指标"];

    /// <inheritdoc />
    public string Id => "R02";

    /// <inheritdoc />
    public string Title => "应包含产出、效益、满意度三类一级指标";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Required
            .Where(level1 => !project.Indicators.Any(i => i.Level1 == level1))
            .Select(level1 => Finding.Table(Id, Severity.Error, project, $"缺少一级指标「{level1}」"));
    }
}
