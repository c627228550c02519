using System.Globalization;
using Assistant.Bot.Conversation;
using Assistant.Plugins.Queries;

namespace Assistant.Bot.Answers;

/// <summary>
/// How a question was read, in one plain Chinese line (按“2025年、部门=信息所、预算数&lt;20万元、统计项目数”理解): the
/// first line of every answer, so a clerk sees what the figure answers before copying it.
/// </summary>
public static class ReadingText
{
    /// <summary>The parts of a reading, in the order a clerk would say them: the year, the conditions, what is asked.</summary>
    public static IReadOnlyList<string> Parts(Understanding.Understanding u, int year)
    {
        ArgumentNullException.ThrowIfNull(u);
        return [$"{year}年", .. Conditions(u), Asked(u)];
    }

    /// <summary>The conditions a reading holds (部门=信息所, 预算数&lt;20万元 …), without the year or what is asked.</summary>
    public static IReadOnlyList<string> Conditions(Understanding.Understanding u)
    {
        ArgumentNullException.ThrowIfNull(u);
        var parts = new List<string>();
        if (u.Within is { Count: > 0 } within && !(within.Count == 1 && within[0] == u.Project))
        {
            // A few projects are named (A或B); a longer list is the previous answer's.
            parts.Add(u.WithinSaid is { } said ? $"{said}（{within.Count}个）中" : within.Count <= 3 ? $"项目={string.Join("或", within)}" : $"上一条回答的{within.Count}个项目");
        }

        // 预算最高的项目的满意度: the project the ranking found, with how it was found.
        Add(parts, "项目", u is { Project: { } named, WithinSaid: { } found, Within: null } ? $"{named}（{found}）" : u.Project);
        Add(parts, "部门", u.Department);
        if (u.Budget is { } b)
        {
            parts.Add(MoneyFields.Label(u.Conditions.BudgetField) + Condition(b, "万元"));
        }

        if (u.Subject is { } s)
        {
            parts.Add(u.Threshold is { } t ? $"指标“{s}”{Condition(t, string.Empty)}"
                : u.Conditions.Threshold is { } between ? $"指标“{s}”{between.Describe(u.Conditions.ThresholdUnit)}"
                : $"指标“{s}”");
        }

        if (u.Deadline is { } d)
        {
            parts.Add($"期限{d.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}至{d.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}");
        }

        // A count of a category's rows (社会效益指标有3条) is read with the category, as the answer states it.
        if (u.HasCategory is { } category && u.Conditions.CategoryRows is { } rows)
        {
            parts.Add($"{category}条数{rows.Describe("条")}");
        }
        else
        {
            Add(parts, "设有", u.HasCategory);
        }

        Add(parts, "缺少", u.LacksCategory);
        Add(parts, "涉及", u.Topic);
        Add(parts, "规则", u.Rule);
        // The typed conditions the slots above do not show (the money field of the budget condition is shown there).
        var others = u.Conditions with
        {
            BudgetField = u.Budget is null ? u.Conditions.BudgetField : MoneyField.Budget, CategoryRows = u.HasCategory is null ? u.Conditions.CategoryRows : null,
            Threshold = null, ThresholdUnit = null, // shown with the subject
        };
        if (others != new ProjectFilter())
        {
            parts.Add(CriteriaText.Describe(others));
        }

        // 预算高于平均值的信息所项目: whose average, said where the conditions are (信息所's, not all 95 tables'); the typed
        // conditions above say it themselves when another of them is there.
        if (u.Conditions.VersusAverage is not null && others with { VersusAverage = null, BudgetField = MoneyField.Budget } == new ProjectFilter() &&
            Understanding.QuestionParser.ToFilter(u) with { VersusAverage = null, BudgetField = MoneyField.Budget } != new ProjectFilter())
        {
            parts.Add("平均按满足其余条件的项目计");
        }

        if (u.Field != MoneyField.Budget)
        {
            parts.Add($"金额字段={MoneyFields.Label(u.Field)}");
        }

        if (u.ByDepartment)
        {
            parts.Add("按部门");
        }

        if (u.Nth is { } place)
        {
            parts.Add($"排第{place}");
        }
        if (u.Sort != ProjectSort.Default)
        {
            parts.Add(CriteriaText.Order(u.Sort, u.OrderField));
        }

        if (u.Top is { } top)
        {
            parts.Add($"前{top}个");
        }

        if (u.Ordinal is { } n)
        {
            parts.Add(n == Understanding.Understanding.LastOrdinal ? "最后一个" : $"第{n}个");
        }

        return parts;
    }

