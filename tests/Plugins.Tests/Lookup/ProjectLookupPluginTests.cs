using Assistant.Plugins.Lookup;

namespace Assistant.Plugins.Tests.Lookup;

public sealed class ProjectLookupPluginTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private readonly ProjectLookupPlugin _plugin = corpus.Get<ProjectLookupPlugin>();

    [Fact]
    public void GetProject_ExactName_ReturnsTheWholeTable()
    {
        var result = _plugin.GetProject("科技奖励评审服务");

        Assert.Equal("科技奖励评审服务", result.Project!.Name);
        Assert.NotEmpty(result.Project.Indicators);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void GetProject_UniquePart_FindsIt()
    {
        Assert.Equal("天津市外国专家项目资助经费", _plugin.GetProject("外国专家项目资助").Project!.Name);
    }

    [Fact]
    public void GetProject_AmbiguousPart_ListsCandidates()
    {
        var result = _plugin.GetProject("自然科学基金");

        Assert.Null(result.Project);
        Assert.Contains("天津市自然科学基金项目", result.Candidates);
        Assert.Contains("天津市自然科学基金项目监理", result.Candidates);
    }

    [Fact]
    public void GetProject_SimilarWords_SuggestsByIndex()
    {
        var result = _plugin.GetProject("人工智能服务");

        Assert.Null(result.Project);
        Assert.Contains("人工智能创新发展服务工作", result.Candidates);
    }
}
