namespace Assistant.Plugins.Drafting;

/// <summary>One row of a drafted table.</summary>
/// <param name="Level1">一级指标.</param>
/// <param name="Level2">二级指标.</param>
/// <param name="Level3">三级指标.</param>
/// <param name="Description">绩效指标描述.</param>
/// <param name="Value">指标值.</param>
/// <param name="Source">Where the row came from: a past project's name, or how it was derived (预算数, 预算年度, 满意度常用值).</param>
/// <param name="Origin">For a borrowed row: the source file and line, why that project was chosen, and any scaling worked out.</param>
public sealed record DraftIndicator(string Level1, string Level2, string Level3, string Description, string Value, string Source, string? Origin = null);
