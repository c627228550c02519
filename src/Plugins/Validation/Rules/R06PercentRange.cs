using System.Globalization;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R06: percentages outside 0–100, and <c>≥100%</c> (a floor nothing can exceed; write <c>100%</c>).</summary>
public sealed class R06PercentRange : IValidationRule
{
    /// <inheritdoc />
    public string Id => "R06";

    /// <inheritdoc />
    public string Title => "百分比应在0–100之间，≥100%应写作100%";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        foreach (var row in project.Indicators.Where(i => i.Target is { Kind: TargetKind.Percent, Number: not null }))
        {
            var number = row.Target.Number!.Value;
            if (number is < 0 or > 100)
            {
                yield return Finding.Row(Id, Severity.Error, project, row, string.Create(CultureInfo.InvariantCulture, $"百分比 {number}% 超出 0–100%"));
            }
            else if (number == 100 && row.Target.Comparator is Comparator.GreaterOrEqual or Comparator.Greater)
            {
                yield return Finding.Row(Id, Severity.Warning, project, row, $"「{row.Value.Trim()}」：不可能超过100%，应写作 100%");
            }
        }
    }
}
