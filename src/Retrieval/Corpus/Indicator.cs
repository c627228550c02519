using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Corpus;

/// <summary>One row of a target table's indicator section.</summary>
/// <param name="Level1">一级指标 (产出指标, 效益指标, 满意度指标); filled down where the source cell was empty.</param>
/// <param name="Level2">二级指标 (数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标, …).</param>
/// <param name="Level3">三级指标: the indicator's name.</param>
/// <param name="Description">绩效指标描述.</param>
/// <param name="Value">指标值 exactly as written, trailing spaces included.</param>
/// <param name="Target">The value read as a typed target.</param>
/// <param name="Line">The 1-based source line where the row starts.</param>
public sealed record Indicator(
    string Level1,
    string Level2,
    string Level3,
    string Description,
    string Value,
    IndicatorTarget Target,
    int Line);
