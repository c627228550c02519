using System.Globalization;
using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;
using Assistant.Bot.Answers;
using Assistant.Bot.Channels.Rendering;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.WeCom;

/// <summary>
/// <c>POST /api/wecom</c>: an encrypted application message (signature, freshness, AES, corp id), answered in the
/// callback's response as an encrypted passive text reply within WeCom's 2 048 bytes; a file message is fetched by
/// its MediaId.
/// </summary>
public sealed class WeComMessenger(WeComCrypto crypto, IOptions<WeComOptions> options, IOptions<ConversationOptions> conversation,
    WeComClient files, TimeProvider clock) : IMessenger<WeComMessage>
{
    /// <inheritdoc />
    public bool AnswersInResponse => true;

    /// <inheritdoc />
    public IResult Accepted => Results.Text("success");

    /// <inheritdoc />
    public async Task<Inbound<WeComMessage>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var q = request.Query;
        // A replay of an old request is refused before its body is read.
        if (!WeComEndpoint.Fresh(q["timestamp"], options.Value, clock))
        {
            return Inbound<WeComMessage>.Answered(Results.Unauthorized());
        }

        XElement envelope;
        try
        {
            envelope = await WeComXml.LoadAsync(request.Body, ct).ConfigureAwait(false);
        }
        catch (XmlException)
        {
            return Inbound<WeComMessage>.Answered(Results.BadRequest(new { error = "XML 格式有误" }));
        }

        var encrypted = (string?)envelope.Element("Encrypt");
        if (encrypted is null || !crypto.Verify(q["msg_signature"], q["timestamp"].ToString(), q["nonce"].ToString(), encrypted))
        {
            return Inbound<WeComMessage>.Answered(Results.Unauthorized());
        }

        XElement message;
        try
        {
            message = WeComXml.Parse(crypto.Decrypt(encrypted));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or XmlException)
        {
            return Inbound<WeComMessage>.Answered(Results.BadRequest(new { error = "消息无法用本应用的密钥解密" }));
        }

        // A text message asks a question; a file message (a table to check) names the file by MediaId.
        var isFile = (string?)message.Element("MsgType") == "file";
        if (!isFile && (string?)message.Element("MsgType") != "text" ||
            (string?)message.Element(isFile ? "MediaId" : "Content") is not { Length: > 0 } text)
        {
            return Inbound<WeComMessage>.Answered(Accepted); // events and other messages are acknowledged and ignored
        }

        var file = isFile ? new SentFile((string?)message.Element("FileName") ?? "表格", text) : null;
        return Inbound<WeComMessage>.Of(new WeComMessage((string?)message.Element("MsgId"), (string?)message.Element("FromUserName") ?? "unknown",
            isFile ? null : text, file, (string?)message.Element("ToUserName") ?? string.Empty));
    }

    /// <inheritdoc />
    public Task<byte[]?> DownloadAsync(WeComMessage message, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return files.DownloadAsync(message.File!.Reference, maxBytes, ct);
    }

    /// <inheritdoc />
    public Task<IResult?> DeliverAsync(WeComMessage message, Answer answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var reply = new XElement("xml",
            new XElement("ToUserName", new XCData(message.User)),
            new XElement("FromUserName", new XCData(message.Application)),
            new XElement("CreateTime", now),
            new XElement("MsgType", new XCData("text")),
            new XElement("Content", new XCData(WeComText.Render(answer, AnswerLinks.Of(answer, conversation.Value.PublicBaseUrl))))).ToString(SaveOptions.DisableFormatting);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var sealedReply = crypto.Encrypt(reply);
        var response = new XElement("xml",
            new XElement("Encrypt", new XCData(sealedReply)),
            new XElement("MsgSignature", new XCData(crypto.Sign(now, nonce, sealedReply))),
            new XElement("TimeStamp", now),
            new XElement("Nonce", new XCData(nonce)));
        return Task.FromResult<IResult?>(Results.Content(response.ToString(SaveOptions.DisableFormatting), "application/xml"));
    }
}
