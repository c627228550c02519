using Assistant.Plugins.Queries;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Plugins.Tests.Queries;

public sealed class QueryPagingTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Execute_MoreMatchesThanMaxProjects_ListsThePageAndTotalsEverything()
    {
        var engine = Engine(new QueryOptions { MaxProjects = 5 });

        var result = engine.Execute(new ProjectQuery { Ask = QueryAsk.Sum, Sort = ProjectSort.BudgetDescending });

        Assert.Equal(5, result.Projects.Count);
        Assert.Equal(95, result.Kept);
        Assert.Equal(43913.51m, result.Value);
        Assert.Equal(43913.51m, result.Totals.Total);
        Assert.Equal(95, result.Departments.Sum(d => d.Projects));
        Assert.Equal(5850m, result.Projects[0].Budget); // the page is the first five in order, each with its evidence
        Assert.All(result.Projects, p => Assert.NotEmpty(p.Evidence));
    }

    [Fact]
    public void ExecuteAll_MoreMatchesThanMaxProjects_CarriesEveryProjectAsTheUnpagedOrder()
    {
        var query = new ProjectQuery { Filter = new ProjectFilter { Subject = "满意度", Threshold = new NumberRange(95m) }, Sort = ProjectSort.BudgetDescending };
        var paged = Engine(new QueryOptions { MaxProjects = 5 });
        var whole = Engine(new QueryOptions { MaxProjects = 1000 }).Execute(query);

        var all = paged.ExecuteAll(query);

        Assert.True(whole.Kept > 5);
        Assert.Equal(whole.Kept, all.Projects.Count);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(whole), System.Text.Json.JsonSerializer.Serialize(all));
        Assert.Equal(5, paged.Execute(query).Projects.Count);
    }

    [Fact]
    public void Execute_UseScan_GivesTheSameResult()
    {
        var query = new ProjectQuery { Filter = new ProjectFilter { Subject = "满意度", Threshold = new NumberRange(95m) }, Ask = QueryAsk.Average };

        var indexed = Engine(new QueryOptions()).Execute(query);
        var scanned = Engine(new QueryOptions { UseScan = true }).Execute(query);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(indexed), System.Text.Json.JsonSerializer.Serialize(scanned));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void Problems_MaxProjects_NamesTheKey(int max, bool valid)
    {
        var problems = new QueryOptions { MaxProjects = max }.Problems();

        Assert.Equal(valid, problems.Count == 0);
        Assert.All(problems, p => Assert.Contains("Queries:MaxProjects", p, StringComparison.Ordinal));
    }

    private ProjectQueryEngine Engine(QueryOptions options) =>
        new(corpus.Services.GetRequiredService<CorpusProvider>(), corpus.Get<TableValidator>(), Options.Create(options));
}
