using Assistant.Plugins.Results;

namespace Assistant.Plugins.Comparison;

/// <summary>One indicator row compared across two years of the same project.</summary>
/// <param name="Level3">The 三级指标 the rows share (or the one row's, when added or dropped).</param>
/// <param name="Change">What happened: 提高, 降低, 提前, 推迟, 改写, 不变, 新增, 删除.</param>
/// <param name="Previous">The previous year's row, null when the row is new.</param>
/// <param name="Current">This year's row, null when the row was dropped.</param>
public sealed record RowChange(string Level3, string Change, Citation? Previous, Citation? Current);
