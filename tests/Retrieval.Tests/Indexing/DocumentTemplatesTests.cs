using Assistant.Retrieval.Indexing;
using Lucene.Net.Documents;

namespace Assistant.Retrieval.Tests.Indexing;

public sealed class DocumentTemplatesTests
{
    [Fact]
    public void Start_NextDocument_SameFieldInstancesWithNewValues()
    {
        var templates = new DocumentTemplates();
        var first = templates.Start();
        templates.String("name_kw", "甲");
        templates.Double("budget", 1.5);
        var firstFields = first.Fields.ToList();

        var second = templates.Start();
        templates.String("name_kw", "乙");
        templates.Double("budget", 2.5);

        Assert.Same(first, second);
        Assert.Equal(2, second.Fields.Count);
        Assert.Same(firstFields[0], second.Fields[0]);
        Assert.Equal("乙", second.Get("name_kw"));
        Assert.Equal(2.5, second.GetField("budget").GetDoubleValue());
    }

    [Fact]
    public void Text_SameNameTwice_TwoInstancesBothKept()
    {
        var templates = new DocumentTemplates();
        var document = templates.Start();
        templates.Text("body", "科技成果转化");
        templates.Text("body", "专家库人数");

        Assert.Equal(["科技成果转化", "专家库人数"], document.GetValues("body"));
        Assert.NotSame(document.Fields[0], document.Fields[1]);
    }
}
