using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Answers;
using Assistant.Bot.Channels.Rendering;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using static Assistant.Bot.Channels.JsonFields;

namespace Assistant.Bot.Channels.DingTalk;

/// <summary>
/// <c>POST /api/dingtalk</c>: DingTalk robot callbacks, verified by sign; answers go as DingTalk markdown (tables as
/// numbered lists) to the callback's session webhook; a file message is fetched by its downloadCode.
/// </summary>
public sealed class DingTalkMessenger(IOptions<DingTalkOptions> options, IOptions<ConversationOptions> conversation, IHttpClientFactory http,
    DingTalkClient files, TimeProvider clock) : IMessenger<DingTalkMessage>
{
    /// <summary>The name of the HTTP client that posts to session webhooks (with retries of transient failures).</summary>
    public const string WebhookClient = "dingtalk-webhook";

    /// <inheritdoc />
    public IResult Accepted => Results.Json(new { });

    /// <inheritdoc />
    public async Task<Inbound<DingTalkMessage>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        if (!DingTalkSignature.Verify(request.Headers["timestamp"].FirstOrDefault(), request.Headers["sign"].FirstOrDefault(), o.AppSecret!, clock.GetUtcNow()))
        {
            return Inbound<DingTalkMessage>.Answered(Results.Unauthorized());
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Inbound<DingTalkMessage>.Answered(Results.BadRequest(new { error = $"JSON 格式有误：{ex.Message}" }));
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return Inbound<DingTalkMessage>.Answered(Results.BadRequest(new { error = "应为 JSON 对象" }));
        }

        // A text message asks a question; a file message (msgtype file: a table to check) names it by downloadCode.
        var isFile = Text(body, "msgtype") == "file";
        var text = isFile
            ? Object(body, "content", out var c) ? Text(c, "downloadCode") : null
            : Object(body, "text", out var t) ? Text(t, "content")?.Trim() : null;
        var webhook = Text(body, "sessionWebhook");
        if (string.IsNullOrWhiteSpace(text) || !o.AllowsWebhook(webhook))
        {
            return Inbound<DingTalkMessage>.Answered(Results.BadRequest(new { error = "应有 text.content（或文件消息的 content.downloadCode）和 " + o.WebhookPrefix + " 下的 sessionWebhook" }));
        }

        // The sign covers the robot's secret only; the sender is the callback's staff id (or its conversation).
        var conversationId = Text(body, "conversationId") ?? "unknown";
        var user = Text(body, "senderStaffId") ?? Text(body, "senderId") ?? conversationId;
        var file = isFile ? new SentFile(Object(body, "content", out var f) ? Text(f, "fileName") ?? "表格" : "表格", text) : null;
        return Inbound<DingTalkMessage>.Of(new DingTalkMessage(Text(body, "msgId"), user, conversationId, isFile ? null : text, file, new Uri(webhook!)));
    }

    /// <inheritdoc />
    public Task<byte[]?> DownloadAsync(DingTalkMessage message, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return files.DownloadAsync(message.File!.Reference, maxBytes, ct);
    }

    /// <inheritdoc />
    public async Task<IResult?> DeliverAsync(DingTalkMessage message, Answer answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = http.CreateClient(WebhookClient);
        using var response = await client.PostAsJsonAsync(message.Webhook, new
        {
            msgtype = "markdown",
            markdown = new { title = "绩效指标助手", text = DingTalkMarkdown.Render(answer, AnswerLinks.Of(answer, conversation.Value.PublicBaseUrl)) },
        }, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return null;
    }
}
