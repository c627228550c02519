using System.ComponentModel;
using Assistant.Plugins.Results;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Queries;

/// <summary>Finds projects by department, budget, indicator targets, deadlines, categories and topic.</summary>
public sealed class ProjectQueryPlugin(ProjectQueryEngine engine)
{
    /// <summary>Finds the projects satisfying every given condition.</summary>
    [KernelFunction("find_projects")]
    [Description("按条件查找项目（所有给出的条件同时满足），返回项目及证明其满足条件的指标行。Find projects meeting every given " +
                 "condition; returns each project with the indicator rows (or budget) proving it. Money is in 万元 (10,000 CNY); " +
                 "percentages are numbers such as 95 for 95%.")]
    public ProjectQueryResult FindProjects(
        [Description("部门全称或简称，如 天津市科学技术信息研究所、信息所、战略院 / department, full or short name")] string? department = null,
        [Description("预算比较符 / budget comparator: ≥ > ≤ < = between")] string? budgetComparator = null,
        [Description("预算数，万元 / budget in 万元, e.g. 1000")] decimal? budget = null,
        [Description("between 的上限，万元 / upper budget for between")] decimal? budgetUpper = null,
        [Description("指标主题，如 满意度、专家库人数、技术合同成交额、成本指标 / indicator subject")] string? subject = null,
        [Description("指标目标值比较符 / comparator on the subject's target value: ≥ > ≤ < = between")] string? comparator = null,
        [Description("指标目标阈值，如 95（表示95%）、2000（配合 unit=亿元）/ threshold number")] decimal? threshold = null,
        [Description("between 的上限 / upper threshold for between")] decimal? thresholdUpper = null,
        [Description("阈值单位：%、万元、亿元、人、项…… / threshold unit")] string? unit = null,
        [Description("完成时限不早于，yyyy-MM-dd / deadline on or after")] string? deadlineFrom = null,
        [Description("完成时限不晚于，yyyy-MM-dd，如 2025-10-31 / deadline on or before")] string? deadlineTo = null,
        [Description("必须设有的指标类别，如 经济效益指标 / category the project must have")] string? hasCategory = null,
        [Description("必须缺少的指标类别，如 质量指标 / category the project must lack")] string? lacksCategory = null,
        [Description("主题关键词，如 人工智能、天开园 / free-text topic")] string? topic = null,
        [Description("只在这些项目中查找（上一轮结果），项目名称用 | 分隔 / only among these project names, separated by |")] string? within = null,
        [Description("排序：budget_desc 预算从高到低，budget_asc 从低到高 / sort order")] string? sort = null,
        [Description("只返回前 N 个 / return only the first N")] int? top = null)
    {
        var filter = FilterArguments.Build(engine, department, budgetComparator, budget, budgetUpper, subject, comparator,
            threshold, thresholdUpper, unit, deadlineFrom, deadlineTo, hasCategory, lacksCategory, topic, within);
        var order = ParseSort(sort);
        var matches = engine.Filter(filter, order);
        var shown = top is > 0 ? matches.Take(top.Value) : matches;
        return new ProjectQueryResult(
            CriteriaText.Describe(filter, order, top is > 0 ? top : null),
            matches.Count,
            shown.Select(m => ProjectSummary.Of(m.Project, m.Evidence)).ToList());
    }

    /// <summary>Answers a typed query: the one entry point the offline understanding and a model share.</summary>
    [KernelFunction("query")]
    [Description("回答一个结构化查询：按条件筛选项目（filter 中所有条件同时满足），可排序、取前 N 个或第 N 个，再计算 ask 指定的结果" +
                 "（清单、个数、金额合计/平均/最大/最小、指标条数）。每个数字都由程序从表格计算并附出处。金额单位万元；百分比写 95 表示 95%。" +
                 " Answer a structured query: filter projects (all conditions hold), optionally order them and keep the first N or the N-th, " +
                 "then compute what `ask` names (list, count, sum/average/max/min of a money field, indicator rows). Money in 万元.")]
    public QueryResult Query([Description("结构化查询 / the typed query")] ProjectQuery query) => engine.Execute(query);

    /// <summary>Reads a sort argument.</summary>
    public static ProjectSort ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        null or "" or "default" => ProjectSort.Default,
        "budget_desc" or "budget desc" or "预算从高到低" => ProjectSort.BudgetDescending,
        "budget_asc" or "budget asc" or "预算从低到高" => ProjectSort.BudgetAscending,
        "rows_desc" => ProjectSort.RowsDescending,
        "rows_asc" => ProjectSort.RowsAscending,
        var other => throw new ArgumentException($"sort: unknown order 「{other}」; use budget_desc or budget_asc", nameof(sort)),
    };
}