    /// <summary>The reading line: 按“…”理解。</summary>
    /// <param name="u">The reading.</param>
    /// <param name="year">The year it is answered in.</param>
    /// <param name="years">Every year held: named instead of one year when the reading asks for all of them.</param>
    public static string Line(Understanding.Understanding u, int year, IReadOnlyList<int>? years = null)
    {
        ArgumentNullException.ThrowIfNull(u);
        var corrected = u.Corrections.Count > 0 ? $"（{string.Join("、", u.Corrections.Select(c => c.StartsWith('「') ? "已将" + c : c))}）" : string.Empty;
        var parts = Parts(u, year).ToList();
        if (u.AllYears && years is { Count: > 0 })
        {
            parts[0] = $"{string.Join("、", years)}年（逐年）";
        }

        return $"按“{string.Join("、", parts)}”理解{corrected}。";
    }

    private static string Condition(Understanding.Quantity q, string defaultUnit) => q.Upper is { } upper
        ? $"在{Numbers.Format(q.Value)}～{Numbers.Format(upper)}{q.Unit ?? defaultUnit}之间"
        : $"{(q.NotEqual ? "≠" : Retrieval.Normalisation.ComparatorSymbol.Of(q.Effective))}{Numbers.Format(q.Value)}{q.Unit ?? defaultUnit}";

    private static void Add(List<string> parts, string label, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{label}={value}");
        }
    }

    private static string Asked(Understanding.Understanding u) => (u.Intent, u.Ask) switch
    {
        (Understanding.Intent.Figure, QueryAsk.Average) => $"求{MoneyFields.Label(u.Field)}平均值",
        (Understanding.Intent.Figure, QueryAsk.Max) => u.ByDepartment ? (u.ByProjectCount ? "找项目最多的部门" : "找合计最多的部门") : $"求{MoneyFields.Label(u.Field)}最大值",
        (Understanding.Intent.Figure, QueryAsk.Min) => u.ByDepartment ? (u.ByProjectCount ? "找项目最少的部门" : "找合计最少的部门") : $"求{MoneyFields.Label(u.Field)}最小值",
        (Understanding.Intent.Figure, QueryAsk.Rows) => $"数{u.RowsOf ?? "指标"}条数",
        (Understanding.Intent.Figure, QueryAsk.Excess) => "合计超出的金额",
        (Understanding.Intent.Sum, _) => $"合计{MoneyFields.Label(u.Field)}",
        (Understanding.Intent.Count, _) when u.CountsDepartments => "数部门个数",
        (Understanding.Intent.Validate, _) when u.ReviewSeverity is not null => "按审核规则检查（只看错误）",
        (Understanding.Intent.Draft, _) when u.DraftEdit is { } edit => edit.Action switch
        {
            "budget" => $"把草稿的预算改为{edit.Budget:0.##}万元",
            "department" => $"草稿的部门填为{edit.Department}",
            "remove" => $"删去草稿的{(edit.Row is { } r ? $"第{r}行" : $"“{edit.Indicator}”")}",
            "add" => $"在草稿中加“{edit.Indicator}”{edit.Value}",
            "review" => "按审核规则检查上一份草稿（不修改）",
            _ => $"把草稿的{(edit.Row is { } r ? $"第{r}行" : $"“{edit.Indicator}”")}改为{edit.Value}",
        },
        _ => Asked(u.Intent),
    };

    private static string Asked(Understanding.Intent intent) => intent switch
    {
        Understanding.Intent.Count => "统计项目数",
        Understanding.Intent.Sum => "合计预算数",
        Understanding.Intent.Figure => "计算数值",
        Understanding.Intent.List => "列出项目",
        Understanding.Intent.Lookup => "查看表格内容",
        Understanding.Intent.Norms => "查看常用指标值",
        Understanding.Intent.Validate => "按审核规则检查",
        Understanding.Intent.Draft => "起草目标表",
        Understanding.Intent.Compare => "与上一年的同一项目逐行比较",
        _ => "未确定要查什么",
    };
}
