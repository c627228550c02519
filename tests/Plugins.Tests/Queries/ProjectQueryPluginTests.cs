using Assistant.Plugins.Queries;

namespace Assistant.Plugins.Tests.Queries;

public sealed class ProjectQueryPluginTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private readonly ProjectQueryPlugin _plugin = corpus.Get<ProjectQueryPlugin>();

    [Theory]
    [InlineData("≥", 95, 43)]
    [InlineData("≥", 99, 12)]
    [InlineData("<", 90, 10)]
    [InlineData(">", 99, 6)]
    public void FindProjects_SatisfactionThreshold_CountsProjectsExactly(string comparator, int threshold, int expected)
    {
        var result = _plugin.FindProjects(subject: "满意度", comparator: comparator, threshold: threshold, unit: "%");

        Assert.Equal(expected, result.Total);
        Assert.All(result.Projects, p => Assert.NotEmpty(p.Evidence));
    }

    [Fact]
    public void FindProjects_SatisfactionAtLeast95_CitesTheSatisfactionRow()
    {
        var result = _plugin.FindProjects(subject: "服务对象满意度", comparator: "不低于", threshold: 95);

        var project = result.Projects.Single(p => p.Name == "科技管理信息系统升级开发与技术支持服务");
        var citation = Assert.Single(project.Evidence);
        Assert.Equal(("技术支持用户满意度", "≥99%"), (citation.Indicator, citation.Value));
        Assert.True(citation.Source.Line > 1);
        Assert.DoesNotContain(result.Projects, p => p.Name == "天津市大学生创新方法大赛"); // its 满意度 row is "≤2次"
    }

    [Fact]
    public void FindProjects_BudgetOver1000_Finds11()
    {
        var result = _plugin.FindProjects(budgetComparator: ">", budget: 1000);

        Assert.Equal(11, result.Total);
        Assert.All(result.Projects, p => Assert.True(p.Budget > 1000m));
        Assert.DoesNotContain(result.Projects, p => p.Budget == 1000m);
    }

    [Fact]
    public void FindProjects_BudgetBetween100And500_IsInclusive()
    {
        var result = _plugin.FindProjects(budgetComparator: "between", budget: 500, budgetUpper: 100);

        Assert.Equal(21, result.Total);
        Assert.Contains(result.Projects, p => p.Budget == 100m);
        Assert.Contains(result.Projects, p => p.Budget == 500m);
    }

    [Theory]
    [InlineData("天津市科学技术信息研究所")]
    [InlineData("信息所")]
    [InlineData("信息研究所")]
    public void FindProjects_DepartmentByFullOrShortName_Finds12(string department)
    {
        var result = _plugin.FindProjects(department: department);

        Assert.Equal(12, result.Total);
        Assert.All(result.Projects, p => Assert.Equal("天津市科学技术信息研究所", p.Department));
    }

    [Fact]
    public void FindProjects_TopThreeByBudget_AreTheLargest()
    {
        var result = _plugin.FindProjects(sort: "budget_desc", top: 3);

        Assert.Equal(95, result.Total);
        Assert.Equal(
            ["天津市中央引导地方科技发展资金项目", "天津医学健康研究院项目（2024年建设资金）", "一般债券还息（地震模拟研究设施、设备购置、健研院、合成生物技创能力提升）"],
            result.Projects.Select(p => p.Name));
        Assert.Equal([5850m, 5360.77m, 5233.06m], result.Projects.Select(p => p.Budget));
    }

    [Fact]
    public void FindProjects_DeadlineByOctober31_FindsThree()
    {
        var result = _plugin.FindProjects(deadlineTo: "2025-10-31");

        Assert.Equal(["国家自然科学基金区域创新发展联合基金", "天津医学健康研究院项目（2024年建设资金）", "盘活天开园存量资产智能服务平台建设"],
            result.Projects.Select(p => p.Name).Order());
    }

    [Fact]
    public void FindProjects_ExpertPoolSubject_FindsTheThreeReviewProjects()
    {
        var result = _plugin.FindProjects(subject: "专家库人数");

        Assert.Equal(3, result.Total);
        Assert.All(result.Projects, p => Assert.Equal("≥8500人", Assert.Single(p.Evidence).Value));
    }

    [Fact]
    public void FindProjects_TechnologyContractsAtLeast2000Yi_ComparesInWan()
    {
        var result = _plugin.FindProjects(subject: "技术合同成交额", comparator: "≥", threshold: 2000, unit: "亿元");

        Assert.Equal(["促进科技成果转化后补助资金", "技术市场服务"], result.Projects.Select(p => p.Name).Order());
        Assert.Empty(_plugin.FindProjects(subject: "技术合同成交额", comparator: ">", threshold: 2000, unit: "亿元").Projects);
    }

    [Fact]
    public void FindProjects_HasEconomicBenefit_Finds11()
    {
        Assert.Equal(11, _plugin.FindProjects(hasCategory: "经济效益指标").Total);
    }

    [Fact]
    public void FindProjects_LacksQualityIndicator_FindsTheTianKaiService()
    {
        var result = _plugin.FindProjects(lacksCategory: "质量指标");

        Assert.Equal("2025年度天开园重点企业服务项目", Assert.Single(result.Projects).Name);
    }

    [Fact]
    public void FindProjects_TopicArtificialIntelligence_NamesFirst()
    {
        var result = _plugin.FindProjects(topic: "人工智能");

        Assert.Equal(["人工智能创新发展服务工作", "新一代人工智能重大专项"], result.Projects.Take(2).Select(p => p.Name).Order());
    }

    [Fact]
    public void FindProjects_TopicTianKaiPark_CoversEveryProjectNamedSo()
    {
        var names = _plugin.FindProjects(topic: "天开园").Projects.Select(p => p.Name).ToList();

        Assert.All(corpus.Get<ProjectQueryEngine>().Index.Projects.Where(p => p.Name.Contains("天开园", StringComparison.Ordinal)),
            p => Assert.Contains(p.Name, names));
    }

    [Fact]
    public void FindProjects_CombinedConditions_AllHold()
    {
        var result = _plugin.FindProjects(department: "资源配置与管理处", budgetComparator: ">", budget: 1000, subject: "满意度", comparator: "≥", threshold: 95);

        Assert.NotEmpty(result.Projects);
        Assert.All(result.Projects, p => Assert.True(p.Budget > 1000m));
        Assert.Contains("预算数 >1000万元", result.Criteria, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("不存在的部门", "department")]
    [InlineData("研究院", "department")]
    public void FindProjects_UnknownOrAmbiguousDepartment_NamesTheParameter(string department, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => _plugin.FindProjects(department: department));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void FindProjects_BadComparator_SaysWhichAreAccepted()
    {
        var ex = Assert.Throws<ArgumentException>(() => _plugin.FindProjects(subject: "满意度", comparator: "~", threshold: 9));

        Assert.Contains("≥", ex.Message, StringComparison.Ordinal);
    }
}
