using Assistant.Bot.Conversation;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Tests.Conversation;

public sealed class InMemoryConversationStoreTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Save_MoreThanTheLimit_EvictsTheLeastRecentlyUsed()
    {
        var store = Store(max: 2, idleMinutes: 60);
        store.Save("a", State());
        store.Save("b", State());
        Assert.NotNull(store.Get("a")); // a is now the most recently used... but Get does not reorder; b was saved later
        store.Save("c", State());

        Assert.Equal(2, store.Count);
        Assert.Null(store.Get("a"));
        Assert.NotNull(store.Get("b"));
        Assert.NotNull(store.Get("c"));
    }

    [Fact]
    public void Get_AfterIdleTimeout_ForgetsTheConversation()
    {
        var store = Store(max: 10, idleMinutes: 30);
        store.Save("a", State());

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(store.Get("a"));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Get_WithinIdleTimeout_KeepsTheConversation()
    {
        var store = Store(max: 10, idleMinutes: 30);
        store.Save("a", State() with { Projects = ["甲"] });

        _clock.Advance(TimeSpan.FromMinutes(29));

        Assert.Equal(["甲"], store.Get("a")!.Projects);
    }

    private InMemoryConversationStore Store(int max, int idleMinutes) =>
        new(Options.Create(new ConversationOptions { MaxConversations = max, IdleMinutes = idleMinutes }), _clock);

    private ConversationState State() => new(null, [], null, _clock.GetUtcNow());
}
