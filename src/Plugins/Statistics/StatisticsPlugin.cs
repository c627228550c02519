using System.ComponentModel;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Results;
using Assistant.Retrieval.Corpus;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Statistics;

/// <summary>Counts projects and sums budgets, over the whole corpus or any filter.</summary>
public sealed class StatisticsPlugin(ProjectQueryEngine engine)
{
    /// <summary>Counts the projects a filter selects and sums their budgets.</summary>
    [KernelFunction("project_statistics")]
    [Description("统计项目个数和预算合计（万元），可按部门等条件筛选，并给出各部门小计。Count projects and sum their budgets " +
                 "(万元, 10,000 CNY) over the whole corpus or the projects meeting every given condition; with per-department subtotals.")]
    public StatisticsResult Summarise(
        [Description("部门全称或简称，如 战略院 / department, full or short name")] string? department = null,
        [Description("预算比较符 / budget comparator: ≥ > ≤ < = between")] string? budgetComparator = null,
        [Description("预算数，万元 / budget in 万元")] decimal? budget = null,
        [Description("between 的上限，万元 / upper budget for between")] decimal? budgetUpper = null,
        [Description("指标主题，如 满意度 / indicator subject")] string? subject = null,
        [Description("指标目标值比较符 / comparator on the subject's target")] string? comparator = null,
        [Description("指标目标阈值 / threshold number")] decimal? threshold = null,
        [Description("阈值单位：%、万元、亿元…… / threshold unit")] string? unit = null,
        [Description("必须设有的指标类别 / category the project must have")] string? hasCategory = null,
        [Description("必须缺少的指标类别 / category the project must lack")] string? lacksCategory = null,
        [Description("主题关键词 / free-text topic")] string? topic = null,
        [Description("完成时限不早于，yyyy-MM-dd / deadline on or after")] string? deadlineFrom = null,
        [Description("完成时限不晚于，yyyy-MM-dd / deadline on or before")] string? deadlineTo = null,
        [Description("只在这些项目中统计，项目名称用 | 分隔 / only among these project names, separated by |")] string? within = null)
    {
        var filter = FilterArguments.Build(engine, department, budgetComparator, budget, budgetUpper, subject, comparator,
            threshold, null, unit, deadlineFrom, deadlineTo, hasCategory, lacksCategory, topic, within);
        return Summarise(filter);
    }

    /// <summary>Counts and sums over <paramref name="filter"/>.</summary>
    public StatisticsResult Summarise(ProjectFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var projects = engine.Filter(filter).Select(m => m.Project).ToList();
        var statistics = CorpusStatistics.Compute(projects);
        return new StatisticsResult(CriteriaText.Describe(filter), statistics.Projects, statistics.Budget,
            statistics.Departments, projects.Select(Citation.OfBudget).ToList());
    }
}
