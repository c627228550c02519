using Assistant.Bot.Conversation;
using Assistant.Bot.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace Assistant.Bot.Tests.Llm;

public sealed class LlmConversationEngineTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task AskAsync_RealConnectorGroundedReply_UsesTheModelsTextAndItsToolCall()
    {
        await using var server = await StubOpenAiServer.StartAsync("projects-query", """{"query":{"Filter":{"Department":"战略院"},"Ask":"sum"}}""",
            "天津市科学技术发展战略研究院共有 11 个项目，预算合计 278 万元。");
        var engine = Engine(server.Endpoint);

        var answer = await engine.AskAsync(Guid.NewGuid().ToString(), "战略院的预算一共多少？");

        Assert.Equal("天津市科学技术发展战略研究院共有 11 个项目，预算合计 278 万元。", answer.Text);
        Assert.Equal(278m, answer.Value);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("278", server.ToolResults(), StringComparison.Ordinal);
        Assert.Equal("auto", (string?)server.Requests[0]["tool_choice"]);
        Assert.Contains(server.Requests[0]["tools"]!.AsArray(), t => (string?)t!["function"]!["name"] == "projects-query");
    }

    [Fact]
    public async Task AskAsync_RealConnectorInventedNumber_GivesTheDeterministicAnswer()
    {
        await using var server = await StubOpenAiServer.StartAsync("projects-query", """{"query":{"Filter":{"Department":"战略院"},"Ask":"sum"}}""",
            "战略院预算合计 999 万元。");
        var engine = Engine(server.Endpoint);

        var answer = await engine.AskAsync(Guid.NewGuid().ToString(), "战略院的预算一共多少？");

        Assert.DoesNotContain("999", answer.Text, StringComparison.Ordinal);
        Assert.Contains("278", answer.Text, StringComparison.Ordinal);
        Assert.Equal(278m, answer.Value);
    }

    [Fact]
    public async Task AskAsync_ModelUnreachable_GivesTheDeterministicAnswer()
    {
        var engine = Engine("http://127.0.0.1:9/v1"); // discard port: nothing listens

        var answer = await engine.AskAsync(Guid.NewGuid().ToString(), "一共有多少个项目？");

        Assert.Equal(95m, answer.Value);
        Assert.Contains("95", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("共有 123 个项目满足条件。", false)]
    [InlineData("满意度一般设为九十九。", false)]
    [InlineData("好的，这是查询结果，详见下表。", true)]
    public async Task AskAsync_MockedModel_KeepsOnlyGroundedReplies(string reply, bool kept)
    {
        var chat = new Mock<IChatCompletionService>();
        chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ChatMessageContent(AuthorRole.Assistant, reply)]);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(chat.Object);
        var engine = new LlmConversationEngine(builder.Build(), fixture.Services.GetRequiredService<OfflineConversationEngine>(),
            Options.Create(new LlmOptions { Endpoint = "http://stub/v1", Model = "stub" }), NullLogger<LlmConversationEngine>.Instance);

        var answer = await engine.AskAsync(Guid.NewGuid().ToString(), "满意度一般设多少？");

        Assert.Equal(kept, answer.Text == reply);
        Assert.Equal(90m, answer.Value);
        chat.Verify(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void Problems_BadConfiguration_NameTheKeys()
    {
        var problems = new LlmOptions { Endpoint = "not a url", TimeoutSeconds = 0 }.Problems();

        Assert.Contains(problems, p => p.StartsWith("Llm:Endpoint", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Llm:Model", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Llm:TimeoutSeconds", StringComparison.Ordinal));
        Assert.Empty(new LlmOptions().Problems());
    }

    [Theory]
    [InlineData("共 43 个项目，阈值 95%", "43,95", true)]
    [InlineData("预算合计 43,913.51 万元", "43913.51", true)]
    [InlineData("预算合计 43,913.51 万元", "43913.5", false)]
    [InlineData("第1个和第2个项目", "", true)]
    public void NumberGuard_ReplyNumbers_MustAppearInResults(string reply, string results, bool grounded)
    {
        Assert.Equal(grounded, NumberGuard.Ungrounded(reply, [results], "问题").Count == 0);
    }

    private LlmConversationEngine Engine(string endpoint)
    {
        var options = new LlmOptions { Endpoint = endpoint, Model = "stub", TimeoutSeconds = 20 };
        return new LlmConversationEngine(LlmServiceCollectionExtensions.CreateKernel(fixture.Services, options),
            fixture.Services.GetRequiredService<OfflineConversationEngine>(), Options.Create(options), NullLogger<LlmConversationEngine>.Instance);
    }
}
