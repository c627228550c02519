using Assistant.Plugins.Comparison;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R11 (warning): a target weaker than the same project's previous-year target for the same 三级指标.</summary>
public sealed class R11WeakerThanLastYear : IYearRule
{
    /// <inheritdoc />
    public string Id => "R11";

    /// <inheritdoc />
    public string Title => "目标值比上一年弱";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project, Project previous)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(previous);
        foreach (var (then, now) in TargetChange.Pairs(previous, project))
        {
            if (TargetChange.IsWeaker(then.Target, now.Target))
            {
                yield return Finding.Row(Id, Severity.Warning, project, now,
                    $"比上一年弱：{previous.Year} 年为“{then.Value.Trim()}”（{previous.Source with { Line = then.Line }}），今年为“{now.Value.Trim()}”。请确认是否有意降低目标。");
            }
        }
    }
}
