using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R09: the same 三级指标 twice in one table.</summary>
public sealed class R09DuplicateLevel3 : IValidationRule
{
    /// <inheritdoc />
    public string Id => "R09";

    /// <inheritdoc />
    public string Title => "三级指标重复";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Indicators
            .GroupBy(i => i.Level3, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => Finding.Row(Id, Severity.Warning, project, g.Skip(1).First(), $"三级指标「{g.Key}」出现 {g.Count()} 次"));
    }
}
