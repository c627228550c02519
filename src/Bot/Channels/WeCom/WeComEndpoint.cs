using System.Globalization;
using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;
using Assistant.Bot.Channels.Rendering;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.WeCom;

/// <summary>
/// <c>GET /api/wecom</c> verifies the callback URL (returns the decrypted echostr); <c>POST /api/wecom</c> decrypts a
/// message and answers with an encrypted passive reply.
/// </summary>
public static class WeComEndpoint
{
    /// <summary>URL verification.</summary>
    public static IResult Verify(HttpRequest request, WeComCrypto crypto, IOptions<WeComOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var q = request.Query;
        var echo = q["echostr"].FirstOrDefault();
        if (echo is null || !Fresh(q["timestamp"], options.Value, clock) || !crypto.Verify(q["msg_signature"], q["timestamp"].ToString(), q["nonce"].ToString(), echo))
        {
            return Results.Unauthorized();
        }

        try
        {
            return Results.Text(crypto.Decrypt(echo));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return Results.BadRequest(new { error = "echostr cannot be decrypted" });
        }
    }

    /// <summary>An encrypted message; the answer goes back as an encrypted passive reply.</summary>
    public static async Task<IResult> ReceiveAsync(HttpRequest request, WeComCrypto crypto, IConversationEngine engine, MessengerGate gate,
        IOptions<WeComOptions> options, TimeProvider clock, IOptions<ConversationOptions> conversation, WeComClient files, TableFileReview review,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var q = request.Query;
        // A replay of an old request is refused before its body is read.
        if (!Fresh(q["timestamp"], options.Value, clock))
        {
            return Results.Unauthorized();
        }

        XElement envelope;
        try
        {
            envelope = await WeComXml.LoadAsync(request.Body, ct).ConfigureAwait(false);
        }
        catch (XmlException)
        {
            return Results.BadRequest(new { error = "malformed XML (a DTD is not accepted)" });
        }

        var encrypted = (string?)envelope.Element("Encrypt");
        var timestamp = q["timestamp"].ToString();
        var nonce = q["nonce"].ToString();
        if (encrypted is null || !crypto.Verify(q["msg_signature"], timestamp, nonce, encrypted))
        {
            return Results.Unauthorized();
        }

        XElement message;
        try
        {
            message = WeComXml.Parse(crypto.Decrypt(encrypted));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or XmlException)
        {
            return Results.BadRequest(new { error = "the message cannot be decrypted for this application" });
        }

        // A text message asks a question; a file message (a table to check) names the file by MediaId.
        var isFile = (string?)message.Element("MsgType") == "file";
        if (!isFile && (string?)message.Element("MsgType") != "text" ||
            (string?)message.Element(isFile ? "MediaId" : "Content") is not { Length: > 0 } text)
        {
            return Results.Text("success"); // events and other messages are acknowledged and ignored
        }

        var user = (string?)message.Element("FromUserName") ?? "unknown";
        switch (gate.Admit("wecom", (string?)message.Element("MsgId"), user))
        {
            case GateOutcome.Duplicate:
                return Results.Text("success");
            case GateOutcome.Limited:
                return MessengerGate.Limited();
        }
        var answer = isFile
            ? await review.ReviewAsync((string?)message.Element("FileName") ?? "表格", max => files.DownloadAsync(text, max, ct)).ConfigureAwait(false)
            : await engine.AskAsync($"wecom:{user}", text, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var reply = new XElement("xml",
            new XElement("ToUserName", new XCData(user)),
            new XElement("FromUserName", new XCData((string?)message.Element("ToUserName") ?? string.Empty)),
            new XElement("CreateTime", now),
            new XElement("MsgType", new XCData("text")),
            new XElement("Content", new XCData(WeComText.Render(answer, AnswerLinks.Of(answer, conversation.Value.PublicBaseUrl))))).ToString(SaveOptions.DisableFormatting);
        var replyNonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var sealedReply = crypto.Encrypt(reply);
        var response = new XElement("xml",
            new XElement("Encrypt", new XCData(sealedReply)),
            new XElement("MsgSignature", new XCData(crypto.Sign(now, replyNonce, sealedReply))),
            new XElement("TimeStamp", now),
            new XElement("Nonce", new XCData(replyNonce)));
        return Results.Content(response.ToString(SaveOptions.DisableFormatting), "application/xml");
    }

    // WeCom timestamps are seconds since 1970; outside the window a request is a replay or a forgery.
    private static bool Fresh(string? timestamp, WeComOptions options, TimeProvider clock) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) &&
        seconds < 1L << 40 &&
        (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= TimeSpan.FromMinutes(options.MaxClockSkewMinutes);
}
