using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Queries;

/// <summary>
/// The query plugin: one kernel function taking the typed <see cref="ProjectQuery"/>, a thin adapter over
/// <see cref="ProjectQueryEngine.Execute"/>. A model sends the query as JSON matching its schema; the offline
/// understanding builds the same record.
/// </summary>
public sealed class ProjectQueryPlugin(ProjectQueryEngine engine)
{
    /// <summary>Answers a typed query: the one entry point the offline understanding and a model share.</summary>
    [KernelFunction("query")]
    [Description("回答一个结构化查询：按条件筛选项目（filter 中所有条件同时满足），可排序、取前 N 个或第 N 个，再计算 ask 指定的结果" +
                 "（清单、个数、金额合计/平均/最大/最小、指标条数）。每个数字都由程序从表格计算并附出处。金额单位万元；百分比写 95 表示 95%。" +
                 " Answer a structured query: filter projects (all conditions hold), optionally order them and keep the first N or the N-th, " +
                 "then compute what `ask` names (list, count, sum/average/max/min of a money field, indicator rows). Money in 万元.")]
    public QueryResult Query([Description("结构化查询 / the typed query")] ProjectQuery query) => engine.Execute(query);
}
