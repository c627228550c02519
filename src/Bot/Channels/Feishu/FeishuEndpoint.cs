using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using static Assistant.Bot.Channels.JsonFields;

namespace Assistant.Bot.Channels.Feishu;

/// <summary>
/// <c>POST /api/feishu</c>: Feishu event callbacks: the URL challenge, encrypted bodies, the verification token, and
/// <c>im.message.receive_v1</c> text messages, answered by a reply after HTTP 200. With an Encrypt Key set, plain
/// events are refused and every event's <c>X-Lark-Signature</c> is checked.
/// </summary>
public static class FeishuEndpoint
{
    /// <summary>Handles one callback.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest request, IOptions<FeishuOptions> options, IConversationEngine engine,
        FeishuClient client, ReplyQueue queue, MessengerGate gate, IOptions<ConversationOptions> conversation, TableFileReview review, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(ct).ConfigureAwait(false);
        if (Read(raw, o) is not { } body)
        {
            return Results.BadRequest(new { error = "malformed or undecryptable event" });
        }

        var header = Object(body, "header", out var h) ? h : body;
        var token = Text(header, "token") ?? string.Empty;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(o.VerificationToken!)))
        {
            return Results.Unauthorized();
        }

        if (Text(body, "type") == "url_verification")
        {
            // The challenge is sent when the URL is configured, unsigned; it only echoes its own value back.
            return Text(body, "challenge") is { } challenge ? Results.Json(new { challenge }) : Results.BadRequest(new { error = "a challenge needs challenge" });
        }

        if (!string.IsNullOrEmpty(o.EncryptKey) && !SignatureHolds(request.Headers, raw, o.EncryptKey))
        {
            return Results.Unauthorized();
        }

        if (Text(header, "event_type") != "im.message.receive_v1" || !Object(body, "event", out var e) || !Object(e, "message", out var message) ||
            Text(message, "message_type") is not ("text" or "file"))
        {
            return Results.Ok(); // other events are acknowledged and ignored
        }

        // A text message asks a question; a file message (a table to check) names the file by its key.
        var isFile = Text(message, "message_type") == "file";
        var text = Content(message, isFile ? "file_key" : "text");
        if (Text(message, "message_id") is not { } messageId || text is not { Length: > 0 })
        {
            return Results.BadRequest(new { error = isFile ? "文件消息应有 message_id 和 content.file_key" : "文本消息应有 message_id 和 content.text" });
        }

        var sender = Object(e, "sender", out var s) && Object(s, "sender_id", out var id) ? Text(id, "open_id") : null;
        var chat = Text(message, "chat_id") ?? messageId;
        switch (gate.Admit("feishu", Text(header, "event_id"), sender ?? chat))
        {
            case GateOutcome.Duplicate:
                return Results.Ok();
            case GateOutcome.Limited:
                return MessengerGate.Limited();
        }

        var queued = queue.TryEnqueue(async token =>
        {
            var answer = isFile
                ? await ReviewAsync(client, review, messageId, text, Content(message, "file_name") ?? "表格", token).ConfigureAwait(false)
                : await engine.AskAsync($"feishu:{chat}", text, token).ConfigureAwait(false);
            await client.ReplyAsync(messageId, Rendering.FeishuCard.Render(answer, Rendering.AnswerLinks.Of(answer, conversation.Value.PublicBaseUrl)), token).ConfigureAwait(false);
        });
        return queued ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The signature Feishu sends: hex SHA-256 of timestamp, nonce, Encrypt Key and the raw body.</summary>
    public static string Signature(string timestamp, string nonce, string encryptKey, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(timestamp + nonce + encryptKey + body)));

    // The event as a JSON object, decrypted when sealed; null when malformed, or plain while an Encrypt Key is set.
    private static JsonElement? Read(string raw, FeishuOptions o)
    {
        try
        {
            var body = JsonSerializer.Deserialize<JsonElement>(raw);
            if (body.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var encrypted = Text(body, "encrypt");
            if (string.IsNullOrEmpty(o.EncryptKey))
            {
                return encrypted is null ? body : null;
            }

            if (encrypted is null)
            {
                return null; // with encryption on, a plain event is not Feishu's
            }

            var inner = JsonSerializer.Deserialize<JsonElement>(FeishuCrypto.Decrypt(encrypted, o.EncryptKey));
            return inner.ValueKind == JsonValueKind.Object ? inner : null;
        }
        catch (Exception ex) when (ex is JsonException or CryptographicException or FormatException)
        {
            return null;
        }
    }

    private static bool SignatureHolds(IHeaderDictionary headers, string raw, string encryptKey)
    {
        var timestamp = headers["X-Lark-Request-Timestamp"].FirstOrDefault();
        var nonce = headers["X-Lark-Request-Nonce"].FirstOrDefault();
        var signature = headers["X-Lark-Signature"].FirstOrDefault();
        return timestamp is not null && nonce is not null && signature is not null &&
               CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature(timestamp, nonce, encryptKey, raw)),
                   Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
    }

    // A sent file, fetched through the message resource API and reviewed like an upload.
    private static Task<Answers.Answer> ReviewAsync(FeishuClient client, TableFileReview review, string messageId, string fileKey, string fileName, CancellationToken ct) =>
        review.ReviewAsync(fileName, max => client.DownloadAsync(messageId, fileKey, max, ct));

    // A field of the message's content, which Feishu sends as a JSON string: text, file_key, file_name.
    private static string? Content(JsonElement message, string field)
    {
        if (Text(message, "content") is not { } content)
        {
            return null;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<JsonElement>(content);
            return parsed.ValueKind == JsonValueKind.Object ? Text(parsed, field) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

}
