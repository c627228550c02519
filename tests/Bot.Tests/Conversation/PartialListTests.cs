using Assistant.Bot.Conversation;
using Assistant.Bot.Hosting;
using Assistant.Bot.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Conversation;

/// <summary>
/// An answer about more projects than it carries (<c>Queries:MaxProjects</c>, 3 here): follow-ups narrow by the
/// previous conditions, never by the few names carried, and give what an engine carrying every project gives.
/// </summary>
public sealed class PartialListTests(EngineFixture full) : IClassFixture<EngineFixture>, IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("partial-test-").FullName;
    private ServiceProvider? _services;

    private IConversationEngine Engine => (_services ??= AssistantServices.Build(
        Path.Combine(AppContext.BaseDirectory, "corpus"), _data, new Dictionary<string, string?> { ["Queries:MaxProjects"] = "3" }))
        .GetRequiredService<IConversationEngine>();

    [Theory]
    [InlineData("信息所的项目有哪些", "其中预算超过100万元的有几个")]
    [InlineData("哪些项目的满意度目标不低于95%？", "其中预算超过1000万元的呢？")]
    [InlineData("预算超过50万元的项目", "其中信息所的预算合计是多少")]
    public async Task AskAsync_FollowUpAfterPartialList_SameAsWithEveryProject(string first, string followUp)
    {
        var (id, reference) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var partial = await Engine.AskAsync(id, first);
        var whole = await full.Engine.AskAsync(reference, first);
        Assert.Equal(3, partial.Projects.Count);
        Assert.Equal(whole.Projects.Count, partial.Total);
        Assert.Null(whole.Total);

        var narrowed = await Engine.AskAsync(id, followUp);
        var expected = await full.Engine.AskAsync(reference, followUp);

        Assert.Equal(expected.Value, narrowed.Value);
        Assert.Equal(expected.Total ?? expected.Projects.Count, narrowed.Total ?? narrowed.Projects.Count);
        Assert.Equal(expected.Projects.Take(3).Select(p => p.Name), narrowed.Projects.Select(p => p.Name));
    }

    [Fact]
    public async Task AskAsync_DropAfterPartialList_SaysWhyNotAnswered()
    {
        var id = Guid.NewGuid().ToString();
        await Engine.AskAsync(id, "预算超过50万元的项目");

        var dropped = await Engine.AskAsync(id, "去掉科技那个");

        Assert.Equal(Intent.Unclear, dropped.Intent);
        Assert.Null(dropped.Value);
        Assert.Empty(dropped.Projects);
        Assert.Contains("只列出了前 3 个", dropped.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_PartialList_HoldsEveryProject()
    {
        var id = Guid.NewGuid().ToString();
        var answer = await Engine.AskAsync(id, "预算超过50万元的项目");
        var export = await Engine.AskAsync(id, "导出Excel");
        var token = export.Text.Split("api/export/")[1][..32];

        var file = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult>(Assistant.Bot.Channels.WebChat.DocumentEndpoints.Export(
            token, "xlsx", _services!.GetRequiredService<IConversationStore>(), _services!.GetRequiredService<Retrieval.Hosting.CorpusProvider>(),
            _services!.GetRequiredService<Plugins.Queries.ProjectQueryEngine>()));

        var tables = Retrieval.Documents.DocumentFormats.Parse("2025-export.xlsx", file.FileContents.ToArray());
        Assert.Empty(tables.Errors);
        Assert.True(answer.Total > 3);
        Assert.Equal(answer.Total, tables.Projects.Count);
        Assert.All(tables.Projects, t => Assert.True(t.Budget.Total > 50m));
    }

    public void Dispose()
    {
        _services?.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
