using System.Globalization;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>R01: 预算数 = 财政资金 + 其他资金.</summary>
public sealed class R01BudgetSum : IValidationRule
{
    /// <inheritdoc />
    public string Id => "R01";

    /// <inheritdoc />
    public string Title => "预算数应等于财政资金与其他资金之和";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var b = project.Budget;
        if (b.Total != b.Fiscal + b.Other)
        {
            yield return Finding.Table(Id, Severity.Error, project, string.Create(CultureInfo.InvariantCulture,
                $"预算数 {b.Total:0.00} 万元 ≠ 财政资金 {b.Fiscal:0.00} + 其他资金 {b.Other:0.00} = {b.Fiscal + b.Other:0.00} 万元"));
        }
    }
}
