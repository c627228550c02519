using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Tests.Indexing;

public sealed class CorpusIndexSearchTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    private readonly CorpusIndex _index = fixture.Index;

    [Theory]
    [InlineData("人工智能", new[] { "人工智能创新发展服务工作", "新一代人工智能重大专项" })]
    [InlineData("自然科学基金", new[] { "天津市自然科学基金项目", "天津市自然科学基金项目监理", "国家自然科学基金区域创新发展联合基金" })]
    [InlineData("外国专家", new[] { "天津市外国专家项目资助经费", "国家级、天津市级外国专家项目经费审计" })]
    [InlineData("专家库人数", new[] { "创新平台与人才等项目评审", "应用基础研究、技术创新引导专项等项目评审", "科技重大专项与工程、重点研发计划等项目评审" })]
    [InlineData("科技成果登记", new[] { "天津市科技成果登记服务" })]
    [InlineData("ＡＩ", new[] { "人工智能创新发展服务工作", "新一代人工智能重大专项" })]
    [InlineData("大学科技园", new[] { "大学科技园建设服务", "大学科技园绩效评价奖励" })]
    public void Search_Topic_ExpectedProjectsInTopFive(string text, string[] expected)
    {
        var top = _index.Search(new SearchRequest(text, Limit: 5)).Projects.Select(h => h.Project.Name).ToList();

        Assert.All(expected, name => Assert.Contains(name, top));
    }

    [Fact]
    public void Search_TianKaiPark_RanksExactPhraseFirst()
    {
        var top = _index.Search(new SearchRequest("天开园", Limit: 9)).Projects;

        Assert.All(top, h => Assert.Contains("天开", h.Project.Name + h.Project.Goals, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, 1)]   // a search box falls back to any word: 链 in 服务链
    [InlineData(true, 0)]    // a condition does not: no table holds 区块链
    public void Search_TextNoTableHoldsWhole_FallsBackToAnyWordOnlyWhenAllowed(bool allWords, int minimum)
    {
        var hits = _index.Search(new SearchRequest("区块链", Scope: SearchScope.Projects, Highlight: false, AllWords: allWords)).Projects;

        Assert.True(allWords ? hits.Count == 0 : hits.Count >= minimum, $"{hits.Count} hits");
        Assert.DoesNotContain(hits, h => h.Project.Name.Contains("区块链", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_Hit_HasHighlightedFragments()
    {
        var hit = _index.Search(new SearchRequest("人工智能", Limit: 1)).Projects.Single();

        Assert.Contains("**人工智能**", hit.Fragments[0], StringComparison.Ordinal);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Search_DepartmentFilter_KeepsOnlyThatDepartment()
    {
        var results = _index.Search(new SearchRequest(Department: "天津市科学技术信息研究所", Limit: 50));

        Assert.Equal(12, results.TotalProjects);
        Assert.All(results.Projects, h => Assert.Equal("天津市科学技术信息研究所", h.Project.Department));
    }

    [Fact]
    public void Search_BudgetRange_IsExactAndInclusive()
    {
        var results = _index.Search(new SearchRequest(Budget: new NumericRange(1000m, null), Limit: 100));

        Assert.Equal(_index.Projects.Count(p => p.Budget.Total >= 1000m), results.TotalProjects);
        Assert.All(results.Projects, h => Assert.True(h.Project.Budget.Total >= 1000m));
    }

    [Fact]
    public void Search_SatisfactionRowsAtLeast95_MatchesTheNormalisedValues()
    {
        var request = new SearchRequest(Level1: "满意度指标", Kind: TargetKind.Percent, Number: new NumericRange(95m, null), Limit: 200);

        var rows = _index.Search(request).Indicators;

        var expected = _index.Projects.SelectMany(p => p.Indicators)
            .Count(i => i.Level1 == "满意度指标" && i.Target.Kind == TargetKind.Percent && i.Target.Number >= 95m);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.True(r.Indicator.Target.Number >= 95m));
    }

    [Fact]
    public void Search_DeadlineRange_FindsRowsDueByThen()
    {
        var request = new SearchRequest(Deadline: new DateRange(null, new DateOnly(2025, 10, 31)), Limit: 50);

        var names = _index.Search(request).Projects.Select(h => h.Project.Name).ToHashSet();

        Assert.Equal(["国家自然科学基金区域创新发展联合基金", "天津医学健康研究院项目（2024年建设资金）", "盘活天开园存量资产智能服务平台建设"], names.Order());
    }

    [Fact]
    public void Search_TextWithIndicatorFilter_FindsRowsOfThatSubject()
    {
        var request = new SearchRequest("专家库人数", Level2: "数量指标", Limit: 5);

        var rows = _index.Search(request).Indicators;

        Assert.Equal(3, rows.Count(r => r.Indicator.Level3.Contains("专家库人数", StringComparison.Ordinal)));
        Assert.Equal(rows[0].Indicator, rows[0].Project.Indicators[rows[0].Row]);
    }

    [Fact]
    public void FindSimilar_NewAiProject_ReturnsAiProjectsFirst()
    {
        var similar = _index.FindSimilar("人工智能产业创新服务", "推动人工智能技术在重点领域落地应用", 3);

        Assert.Contains(similar.Take(2), s => s.Project.Name == "人工智能创新发展服务工作");
        Assert.Contains(similar, s => s.Project.Name == "新一代人工智能重大专项");
    }

    [Fact]
    public void Search_ConcurrentQueries_AllSucceed()
    {
        var counts = new int[64];
        Parallel.For(0, counts.Length, i => counts[i] = _index.Search(new SearchRequest(i % 2 == 0 ? "人工智能" : "满意度")).Projects.Count);

        Assert.All(counts, c => Assert.True(c > 0));
    }
}
