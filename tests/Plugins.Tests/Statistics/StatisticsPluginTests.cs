using Assistant.Plugins.Statistics;

namespace Assistant.Plugins.Tests.Statistics;

public sealed class StatisticsPluginTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private readonly StatisticsPlugin _plugin = corpus.Get<StatisticsPlugin>();

    [Fact]
    public void Summarise_WholeCorpus_Gives95ProjectsAnd43913Point51()
    {
        var result = _plugin.Summarise();

        Assert.Equal(95, result.Count);
        Assert.Equal(43913.51m, result.Budget.Total);
        Assert.Equal(95, result.Citations.Count);
        Assert.Equal(4, result.Departments.Count);
    }

    [Theory]
    [InlineData("天津市科学技术信息研究所", 12, 1025)]
    [InlineData("信息所", 12, 1025)]
    [InlineData("战略院", 11, 278)]
    [InlineData("健研院", 2, 5860.77)]
    public void Summarise_Department_CountsAndSums(string department, int count, double total)
    {
        var result = _plugin.Summarise(department: department);

        Assert.Equal(count, result.Count);
        Assert.Equal((decimal)total, result.Budget.Total);
        Assert.All(result.Citations, c => Assert.Equal("预算数", c.Indicator));
    }

    [Fact]
    public void Summarise_SatisfactionAtLeast95_Counts43()
    {
        Assert.Equal(43, _plugin.Summarise(subject: "满意度", comparator: "≥", threshold: 95).Count);
    }
}
