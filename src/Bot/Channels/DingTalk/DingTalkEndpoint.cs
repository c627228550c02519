using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.DingTalk;

/// <summary><c>POST /api/dingtalk</c>: DingTalk robot callbacks, verified by sign, answered in Markdown by the session webhook.</summary>
public static class DingTalkEndpoint
{
    /// <summary>Handles one callback.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest request, IOptions<DingTalkOptions> options, IConversationEngine engine,
        ReplyQueue queue, IHttpClientFactory http, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        if (!DingTalkSignature.Verify(request.Headers["timestamp"].FirstOrDefault(), request.Headers["sign"].FirstOrDefault(), o.AppSecret!, clock.GetUtcNow()))
        {
            return Results.Unauthorized();
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Results.BadRequest(new { error = $"malformed JSON: {ex.Message}" });
        }

        var text = body.TryGetProperty("text", out var t) && t.TryGetProperty("content", out var c) ? c.GetString()?.Trim() : null;
        var webhook = body.TryGetProperty("sessionWebhook", out var w) ? w.GetString() : null;
        var conversation = body.TryGetProperty("conversationId", out var id) ? id.GetString() : null;
        if (string.IsNullOrWhiteSpace(text) || webhook is null || !webhook.StartsWith(o.WebhookPrefix, StringComparison.Ordinal))
        {
            return Results.BadRequest(new { error = "expected text.content and a sessionWebhook under " + o.WebhookPrefix });
        }

        var queued = queue.TryEnqueue(async token =>
        {
            var answer = await engine.AskAsync($"dingtalk:{conversation}", text, token).ConfigureAwait(false);
            using var client = http.CreateClient(nameof(DingTalkEndpoint));
            using var response = await client.PostAsJsonAsync(new Uri(webhook), new
            {
                msgtype = "markdown",
                markdown = new { title = "绩效指标助手", text = answer.Text },
            }, token).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        });
        return queued ? Results.Json(new { }) : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
