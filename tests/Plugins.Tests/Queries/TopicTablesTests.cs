using Assistant.Plugins.Queries;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Tests.Queries;

/// <summary>
/// <see cref="TopicTables"/>: the first few by relevance are the same whether only the tables named after the topic
/// are scored or every table is, and a table's relevance reads the same either way.
/// </summary>
public sealed class TopicTablesTests
{
    [Theory]
    [InlineData(1, 2000, 20)]  // many named: the first page is found among the names alone
    [InlineData(2, 2000, 500)] // more asked than names hold: every table is scored
    [InlineData(3, 50, 20)]
    [InlineData(4, 0, 5)]
    public void Best_NamedOrScoredAll_SameAsOrderingEveryTable(int seed, int count, int limit)
    {
        var (topic, ordinals, relevance) = Tables(seed, count);
        var expected = ordinals.Select((o, i) => (o, r: relevance[i])).OrderByDescending(x => x.r).Select(x => x.o).Take(limit).ToList();

        var best = topic.Best(ordinals, limit);

        Assert.Equal(expected, best);
        Assert.Equal(best.Select(o => relevance[ordinals.IndexOf(o)]), best.Select(topic.RelevanceOf));
    }

    [Fact]
    public void Best_NamedFirstThenAllRead_SameRelevance()
    {
        var (topic, ordinals, relevance) = Tables(seed: 7, count: 1000);

        var first = topic.Best(ordinals, 10);
        var byProject = topic.ByProject();

        Assert.Equal(first, topic.Best(ordinals, 10));
        Assert.Equal(ordinals.Count, byProject.Count);
        Assert.All(ordinals.Select((o, i) => (o, i)), x => Assert.Equal(relevance[x.i], topic.RelevanceOf(x.o)));
        Assert.Equal(0f, topic.RelevanceOf(-1));
    }

    [Fact]
    public void Best_OrdinalsNotAscending_TiesKeepTheOrderGiven()
    {
        var (topic, ordinals, relevance) = Tables(seed: 9, count: 300);
        var page = topic.Best(ordinals, 30).Reverse().ToList();

        var again = topic.Best(page, 30);

        Assert.Equal(page.OrderByDescending(o => relevance[ordinals.IndexOf(o)]), again);
    }

    // Tables at ascending ordinals; about a third are named (bonus 1000), scores take few values so ties are many.
    private static (TopicTables Topic, List<int> Ordinals, float[] Relevance) Tables(int seed, int count)
    {
        var random = new Random(seed);
        var ordinals = Enumerable.Range(0, count * 2).Where(_ => random.Next(2) == 0).Take(count).ToList();
        var size = (ordinals.Count > 0 ? ordinals[^1] : 0) + 1;
        var score = new float[size];
        var named = new bool[size];
        foreach (var o in ordinals)
        {
            score[o] = random.Next(5) * 1.5f;
            named[o] = random.Next(3) == 0;
        }

        var projects = Enumerable.Range(0, size).Select(o => new Project(o, $"项目{o}", "部门", "000000", new Budget(1m, 1m, 0m), "", "", 2025, new SourceLocation("test.txt", o + 1), [])).ToList();
        var topic = new TopicTables(ordinals, some => [.. some.Select(o => score[o])], o => named[o], projects);
        var relevance = ordinals.Select(o => (named[o] ? 1000f : 0f) + score[o]).ToArray();
        return (topic, ordinals, relevance);
    }
}
