using System.Text.Json;
using Assistant.Plugins.Queries;

namespace Assistant.Plugins.Tests.Queries;

/// <summary>
/// The indexed engine against the reference scan: generated queries must give identical results (projects and their
/// order, figures, totals, subtotals, citations), or the same refusal.
/// </summary>
public sealed class DifferentialTests(CorpusFixture corpus, SyntheticCorpusFixture synthetic) : IClassFixture<CorpusFixture>, IClassFixture<SyntheticCorpusFixture>
{
    [Fact]
    public void Execute_GeneratedQueriesOnTheRealCorpus_AreIdenticalToTheScan()
    {
        var engine = corpus.Get<ProjectQueryEngine>();

        var compared = Compare(engine, new QueryGenerator(engine.Index.Projects, seed: 1), 10_000);

        Assert.Equal(10_000, compared);
    }

    [Fact]
    public void Execute_GeneratedQueriesOnTwentyThousandProjects_AreIdenticalToTheScan()
    {
        var engine = synthetic.Engine;
        // The scan takes tens of milliseconds a query at this size; ASSISTANT_DIFFERENTIAL_QUERIES=10000 runs the full set.
        var count = int.TryParse(Environment.GetEnvironmentVariable("ASSISTANT_DIFFERENTIAL_QUERIES"), out var n) ? n : 1_000;

        var compared = Compare(engine, new QueryGenerator(engine.Index.Projects, seed: 2), count);

        Assert.Equal(count, compared);
    }

    private static int Compare(ProjectQueryEngine engine, QueryGenerator generator, int count)
    {
        var compared = 0;
        for (var i = 0; i < count; i++)
        {
            var query = generator.Next();
            var indexed = Outcome(() => engine.Execute(query));
            var scanned = Outcome(() => engine.ExecuteByScan(query));
            if (indexed != scanned)
            {
                var at = Enumerable.Range(0, Math.Min(indexed.Length, scanned.Length)).FirstOrDefault(k => indexed[k] != scanned[k]);
                Assert.Fail($"query {i} differs: {JsonSerializer.Serialize(query, Readable)}\nindexed: …{Around(indexed, at)}\nscan:    …{Around(scanned, at)}");
            }

            compared++;
        }

        return compared;
    }

    private static string Outcome(Func<QueryResult> run)
    {
        try
        {
            return JsonSerializer.Serialize(run(), Readable);
        }
        catch (ArgumentException ex)
        {
            return "refused: " + ex.Message;
        }
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Around(string text, int at) => text[Math.Max(0, at - 300)..Math.Min(text.Length, at + 300)];
}
