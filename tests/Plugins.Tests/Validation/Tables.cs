using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Tests.Validation;

/// <summary>Builds target tables for rule tests: a table that passes every rule, and variations of it.</summary>
internal static class Tables
{
    public static (string L1, string L2, string L3, string Value)[] GoodRows =>
    [
        ("产出指标", "数量指标", "支撑项目评审数量", "≥2000项"),
        ("产出指标", "质量指标", "流程合规率", "100%"),
        ("产出指标", "时效指标", "工作完成时效", "2025年12月31日前完成"),
        ("产出指标", "成本指标", "财政预算支出", "≤230万元"),
        ("效益指标", "社会效益指标", "提高信息化水平", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥95%"),
    ];

    public static Project Good() => Make(GoodRows);

    public static Project Make(IEnumerable<(string L1, string L2, string L3, string Value)> rows, decimal total = 230m, decimal fiscal = 230m, decimal other = 0m)
    {
        var indicators = rows.Select((r, n) => new Indicator(r.L1, r.L2, r.L3, r.L3, r.Value, TargetNormaliser.Normalise(r.Value, 2025), 10 + (n * 6))).ToList();
        return new Project(1, "测试项目", "测试部门", "000000", new Budget(total, fiscal, other), "用途", "目标", 2025,
            new SourceLocation("test.txt", 1), indicators);
    }

    public static Project Replace(string level3, string value) =>
        Make(GoodRows.Select(r => r.L3 == level3 ? r with { Value = value } : r));

    public static Project Without(string level2) => Make(GoodRows.Where(r => r.L2 != level2));

    public static Project With(params (string L1, string L2, string L3, string Value)[] extra) => Make(GoodRows.Concat(extra));
}
