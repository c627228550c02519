using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R05: a value that looks quantitative but cannot be read (e.g. <c>≤122025年12月</c>).</summary>
public sealed class R05Unreadable : IValidationRule
{
    /// <inheritdoc />
    public string Id => "R05";

    /// <inheritdoc />
    public string Title => "指标值无法识别";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Indicators
            .Where(i => i.Target.Kind == TargetKind.Unreadable)
            .Select(i => Finding.Row(Id, Severity.Error, project, i, $"指标值「{i.Value.Trim()}」像是数值但无法识别，请改为如 ≥95%、≤230万元、2025年12月31日前 的写法"));
    }
}
