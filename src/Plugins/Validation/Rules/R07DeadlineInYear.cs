using System.Globalization;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R07: deadlines outside the budget year (reported, not an error: some reviews run into the next year).</summary>
public sealed class R07DeadlineInYear : IValidationRule
{
    /// <inheritdoc />
    public string Id => "R07";

    /// <inheritdoc />
    public string Title => "完成时限不在预算年度内";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Indicators
            .Where(i => i.Target is { Kind: TargetKind.Deadline, Date: { } date } && date.Year != project.Year)
            .Select(i => Finding.Row(Id, Severity.Info, project, i, string.Create(CultureInfo.InvariantCulture,
                $"完成时限 {i.Target.Date:yyyy-MM-dd} 不在预算年度 {project.Year} 年内，请确认是否跨年实施")));
    }
}
