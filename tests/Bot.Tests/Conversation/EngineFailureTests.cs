using Assistant.Bot.Conversation;
using Assistant.Bot.Understanding;
using Assistant.Retrieval.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Assistant.Bot.Tests.Conversation;

public sealed class EngineFailureTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task AskAsync_PluginFails_AnswersPolitelyWithoutNumbers()
    {
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("projects", [KernelFunctionFactory.CreateFromMethod(new Func<string>(() => throw new InvalidOperationException("disk gone")), "query")]);
        var store = new InMemoryConversationStore(Options.Create(new ConversationOptions()), TimeProvider.System);
        var engine = new OfflineConversationEngine(kernel, fixture.Services.GetRequiredService<CorpusProvider>(), store, TimeProvider.System,
            NullLogger<OfflineConversationEngine>.Instance, Options.Create(new ConversationOptions()));

        var answer = await engine.AskAsync("x", "预算超过1000万元的项目有哪些？");

        Assert.Equal(Intent.Unknown, answer.Intent);
        Assert.Contains("出错", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Projects);
        Assert.Null(answer.Value);
    }
}
