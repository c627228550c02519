using Assistant.Plugins.Validation;

namespace Assistant.Plugins.Tests.Validation;

public sealed class ValidationPluginTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private readonly ValidationPlugin _plugin = corpus.Get<ValidationPlugin>();

    [Fact]
    public void ValidateCorpus_CostOverBudget_IsExactlyTheTwoKnownProjects()
    {
        var report = _plugin.ValidateCorpus("R04");

        var errors = report.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Project).Order();
        Assert.Equal(["天津科技会展服务", "市科技局营商环境建设支撑服务"], errors);
    }

    [Fact]
    public void ValidateCorpus_ReportsTheKnownProblems()
    {
        var findings = _plugin.ValidateCorpus().Findings;

        Assert.Contains(findings, f => f is { Rule: "R03", Project: "2025年度天开园重点企业服务项目" } && f.Message.Contains("质量指标", StringComparison.Ordinal));
        Assert.Contains(findings, f => f is { Rule: "R05", Project: "天津市外国专家项目资助经费", Value: "≤122025年12月" });
        Assert.Contains(findings, f => f is { Rule: "R08", Project: "天津市大学生创新方法大赛" });
    }

    [Fact]
    public void ValidateProjects_NamedTables_AreTheOnlyOnesChecked()
    {
        string[] names = ["天津科技会展服务", "2025年度天开园重点企业服务项目", "技术市场服务"];

        var report = _plugin.ValidateProjects(names);

        Assert.Equal(3, report.Tables);
        Assert.All(report.Findings, f => Assert.Contains(f.Project, names));
        Assert.Contains(report.Findings, f => f is { Rule: "R04", Project: "天津科技会展服务", Severity: Severity.Error });
        Assert.Contains(report.Findings, f => f is { Rule: "R03", Project: "2025年度天开园重点企业服务项目" });
    }

    [Fact]
    public void ValidateProjects_OneRule_KeepsItsFindingsOnly()
    {
        var report = _plugin.ValidateProjects(["天津科技会展服务", "2025年度天开园重点企业服务项目"], rule: "r04");

        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.Equal("R04", f.Rule));
    }

    [Theory]
    [InlineData("量子信息重大专项", null, "names")]     // no such table: said, never an empty report
    [InlineData("技术市场服务", 2024, "names")]         // not in a year the corpus holds
    public void ValidateProjects_NameNotHeld_IsAnErrorNamingTheArgument(string name, int? year, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => _plugin.ValidateProjects([name], year));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateProject_CostRowsEqualToBudget_HasNoCostFinding()
    {
        // 科技管理信息系统升级开发与技术支持服务: budget 230.00, cost row ≤230万元.
        var report = _plugin.ValidateProject("科技管理信息系统升级开发与技术支持服务");

        Assert.DoesNotContain(report.Findings, f => f.Rule == "R04");
        Assert.Equal(1, report.Tables);
    }

    [Fact]
    public void ValidateProject_Unknown_NamesTheParameter()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => _plugin.ValidateProject("没有这个项目xyz")).ParamName);
    }

    [Fact]
    public void ValidateCorpus_UnknownRule_ListsTheRules()
    {
        Assert.Contains("R10", Assert.Throws<ArgumentException>(() => _plugin.ValidateCorpus("R99")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateTable_PastedTabSeparatedRows_ReadsAndChecks()
    {
        var pasted = string.Join('\n',
            "331201天津市科学技术信息研究所\t单位：万元",
            "项目名称\t粘贴测试项目",
            "预算规模及资金用途\t预算数\t50.00\t其中：财政资金\t50.00\t其他资金\t",
            "\t会议服务",
            "绩效目标\t完成会议服务",
            "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值",
            "产出指标\t数量指标\t会议场次\t会议场次\t≥10场",
            "\t质量指标\t会议保障率\t会议保障率\t100%",
            "\t时效指标\t完成时间\t完成时间\t2025年12月31日前",
            "\t成本指标\t会议成本\t会议成本\t≤60万元",
            "效益指标\t社会效益指标\t服务水平\t服务水平\t明显提升",
            "满意度指标\t服务对象满意度指标\t参会满意度\t参会满意度\t≥95%");

        var report = _plugin.ValidateTable(pasted);

        Assert.Empty(report.ParseErrors);
        Assert.Equal(1, report.Tables);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("R04", "会议成本"), (finding.Rule, finding.Level3));
    }

    [Fact]
    public void ValidateTable_Garbage_ReportsParseErrorsNotFindings()
    {
        var report = _plugin.ValidateTable("这不是一张表");

        Assert.NotEmpty(report.ParseErrors);
        Assert.False(report.Passes);
    }
}
