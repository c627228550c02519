using System.Security.Cryptography;
using System.Text.Json;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.Feishu;

/// <summary>
/// <c>POST /api/feishu</c>: Feishu event callbacks: the URL challenge, encrypted bodies, the verification token, and
/// <c>im.message.receive_v1</c> text messages, answered by a reply after HTTP 200.
/// </summary>
public static class FeishuEndpoint
{
    /// <summary>Handles one callback.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest request, IOptions<FeishuOptions> options, IConversationEngine engine,
        FeishuClient client, ReplyQueue queue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: ct).ConfigureAwait(false);
            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("encrypt", out var sealedBody))
            {
                if (string.IsNullOrWhiteSpace(o.EncryptKey))
                {
                    return Results.BadRequest(new { error = "the event is encrypted but Feishu:EncryptKey is not set" });
                }

                body = JsonSerializer.Deserialize<JsonElement>(FeishuCrypto.Decrypt(sealedBody.GetString()!, o.EncryptKey));
            }
        }
        catch (Exception ex) when (ex is JsonException or CryptographicException or FormatException)
        {
            return Results.BadRequest(new { error = "malformed or undecryptable event" });
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return Results.BadRequest(new { error = "expected a JSON object" });
        }

        var header = body.TryGetProperty("header", out var h) ? h : body;
        var token = header.TryGetProperty("token", out var t) ? t.GetString() : null;
        if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(token ?? string.Empty), System.Text.Encoding.UTF8.GetBytes(o.VerificationToken!)))
        {
            return Results.Unauthorized();
        }

        if (body.TryGetProperty("type", out var type) && type.GetString() == "url_verification")
        {
            return Results.Json(new { challenge = body.GetProperty("challenge").GetString() });
        }

        if (!header.TryGetProperty("event_type", out var eventType) || eventType.GetString() != "im.message.receive_v1" ||
            !body.TryGetProperty("event", out var e) || !e.TryGetProperty("message", out var message) ||
            message.GetProperty("message_type").GetString() != "text")
        {
            return Results.Ok(); // other events are acknowledged and ignored
        }

        var messageId = message.GetProperty("message_id").GetString()!;
        var chat = message.TryGetProperty("chat_id", out var c) ? c.GetString() : messageId;
        var text = JsonSerializer.Deserialize<JsonElement>(message.GetProperty("content").GetString()!).GetProperty("text").GetString() ?? string.Empty;
        var queued = queue.TryEnqueue(async token =>
        {
            var answer = await engine.AskAsync($"feishu:{chat}", text, token).ConfigureAwait(false);
            await client.ReplyAsync(messageId, answer.Text, token).ConfigureAwait(false);
        });
        return queued ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
