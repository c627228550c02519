using System.Globalization;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>Describes a filter in Chinese, for answers and for a model to read back.</summary>
public static class CriteriaText
{
    /// <summary>E.g. <c>部门=天津市科学技术信息研究所；满意度 ≥95%</c>; <c>全部项目</c> when empty.</summary>
    /// <param name="filter">The conditions.</param>
    /// <param name="sort">The order, if any.</param>
    /// <param name="top">The first N, if any.</param>
    /// <param name="by">The money field a money order ranks by, when it is named (not the figure's field).</param>
    public static string Describe(ProjectFilter filter, ProjectSort sort = ProjectSort.Default, int? top = null, MoneyField? by = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<string>();
        if (filter.Department is { } d)
        {
            parts.Add($"部门={d}");
        }

        if (filter.AnyOf is { Count: > 0 } branches)
        {
            parts.Add(string.Join("或", branches.Select(b => $"（{Describe(b)}）")));
        }

        if (filter.Within is { Count: > 0 } within)
        {
            parts.Add(within.Count == 1 ? $"项目={within.First()}" : $"限于指定的 {within.Count} 个项目");
        }

        if (filter.Departments is { Count: > 0 } anyOf)
        {
            parts.Add($"部门={string.Join("或", anyOf)}");
        }

        if (filter.ExceptDepartments is { Count: > 0 } noneOf)
        {
            parts.Add($"部门不是{string.Join("、", noneOf)}");
        }

        if (filter.Budget is { } b)
        {
            parts.Add($"{MoneyFields.Label(filter.BudgetField)} {b.Describe("万元")}");
        }

        AddText(parts, "名称含", filter.NameContains);
        AddText(parts, "名称不含", filter.NameLacks);
        AddText(parts, "名称以…开头：", filter.NameStartsWith);
        AddText(parts, "名称以…结尾：", filter.NameEndsWith);
        AddText(parts, "绩效目标含", filter.GoalsContain);
        AddText(parts, "资金用途含", filter.UsageContains);
        AddText(parts, "表中任意位置含", filter.TextContains);
        if (filter.RowCount is { } rows)
        {
            parts.Add($"指标条数 {rows.Describe("条")}");
        }

        if (filter.HasCategories is { Count: > 0 } all)
        {
            parts.Add($"同时设有{string.Join("和", all)}");
        }

        if (filter.VersusAverage is { } versus)
        {
            // 预算高于平均值的信息所项目: the average of the projects the other conditions select, said so (not all 95).
            var among = filter with { VersusAverage = null, BudgetField = MoneyField.Budget } != new ProjectFilter() ? "（平均按满足其余条件的项目计）" : string.Empty;
            parts.Add($"{MoneyFields.Label(filter.BudgetField)}{(versus is Comparator.Greater or Comparator.GreaterOrEqual ? "高于" : "低于")}平均{among}");
        }

        if (filter.Rows is { } form)
        {
            parts.Add(RowText(form));
        }

        if (filter.FailsRule is { } rule)
        {
            parts.Add($"触发审核规则 {rule}{(filter.FailsRuleSeverity is { } severity ? $"（{severity.ToString().ToLowerInvariant()}）" : string.Empty)}");
        }

        if (filter.Except is { Count: > 0 } except)
        {
            parts.Add($"去掉{string.Join("、", except)}");
        }

        if (filter.Subject is { } s)
        {
            parts.Add(filter.Threshold is { } t ? $"{s} {t.Describe(filter.ThresholdUnit)}" : $"设有「{s}」指标");
        }

        if (filter.Deadline is { } dl)
        {
            parts.Add($"完成时限 {(dl.From is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "…")}–{(dl.To is { } to ? to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "…")}");
        }

        if (filter.HasCategory is { } h)
        {
            parts.Add(filter.CategoryRows is { } count ? $"{h}条数 {count.Describe("条")}" : $"设有{h}");
        }

        if (filter.LacksCategory is { } l)
        {
            parts.Add($"缺少{l}");
        }

        if (filter.LacksCategories is { Count: > 0 } none)
        {
            parts.Add($"{string.Join("和", none)}都没有");
        }

        if (filter.Topic is { } topic)
        {
            parts.Add($"与「{topic}」相关");
        }

        if (sort != ProjectSort.Default)
        {
            parts.Add(Order(sort, by));
        }

        if (top is { } n)
        {
            parts.Add($"前{n}个");
        }

        return parts.Count == 0 ? "全部项目" : string.Join("；", parts);
    }

    /// <summary>An order in words: 按金额从高到低 (按预算数从高到低 when <paramref name="by"/> names the field), 按指标条数从多到少 ….</summary>
    public static string Order(ProjectSort sort, MoneyField? by = null) => sort switch
    {
        ProjectSort.BudgetDescending => $"按{(by is { } f ? MoneyFields.Label(f) : "金额")}从高到低",
        ProjectSort.BudgetAscending => $"按{(by is { } f ? MoneyFields.Label(f) : "金额")}从低到高",
        ProjectSort.RowsDescending => "按指标条数从多到少",
        ProjectSort.RowsAscending => "按指标条数从少到多",
        ProjectSort.TargetDescending => "按指标目标值从高到低",
        ProjectSort.TargetAscending => "按指标目标值从低到高",
        ProjectSort.DeadlineLatest => "按完成期限从晚到早",
        ProjectSort.DeadlineEarliest => "按完成期限从早到晚",
        _ => "按表格顺序",
    };

    private static string RowText(RowForm rows)
    {
        var how = new List<string>();
        if (rows.Kind is { } kind)
        {
            how.Add($"写成{kind switch { Retrieval.Normalisation.TargetKind.Money => "金额", Retrieval.Normalisation.TargetKind.Deadline => "日期", Retrieval.Normalisation.TargetKind.Percent => "百分比", var k => k.ToString() }}");
        }

        if (rows.Written is { } written)
        {
            how.Add($"写有“{written}”");
        }

        if (rows.Named is { } named)
        {
            how.Add($"名称含“{named}”");
        }

        if (rows.NotWritten is { } lacking)
        {
            how.Add($"没有用“{lacking}”");
        }

        if (rows.Exactly is { } exactly)
        {
            how.Add($"恰为“{exactly}”");
        }

        if (rows.Unit is { } unit)
        {
            how.Add($"单位为“{unit}”");
        }

        if (rows.YearMissing)
        {
            how.Add("没写年份");
        }

        return $"{rows.Category ?? "指标"}{string.Join("、", how)}";
    }

    private static void AddText(List<string> parts, string label, string? text)
    {
        if (text is not null)
        {
            parts.Add($"{label}“{text}”");
        }
    }
}
