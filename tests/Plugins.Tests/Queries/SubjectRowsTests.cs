using Assistant.Plugins.Queries;

namespace Assistant.Plugins.Tests.Queries;

public sealed class SubjectRowsTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Theory]
    [InlineData("满意度")]          // a category: a rule on the row
    [InlineData("专家库人数")]      // written literally: a rule on the row
    [InlineData("专家 评审 数量")]  // not written as such: the index's row matches
    public void In_EveryTable_EnumeratesTheRowsOfLists(string subject)
    {
        var index = corpus.Get<ProjectQueryEngine>().Index;
        var rows = new SubjectMatcher(index).Match(subject, indexed: true);

        var enumerated = index.Projects.Select(p => { var list = new List<int>(); foreach (var r in rows.In(p)) { list.Add(r); } return list; }).ToList();

        Assert.Equal(index.Projects.Select(p => rows.Of(p).ToList()), enumerated);
        Assert.Contains(enumerated, l => l.Count > 0);
    }
}
