namespace Assistant.Plugins.Drafting;

/// <summary>The framework rows a draft keeps where no similar project gives a row: 【请填写】 with a suggested form.</summary>
public sealed partial class DraftingPlugin
{
    private const string FrameworkSource = "框架行";

    // One placeholder for each part a table must have (R02, R03); a 数量 or 质量 row a clerk must still write.
    private static readonly DraftIndicator[] Framework =
    [
        new("产出指标", "数量指标", "【请填写：主要工作量，如活动场次、服务企业数】", "项目完成的主要工作量", "【请填写数值，如≥10场】", FrameworkSource),
        new("产出指标", "质量指标", "【请填写：质量要求，如验收通过率、合规率】", "项目产出达到的质量标准", "【请填写数值，如≥95%】", FrameworkSource),
        new("效益指标", "社会效益指标", "【请填写：项目带来的社会效益】", "项目实施取得的社会效益", "【请填写】", FrameworkSource),
    ];

    /// <summary>The framework rows for the parts <paramref name="rows"/> leave empty.</summary>
    private static IEnumerable<DraftIndicator> MissingParts(IReadOnlyCollection<DraftIndicator> rows) =>
        Framework.Where(f => !rows.Any(r => f.Level1 == "效益指标" ? r.Level1 == f.Level1 : r.Level2 == f.Level2)).ToList();
}
