using Assistant.Plugins.Validation;
using Assistant.Plugins.Validation.Rules;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Tests.Validation;

public sealed class RuleTests
{
    public static TheoryData<string, Func<Project>, string?, Severity?> Cases => new()
    {
        // rule, table, the 三级指标 the finding names (null: table-level), severity (null: no finding).
        { "R01", Tables.Good, null, null },
        { "R01", () => Tables.Make(Tables.GoodRows, total: 230m, fiscal: 200m, other: 20m), null, Severity.Error },
        { "R02", Tables.Good, null, null },
        { "R02", () => Tables.Make(Tables.GoodRows.Where(r => r.L1 != "满意度指标")), null, Severity.Error },
        { "R03", Tables.Good, null, null },
        { "R03", () => Tables.Without("质量指标"), null, Severity.Error },
        { "R03", () => Tables.Make(Tables.GoodRows.Select(r => r.L2 == "成本指标" ? r with { L1 = "成本指标" } : r)), null, null },
        { "R04", Tables.Good, null, null },
        { "R04", () => Tables.Replace("财政预算支出", "≤250万元"), "财政预算支出", Severity.Error },
        { "R04", () => Tables.With(("产出指标", "成本指标", "专家劳务费", "≤10万元")), "财政预算支出", Severity.Error },
        { "R04", () => Tables.Replace("财政预算支出", "≥230万元"), "财政预算支出", Severity.Warning },
        { "R04", () => Tables.With(("产出指标", "成本指标", "人均资助", "≤3万元/人")), "人均资助", Severity.Info },
        { "R05", Tables.Good, null, null },
        { "R05", () => Tables.Replace("工作完成时效", "≤122025年12月"), "工作完成时效", Severity.Error },
        { "R06", Tables.Good, null, null },
        { "R06", () => Tables.Replace("流程合规率", "≥100%"), "流程合规率", Severity.Warning },
        { "R06", () => Tables.Replace("流程合规率", "120%"), "流程合规率", Severity.Error },
        { "R07", Tables.Good, null, null },
        { "R07", () => Tables.Replace("工作完成时效", "2026年3月底前"), "工作完成时效", Severity.Info },
        { "R08", Tables.Good, null, null },
        { "R08", () => Tables.Replace("用户满意度", "≤2次"), "用户满意度", Severity.Warning },
        { "R09", Tables.Good, null, null },
        { "R09", () => Tables.With(("产出指标", "数量指标", "支撑项目评审数量", "≥100项")), "支撑项目评审数量", Severity.Warning },
        { "R10", Tables.Good, null, null },
        { "R10", () => Tables.Replace("支撑项目评审数量", "按时完成各项工作"), "支撑项目评审数量", Severity.Warning },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_PassingAndFailingTables_FindExactlyWhatIsWrong(string rule, Func<Project> table, string? level3, Severity? severity)
    {
        var findings = new TableValidator().Validate(table()).Where(f => f.Rule == rule).ToList();

        if (severity is null)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(level3, finding.Level3);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.Equal("test.txt", finding.Source.File);
    }

    [Fact]
    public void Validate_GoodTable_HasNoFindingsAtAll()
    {
        Assert.Empty(new TableValidator().Validate(Tables.Good()));
    }

    [Fact]
    public void R04_CostOverBudget_MessageStatesBothAmounts()
    {
        var finding = new R04CostWithinBudget().Check(Tables.Replace("财政预算支出", "≤250万元")).Single();

        Assert.Contains("250", finding.Message, StringComparison.Ordinal);
        Assert.Contains("230", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardRules_HaveStableUniqueIds()
    {
        Assert.Equal(["R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10"], TableValidator.StandardRules.Select(r => r.Id));
    }
}
