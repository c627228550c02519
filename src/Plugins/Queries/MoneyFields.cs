using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>What each <see cref="MoneyField"/> is called and where its value is read: the one definition of both.</summary>
public static class MoneyFields
{
    /// <summary>The field's name on the table.</summary>
    public static string Label(MoneyField field) => field switch
    {
        MoneyField.Fiscal => "财政资金",
        MoneyField.Other => "其他资金",
        _ => "预算数",
    };

    /// <summary>The field's value for a project, in 万元.</summary>
    public static decimal Of(Project project, MoneyField field)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Of(project.Budget, field);
    }

    /// <summary>The field's value in a budget block (one table's, or totals over several), in 万元.</summary>
    public static decimal Of(Budget budget, MoneyField field)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return field switch
        {
            MoneyField.Fiscal => budget.Fiscal,
            MoneyField.Other => budget.Other,
            _ => budget.Total,
        };
    }
}
