using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Channels.Rendering;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using static Assistant.Bot.Channels.JsonFields;

namespace Assistant.Bot.Channels.DingTalk;

/// <summary><c>POST /api/dingtalk</c>: DingTalk robot callbacks, verified by sign, answered in DingTalk markdown (tables as numbered lists) by the session webhook.</summary>
public static class DingTalkEndpoint
{
    /// <summary>The name of the HTTP client that posts to session webhooks (with retries of transient failures).</summary>
    public const string WebhookClient = "dingtalk-webhook";

    /// <summary>Handles one callback.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest request, IOptions<DingTalkOptions> options, IConversationEngine engine,
        ReplyQueue queue, MessengerGate gate, IHttpClientFactory http, TimeProvider clock, IOptions<ConversationOptions> conversationOptions,
        DingTalkClient files, TableFileReview review, CancellationToken ct)
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

        if (body.ValueKind != JsonValueKind.Object)
        {
            return Results.BadRequest(new { error = "expected a JSON object" });
        }

        // A text message asks a question; a file message (msgtype file: a table to check) names it by downloadCode.
        var isFile = Text(body, "msgtype") == "file";
        var text = isFile
            ? Object(body, "content", out var c) ? Text(c, "downloadCode") : null
            : Object(body, "text", out var t) ? Text(t, "content")?.Trim() : null;
        var fileName = isFile && Object(body, "content", out var f) ? Text(f, "fileName") ?? "表格" : "表格";
        var webhook = Text(body, "sessionWebhook");
        var conversation = Text(body, "conversationId");
        if (string.IsNullOrWhiteSpace(text) || !o.AllowsWebhook(webhook))
        {
            return Results.BadRequest(new { error = "应有 text.content（或文件消息的 content.downloadCode）和 " + o.WebhookPrefix + " 下的 sessionWebhook" });
        }

        // The sign covers the robot's secret only; the sender is the callback's staff id (or its conversation).
        switch (gate.Admit("dingtalk", Text(body, "msgId"), Text(body, "senderStaffId") ?? Text(body, "senderId") ?? conversation ?? "unknown"))
        {
            case GateOutcome.Duplicate:
                return Results.Json(new { });
            case GateOutcome.Limited:
                return MessengerGate.Limited();
        }

        var queued = queue.TryEnqueue(async token =>
        {
            var answer = isFile
                ? await review.ReviewAsync(fileName, max => files.DownloadAsync(text, max, token)).ConfigureAwait(false)
                : await engine.AskAsync($"dingtalk:{conversation}", text, token).ConfigureAwait(false);
            using var client = http.CreateClient(WebhookClient);
            using var response = await client.PostAsJsonAsync(new Uri(webhook!), new
            {
                msgtype = "markdown",
                markdown = new { title = "绩效指标助手", text = DingTalkMarkdown.Render(answer, AnswerLinks.Of(answer, conversationOptions.Value.PublicBaseUrl)) },
            }, token).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        });
        return queued ? Results.Json(new { }) : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
