using Assistant.Plugins.Hosting;
using Assistant.Plugins.Queries;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Tests.Queries;

/// <summary>
/// The query plugin as a model calls it: the typed query sent as JSON text through the kernel, converted by the
/// kernel to <see cref="ProjectQuery"/> and executed. Expected answers were worked out by hand from the tables.
/// </summary>
public sealed class ProjectQueryPluginTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private readonly Kernel _kernel = AssistantPlugins.CreateKernel(corpus.Services);

    [Theory]
    [InlineData("""{"Filter":{"Subject":"满意度","Threshold":{"Min":95},"ThresholdUnit":"%"},"Ask":"count"}""", 43)]
    [InlineData("""{"Filter":{"Subject":"满意度","Threshold":{"Min":99},"ThresholdUnit":"%"},"Ask":"count"}""", 12)]
    [InlineData("""{"Filter":{"Subject":"满意度","Threshold":{"Max":90,"MaxInclusive":false},"ThresholdUnit":"%"},"Ask":"count"}""", 10)]
    [InlineData("""{"Filter":{"Subject":"满意度","Threshold":{"Min":99,"MinInclusive":false},"ThresholdUnit":"%"},"Ask":"count"}""", 6)]
    [InlineData("""{"Filter":{"Budget":{"Min":1000,"MinInclusive":false}},"Ask":"count"}""", 11)]
    [InlineData("""{"Filter":{"Budget":{"Min":100,"Max":500}},"Ask":"count"}""", 21)]
    [InlineData("""{"Filter":{"Subject":"专家库人数"},"Ask":"count"}""", 3)]
    [InlineData("""{"Filter":{"HasCategory":"经济效益指标"},"Ask":"count"}""", 11)]
    [InlineData("""{"Filter":{"Department":"战略院"},"Ask":"count"}""", 11)]
    [InlineData("""{"Ask":"count"}""", 95)]
    public async Task Query_ModelJsonCount_CountsProjectsExactly(string json, int expected)
    {
        var result = await QueryAsync(json);

        Assert.Equal(expected, result.Value);
        Assert.Equal("个", result.Unit);
        Assert.Equal(expected, result.Total);
        Assert.All(result.Projects, p => Assert.NotEmpty(p.Evidence));
    }

    [Theory]
    [InlineData("天津市科学技术信息研究所", 12, 1025)]
    [InlineData("信息所", 12, 1025)]
    [InlineData("信息研究所", 12, 1025)]
    [InlineData("战略院", 11, 278)]
    [InlineData("健研院", 2, 5860.77)]
    public async Task Query_DepartmentByFullOrShortName_SumsItsBudgets(string department, int count, double total)
    {
        var result = await QueryAsync($$"""{"Filter":{"Department":"{{department}}"},"Ask":"sum"}""");

        Assert.Equal((decimal)total, result.Value);
        Assert.Equal(count, result.Total);
        Assert.All(result.Projects, p => Assert.Equal(result.Projects[0].Department, p.Department));
        Assert.All(result.Projects.SelectMany(p => p.Evidence), c => Assert.Equal("预算数", c.Indicator));
    }

    [Fact]
    public async Task Query_WholeCorpusSum_Gives43913Point51OverFourDepartments()
    {
        var result = await QueryAsync("""{"Ask":"sum"}""");

        Assert.Equal(43913.51m, result.Value);
        Assert.Equal(95, result.Projects.Count);
        Assert.Equal(4, result.Departments.Count);
        Assert.Equal(2025, result.Year);
    }

    [Fact]
    public async Task Query_SatisfactionAtLeast95_CitesTheSatisfactionRow()
    {
        var result = await QueryAsync("""{"Filter":{"Subject":"服务对象满意度","Threshold":{"Min":95}}}""");

        var project = result.Projects.Single(p => p.Name == "科技管理信息系统升级开发与技术支持服务");
        var citation = Assert.Single(project.Evidence);
        Assert.Equal(("技术支持用户满意度", "≥99%"), (citation.Indicator, citation.Value));
        Assert.True(citation.Source.Line > 1);
        Assert.DoesNotContain(result.Projects, p => p.Name == "天津市大学生创新方法大赛"); // its 满意度 row is "≤2次"
    }

    [Fact]
    public async Task Query_BudgetOver1000_ExcludesTheBound()
    {
        var result = await QueryAsync("""{"Filter":{"Budget":{"Min":1000,"MinInclusive":false}}}""");

        Assert.All(result.Projects, p => Assert.True(p.Budget > 1000m));
        Assert.Contains("预算数 >1000万元", result.Criteria, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_BudgetBetween100And500_IsInclusive()
    {
        var result = await QueryAsync("""{"Filter":{"Budget":{"Min":100,"Max":500}}}""");

        Assert.Contains(result.Projects, p => p.Budget == 100m);
        Assert.Contains(result.Projects, p => p.Budget == 500m);
    }

    [Fact]
    public async Task Query_TopThreeByBudget_AreTheLargest()
    {
        var result = await QueryAsync("""{"Sort":"money_desc","Top":3}""");

        Assert.Equal(95, result.Total);
        Assert.Equal(
            ["天津市中央引导地方科技发展资金项目", "天津医学健康研究院项目（2024年建设资金）", "一般债券还息（地震模拟研究设施、设备购置、健研院、合成生物技创能力提升）"],
            result.Projects.Select(p => p.Name));
        Assert.Equal([5850m, 5360.77m, 5233.06m], result.Projects.Select(p => p.Budget));
    }

    [Fact]
    public async Task Query_DeadlineByOctober31_FindsThree()
    {
        var result = await QueryAsync("""{"Filter":{"Deadline":{"To":"2025-10-31"}}}""");

        Assert.Equal(["国家自然科学基金区域创新发展联合基金", "天津医学健康研究院项目（2024年建设资金）", "盘活天开园存量资产智能服务平台建设"],
            result.Projects.Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Query_ExpertPoolSubject_CitesEachProjectsRow()
    {
        var result = await QueryAsync("""{"Filter":{"Subject":"专家库人数"}}""");

        Assert.All(result.Projects, p => Assert.Equal("≥8500人", Assert.Single(p.Evidence).Value));
    }

    [Fact]
    public async Task Query_TechnologyContractsAtLeast2000Yi_ComparesInWan()
    {
        var atLeast = await QueryAsync("""{"Filter":{"Subject":"技术合同成交额","Threshold":{"Min":2000},"ThresholdUnit":"亿元"}}""");
        var over = await QueryAsync("""{"Filter":{"Subject":"技术合同成交额","Threshold":{"Min":2000,"MinInclusive":false},"ThresholdUnit":"亿"}}""");

        Assert.Equal(["促进科技成果转化后补助资金", "技术市场服务"], atLeast.Projects.Select(p => p.Name).Order());
        Assert.Empty(over.Projects);
    }

    [Fact]
    public async Task Query_LacksQualityIndicator_FindsTheTianKaiService()
    {
        var result = await QueryAsync("""{"Filter":{"LacksCategory":"质量指标"}}""");

        Assert.Equal("2025年度天开园重点企业服务项目", Assert.Single(result.Projects).Name);
    }

    [Fact]
    public async Task Query_TopicArtificialIntelligence_NamesFirst()
    {
        var result = await QueryAsync("""{"Filter":{"Topic":"人工智能"}}""");

        Assert.Equal(["人工智能创新发展服务工作", "新一代人工智能重大专项"], result.Projects.Take(2).Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Query_TopicTianKaiPark_CoversEveryProjectNamedSo()
    {
        var names = (await QueryAsync("""{"Filter":{"Topic":"天开园"}}""")).Projects.Select(p => p.Name).ToList();

        Assert.All(corpus.Get<ProjectQueryEngine>().Index.Projects.Where(p => p.Name.Contains("天开园", StringComparison.Ordinal)),
            p => Assert.Contains(p.Name, names));
    }

    [Fact]
    public async Task Query_CombinedConditions_AllHold()
    {
        var result = await QueryAsync("""{"Filter":{"Department":"资源配置与管理处","Budget":{"Min":1000,"MinInclusive":false},"Subject":"满意度","Threshold":{"Min":95}}}""");

        Assert.NotEmpty(result.Projects);
        Assert.All(result.Projects, p => Assert.True(p.Budget > 1000m));
        Assert.All(result.Projects, p => Assert.Equal("天津市科学技术局资源配置与管理处", p.Department));
    }

    [Theory]
    [InlineData("不存在的部门", "no department matches")]
    [InlineData("研究院", "could be")]
    public void ResolveDepartment_UnknownOrAmbiguous_SaysWhyAndTheCandidates(string department, string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => corpus.Get<ProjectQueryEngine>().ResolveDepartment(department));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("department:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_UnknownEnumValue_IsRefusedByTheKernel()
    {
        // A model that invents an order gets an error it can read, never a silently different query.
        await Assert.ThrowsAnyAsync<Exception>(() => QueryAsync("""{"Sort":"by_colour"}"""));
    }

    private async Task<QueryResult> QueryAsync(string json)
    {
        var result = await _kernel.InvokeAsync(AssistantPlugins.Projects, "query", new KernelArguments { ["query"] = json });
        return result.GetValue<QueryResult>()!;
    }
}
