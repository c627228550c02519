using System.Text.Json;
using Assistant.Bot.Answers;
using Assistant.Bot.Cli;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.WebChat;

/// <summary><c>POST /api/chat</c>: the web page's questions; the answer is the same JSON the <c>ask</c> verb prints.</summary>
public static class WebChatEndpoint
{
    /// <summary>Answers one question.</summary>
    public static async Task<IResult> AskAsync(HttpRequest request, IConversationEngine engine, IOptions<ConversationOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ChatRequest? chat;
        try
        {
            chat = await JsonSerializer.DeserializeAsync<ChatRequest>(request.Body, JsonOutput.Compact, ct).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Results.BadRequest(new { error = $"JSON 格式有误：{ex.Message}" });
        }

        if (string.IsNullOrWhiteSpace(chat?.Q) || string.IsNullOrWhiteSpace(chat.Conversation))
        {
            return Results.BadRequest(new { error = "请求应为 {\"conversation\": \"…\", \"q\": \"…\"}" });
        }

        if (chat.Q.Length > options.Value.MaxQuestionLength || chat.Conversation.Length > 200)
        {
            return Results.BadRequest(new { error = $"问题超过 {options.Value.MaxQuestionLength} 个字符" });
        }

        var answer = await engine.AskAsync("web:" + chat.Conversation, chat.Q, ct).ConfigureAwait(false);
        return Results.Json(answer, JsonOutput.Compact);
    }

    /// <summary>The example questions the page offers.</summary>
    public static IResult Examples() => Results.Json(GuidanceAnswers.Examples, JsonOutput.Compact);
}
