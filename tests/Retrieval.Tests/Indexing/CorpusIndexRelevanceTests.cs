using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Tests.Indexing;

/// <summary><see cref="CorpusIndex.Relevance"/>: chosen tables scored as the search scores them, on the real corpus.</summary>
public sealed class CorpusIndexRelevanceTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    private readonly CorpusIndex _index = fixture.Index;

    [Theory]
    [InlineData("人工智能")]
    [InlineData("天开园")]
    [InlineData("自然科学基金")]
    public void Relevance_TablesTheSearchFinds_ScoreAsTheSearchRanksThem(string text)
    {
        var hits = _index.Search(new SearchRequest(text, Limit: 100, Scope: SearchScope.Projects, Highlight: false)).Projects;
        var ordinals = hits.Select(h => Ordinal(h.Project)).ToList();

        // Asked in reverse: the scores follow the positions asked, whatever the tables' order in the index.
        var scores = _index.Relevance(text, [.. ordinals.AsEnumerable().Reverse()]).Reverse().ToList();

        Assert.NotEmpty(hits);
        Assert.All(hits.Zip(scores), pair => Assert.Equal(pair.First.Score, pair.Second, 3));
    }

    [Fact]
    public void Relevance_TableWithoutEveryWord_ScoresZero()
    {
        var holding = _index.Projects.Select((p, o) => (p, o)).First(x => x.p.Name.Contains("人工智能", StringComparison.Ordinal)).o;
        var lacking = _index.Projects.Select((p, o) => (p, o))
            .First(x => !x.p.Name.Contains("人工", StringComparison.Ordinal) && !x.p.Goals.Contains("人工", StringComparison.Ordinal) &&
                        !x.p.Indicators.Any(i => i.Level3.Contains("人工", StringComparison.Ordinal) || i.Description.Contains("人工", StringComparison.Ordinal))).o;

        var scores = _index.Relevance("人工智能", [lacking, holding]);

        Assert.Equal(0f, scores[0]);
        Assert.True(scores[1] > 0f);
    }

    [Fact]
    public void Relevance_NoTables_IsEmpty()
    {
        Assert.Empty(_index.Relevance("人工智能", []));
    }

    private int Ordinal(Retrieval.Corpus.Project project) =>
        Enumerable.Range(0, _index.Projects.Count).First(o => ReferenceEquals(_index.Projects[o], project));
}
