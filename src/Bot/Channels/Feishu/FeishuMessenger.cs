using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Answers;
using Assistant.Bot.Channels.Rendering;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using static Assistant.Bot.Channels.JsonFields;

namespace Assistant.Bot.Channels.Feishu;

/// <summary>
/// <c>POST /api/feishu</c>: Feishu event callbacks: the URL challenge, encrypted bodies, the verification token, and
/// <c>im.message.receive_v1</c> text and file messages, answered by a reply (an interactive card) after HTTP 200. With
/// an Encrypt Key set, plain events are refused and every event's <c>X-Lark-Signature</c> is checked.
/// </summary>
public sealed class FeishuMessenger(IOptions<FeishuOptions> options, IOptions<ConversationOptions> conversation, FeishuClient client)
    : IMessenger<FeishuMessage>
{
    /// <inheritdoc />
    public async Task<Inbound<FeishuMessage>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(ct).ConfigureAwait(false);
        if (Read(raw, o) is not { } body)
        {
            return Inbound<FeishuMessage>.Answered(Results.BadRequest(new { error = "事件格式有误或无法解密" }));
        }

        var header = Object(body, "header", out var h) ? h : body;
        var token = Text(header, "token") ?? string.Empty;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(o.VerificationToken!)))
        {
            return Inbound<FeishuMessage>.Answered(Results.Unauthorized());
        }

        if (Text(body, "type") == "url_verification")
        {
            // The challenge is sent when the URL is configured, unsigned; it only echoes its own value back.
            return Inbound<FeishuMessage>.Answered(Text(body, "challenge") is { } challenge
                ? Results.Json(new { challenge })
                : Results.BadRequest(new { error = "验证请求应有 challenge" }));
        }

        if (!string.IsNullOrEmpty(o.EncryptKey) && !SignatureHolds(request.Headers, raw, o.EncryptKey))
        {
            return Inbound<FeishuMessage>.Answered(Results.Unauthorized());
        }

        if (Text(header, "event_type") != "im.message.receive_v1" || !Object(body, "event", out var e) || !Object(e, "message", out var message) ||
            Text(message, "message_type") is not ("text" or "file"))
        {
            return Inbound<FeishuMessage>.Answered(Results.Ok()); // other events are acknowledged and ignored
        }

        // A text message asks a question; a file message (a table to check) names the file by its key.
        var isFile = Text(message, "message_type") == "file";
        var content = Content(message);
        var text = content is { } c ? Text(c, isFile ? "file_key" : "text") : null;
        if (Text(message, "message_id") is not { } messageId || text is not { Length: > 0 })
        {
            return Inbound<FeishuMessage>.Answered(Results.BadRequest(new { error = isFile ? "文件消息应有 message_id 和 content.file_key" : "文本消息应有 message_id 和 content.text" }));
        }

        var sender = Object(e, "sender", out var s) && Object(s, "sender_id", out var id) ? Text(id, "open_id") : null;
        var chat = Text(message, "chat_id") ?? messageId;
        var file = isFile ? new SentFile((content is { } named ? Text(named, "file_name") : null) ?? "表格", text) : null;
        return Inbound<FeishuMessage>.Of(new FeishuMessage(Text(header, "event_id"), sender ?? chat, chat, isFile ? null : text, file, messageId));
    }

    /// <inheritdoc />
    public Task<byte[]?> DownloadAsync(FeishuMessage message, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return client.DownloadAsync(message.MessageId, message.File!.Reference, maxBytes, ct);
    }

    /// <inheritdoc />
    public async Task<IResult?> DeliverAsync(FeishuMessage message, Answer answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await client.ReplyAsync(message.MessageId, FeishuCard.Render(answer, AnswerLinks.Of(answer, conversation.Value.PublicBaseUrl)), ct).ConfigureAwait(false);
        return null;
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

    // The message's content, which Feishu sends as a JSON string (text, or file_key and file_name), read once.
    private static JsonElement? Content(JsonElement message)
    {
        if (Text(message, "content") is not { } content)
        {
            return null;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<JsonElement>(content);
            return parsed.ValueKind == JsonValueKind.Object ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
