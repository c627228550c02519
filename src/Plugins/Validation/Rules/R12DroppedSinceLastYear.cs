using Assistant.Plugins.Comparison;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R12 (info): the rows the same project's previous-year table had and this one does not.</summary>
public sealed class R12DroppedSinceLastYear : IYearRule
{
    /// <inheritdoc />
    public string Id => "R12";

    /// <inheritdoc />
    public string Title => "上一年的指标今年没有了";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project, Project previous)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(previous);
        var kept = TargetChange.Pairs(previous, project).Select(p => p.Then).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var then in previous.Indicators.Where(i => !kept.Contains(i)))
        {
            yield return new Finding(project.Name, Id, Severity.Info, then.Level3, then.Value,
                $"{previous.Year} 年有这一行（“{then.Value.Trim()}”），今年的表里没有了。", previous.Source with { Line = then.Line });
        }
    }
}
