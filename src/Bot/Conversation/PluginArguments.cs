using Assistant.Bot.Understanding;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;
using Microsoft.SemanticKernel;

namespace Assistant.Bot.Conversation;

/// <summary>Turns an understanding into the arguments of the plugin functions, as a model would pass them.</summary>
public static class PluginArguments
{
    /// <summary>Filter arguments for <c>find_projects</c> and <c>project_statistics</c>.</summary>
    public static KernelArguments Filter(Understanding.Understanding u, bool withOrdering)
    {
        ArgumentNullException.ThrowIfNull(u);
        var args = new KernelArguments();
        Set(args, "department", u.Department);
        if (u.Budget is { } budget)
        {
            AddRange(args, "budget", budget, budget.InWan);
        }

        Set(args, "subject", u.Subject);
        if (u.Subject is not null && u.Threshold is { } threshold)
        {
            AddRange(args, "threshold", threshold, v => v, comparatorName: "comparator");
            Set(args, "unit", threshold.Unit);
        }

        Set(args, "deadlineFrom", u.Deadline?.From is { } from ? DateReader.Format(from) : null);
        Set(args, "deadlineTo", u.Deadline?.To is { } to ? DateReader.Format(to) : null);
        Set(args, "hasCategory", u.HasCategory);
        Set(args, "lacksCategory", u.LacksCategory);
        Set(args, "topic", u.Topic);
        Set(args, "within", u.Within is { Count: > 0 } within ? string.Join('|', within) : null);
        if (withOrdering)
        {
            Set(args, "sort", u.Sort switch
            {
                ProjectSort.BudgetDescending => "budget_desc",
                ProjectSort.BudgetAscending => "budget_asc",
                _ => null,
            });
            if (u.Top is { } top)
            {
                args["top"] = top;
            }
        }

        return args;
    }

    /// <summary>The symbol a plugin reads for a comparator.</summary>
    public static string Symbol(Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => "≥",
        Comparator.LessOrEqual or Comparator.Before => "≤",
        Comparator.Greater => ">",
        Comparator.Less => "<",
        _ => "=",
    };

    private static void AddRange(KernelArguments args, string name, Quantity quantity, Func<decimal, decimal> convert, string? comparatorName = null)
    {
        var comparator = comparatorName ?? name + "Comparator";
        if (quantity.Upper is { } upper)
        {
            args[comparator] = "between";
            args[name] = convert(quantity.Value);
            args[name + "Upper"] = convert(upper);
            return;
        }

        args[comparator] = Symbol(quantity.Comparator ?? Comparator.GreaterOrEqual);
        args[name] = convert(quantity.Value);
    }

    private static void Set(KernelArguments args, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            args[name] = value;
        }
    }
}
