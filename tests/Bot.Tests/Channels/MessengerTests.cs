using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Assistant.Bot.Channels.DingTalk;
using Assistant.Bot.Channels.WeCom;

namespace Assistant.Bot.Tests.Channels;

public sealed class MessengerTests : IAsyncLifetime
{
    // The official WeCom sample (WXBizMsgCrypt): token, EncodingAESKey, corp id and a URL-verification request.
    private const string WeComToken = "QDG6eK";
    private const string WeComKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string WeComCorp = "wx5823bf96d3bd56c7";
    private const string AppSecret = "dingtalk-secret";
    private readonly string _data = Directory.CreateTempSubdirectory("messenger-test-").FullName;
    private CaptureServer _world = null!;

    public async Task InitializeAsync() => _world = await CaptureServer.StartAsync();

    [Fact]
    public void WeComCrypto_OfficialUrlVector_VerifiesAndDecrypts()
    {
        var crypto = new WeComCrypto(WeComToken, WeComKey, WeComCorp);
        const string echo = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";

        Assert.True(crypto.Verify("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", echo));
        Assert.False(crypto.Verify("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4", "1409659589", "263014780", echo));
        Assert.Equal("1616140317555161061", crypto.Decrypt(echo));
    }

    [Fact]
    public void WeComCrypto_EncryptThenDecrypt_RoundTripsAndChecksCorpId()
    {
        var crypto = new WeComCrypto(WeComToken, WeComKey, WeComCorp);
        var sealedText = crypto.Encrypt("<xml><Content>满意度一般设多少</Content></xml>");

        Assert.Equal("<xml><Content>满意度一般设多少</Content></xml>", crypto.Decrypt(sealedText));
        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => new WeComCrypto(WeComToken, WeComKey, "another-corp").Decrypt(sealedText));
    }

    [Fact]
    public async Task WeCom_UrlVerification_ReturnsTheEchoPlaintext()
    {
        // The official vector was signed in 2014: the server's clock is set to that moment.
        await using var factory = WeCom(new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1409659589)));
        using var client = factory.CreateClient();

        var ok = await client.GetStringAsync("/api/wecom?msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D");
        var bad = await client.GetAsync("/api/wecom?msg_signature=0000&timestamp=1409659589&nonce=263014780&echostr=abc");

        Assert.Equal("1616140317555161061", ok);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }

    [Fact]
    public async Task WeCom_EncryptedQuestion_GetsAnEncryptedPassiveAnswer()
    {
        await using var factory = WeCom();
        using var client = factory.CreateClient();
        var crypto = new WeComCrypto(WeComToken, WeComKey, WeComCorp);
        using var request = WeComMessage(crypto, "战略院的预算合计", "1", DateTimeOffset.UtcNow);

        var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        var reply = XElement.Parse(await response.Content.ReadAsStringAsync());
        var sealedReply = (string)reply.Element("Encrypt")!;
        Assert.True(crypto.Verify((string)reply.Element("MsgSignature")!, (string)reply.Element("TimeStamp")!, (string)reply.Element("Nonce")!, sealedReply));
        var answer = XElement.Parse(crypto.Decrypt(sealedReply));
        Assert.Equal("zhangsan", (string)answer.Element("ToUserName")!);
        Assert.Contains("278", (string)answer.Element("Content")!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("会展服务表.docx", true)]
    [InlineData("照片.png", false)]
    public async Task WeCom_FileMessage_IsDownloadedByMediaIdAndReviewedInThePassiveReply(string fileName, bool isTable)
    {
        await using var world = await CaptureServer.StartAsync(files: new Dictionary<string, byte[]>
        {
            ["/cgi-bin/media/get"] = isTable ? SentFiles.Table() : SentFiles.Picture(),
        });
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string>
        {
            ["WeCom:Token"] = WeComToken, ["WeCom:EncodingAesKey"] = WeComKey, ["WeCom:CorpId"] = WeComCorp,
            ["WeCom:Secret"] = "app-secret", ["WeCom:ApiBase"] = world.Address,
        });
        using var client = factory.CreateClient();
        var crypto = Crypto();
        using var request = WeComSealed(crypto,
            $"<MsgType><![CDATA[file]]></MsgType><MediaId><![CDATA[media-1]]></MediaId><FileName><![CDATA[{fileName}]]></FileName><MsgId>f-{fileName}</MsgId>",
            DateTimeOffset.UtcNow);

        var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Equal("/cgi-bin/media/get?access_token=wecom-token&media_id=media-1", Assert.Single(world.Downloads).Path);
        var answer = XElement.Parse(crypto.Decrypt((string)XElement.Parse(await response.Content.ReadAsStringAsync()).Element("Encrypt")!));
        var content = (string)answer.Element("Content")!;
        Assert.Contains(isTable ? SentFiles.TableName : "请发送 Word（.docx）或 Excel（.xlsx）格式的绩效目标表", content, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(content) <= 2048);
    }

    [Fact]
    public async Task WeCom_WrongSignature_IsRefused()
    {
        await using var factory = WeCom();
        using var client = factory.CreateClient();
        var encrypted = new WeComCrypto(WeComToken, WeComKey, WeComCorp).Encrypt("<xml/>");

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var response = await client.PostAsync($"/api/wecom?msg_signature=deadbeef&timestamp={now}&nonce=2", new StringContent($"<xml><Encrypt>{encrypted}</Encrypt></xml>"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("1700000000000", "dGhpcyBpcyBub3QgdGhlIHNpZ24=", false)]
    [InlineData(null, null, false)]
    public void DingTalkSignature_BadOrMissing_IsRejected(string? timestamp, string? sign, bool expected)
    {
        Assert.Equal(expected, DingTalkSignature.Verify(timestamp, sign, AppSecret, DateTimeOffset.FromUnixTimeMilliseconds(1700000000000)));
    }

    [Fact]
    public void DingTalkSignature_Correct_IsAcceptedWithinAnHourOnly()
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1700000000000);
        var sign = DingTalkSignature.Compute("1700000000000", AppSecret);

        Assert.True(DingTalkSignature.Verify("1700000000000", sign, AppSecret, now.AddMinutes(59)));
        Assert.False(DingTalkSignature.Verify("1700000000000", sign, AppSecret, now.AddMinutes(61)));
    }

    [Fact]
    public async Task DingTalk_WrongSign_IsRefused()
    {
        await using var factory = DingTalk();
        using var client = factory.CreateClient();
        using var request = Callback(DateTimeOffset.UtcNow, "bad-sign", "一共有多少个项目？");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_world.Posts);
    }

    [Fact]
    public async Task DingTalk_SignedQuestion_RepliesInMarkdownBySessionWebhook()
    {
        await using var factory = DingTalk();
        using var client = factory.CreateClient();
        var now = DateTimeOffset.UtcNow;
        using var request = Callback(now, null, "一共有多少个项目？");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(await _world.WaitForPostsAsync(1));
        Assert.Equal("/robot/sendBySession", post.Path);
        Assert.Equal("markdown", (string?)post.Body!["msgtype"]);
        Assert.Contains("**95**", (string?)post.Body["markdown"]!["text"], StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task DingTalk_WebhookFailsOnce_TheReplyIsRetriedAndArrives()
    {
        await using var factory = DingTalk();
        using var client = factory.CreateClient();
        _world.FailNextPosts(1);

        var response = await client.SendAsync(Callback(DateTimeOffset.UtcNow, sign: null, "战略院的预算合计"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // answered at once; the reply goes out from the queue
        var reply = Assert.Single(await _world.WaitForPostsAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Contains("278", (string?)reply.Body!["markdown"]!["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("会展服务表.docx", true)]
    [InlineData("照片.png", false)]
    public async Task DingTalk_FileMessage_IsDownloadedByItsCodeAndReviewed(string fileName, bool isTable)
    {
        await using var world = await CaptureServer.StartAsync(files: new Dictionary<string, byte[]>
        {
            ["/files/dingtalk/code-1"] = isTable ? SentFiles.Table() : SentFiles.Picture(),
        });
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string>
        {
            ["DingTalk:AppSecret"] = AppSecret, ["DingTalk:AppKey"] = "ding-app", ["DingTalk:ApiBase"] = world.Address,
            ["DingTalk:WebhookPrefix"] = world.Address + "/",
        });
        using var client = factory.CreateClient();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dingtalk")
        {
            Content = JsonContent.Create(new
            {
                msgtype = "file", content = new { downloadCode = "code-1", fileName }, conversationId = "cid-1", senderStaffId = "u1",
                msgId = "file-" + fileName, sessionWebhook = world.Address + "/robot/sendBySession",
            }),
        };
        request.Headers.Add("timestamp", timestamp);
        request.Headers.Add("sign", DingTalkSignature.Compute(timestamp, AppSecret));

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);

        var posts = await world.WaitForPostsAsync(2);
        var located = Assert.Single(posts, p => p.Path == "/v1.0/robot/messageFiles/download");
        Assert.Equal(("dingtalk-token", "code-1", "ding-app"), (located.Authorization, (string?)located.Body!["downloadCode"], (string?)located.Body["robotCode"]));
        Assert.Equal("/files/dingtalk/code-1", Assert.Single(world.Downloads).Path);
        var reply = Assert.Single(posts, p => p.Path == "/robot/sendBySession");
        Assert.Contains(isTable ? SentFiles.TableName : "请发送 Word（.docx）或 Excel（.xlsx）格式的绩效目标表", (string?)reply.Body!["markdown"]!["text"], StringComparison.Ordinal);
    }

    private HttpRequestMessage Callback(DateTimeOffset now, string? sign, string text)
    {
        var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/dingtalk")
        {
            Content = JsonContent.Create(new
            {
                msgtype = "text", text = new { content = text }, conversationId = "cid-1", senderStaffId = "u1",
                sessionWebhook = _world.Address + "/robot/sendBySession",
            }),
        };
        request.Headers.Add("timestamp", timestamp);
        request.Headers.Add("sign", sign ?? DingTalkSignature.Compute(timestamp, AppSecret));
        return request;
    }

    /// <summary>A WeCom callback as the platform sends it: the message encrypted, the envelope signed.</summary>
    internal static HttpRequestMessage WeComMessage(WeComCrypto crypto, string text, string msgId, DateTimeOffset at, string user = "zhangsan") =>
        WeComSealed(crypto, $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>{msgId}</MsgId>", at, user);

    private static HttpRequestMessage WeComSealed(WeComCrypto crypto, string fields, DateTimeOffset at, string user = "zhangsan")
    {
        var message = $"<xml><ToUserName><![CDATA[{WeComCorp}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName><CreateTime>1409659813</CreateTime>{fields}<AgentID>1</AgentID></xml>";
        var encrypted = crypto.Encrypt(message);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = crypto.Sign(timestamp, "1372623149", encrypted);
        var body = $"<xml><ToUserName><![CDATA[{WeComCorp}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID><![CDATA[1]]></AgentID></xml>";
        return new HttpRequestMessage(HttpMethod.Post, $"/api/wecom?msg_signature={signature}&timestamp={timestamp}&nonce=1372623149") { Content = new StringContent(body) };
    }

    internal static WeComCrypto Crypto() => new(WeComToken, WeComKey, WeComCorp);

    internal static AssistantFactory WeComFactory(string data, TimeProvider? clock = null, string key = WeComKey) => new(data, new Dictionary<string, string>
    {
        ["WeCom:Token"] = WeComToken, ["WeCom:EncodingAesKey"] = key, ["WeCom:CorpId"] = WeComCorp,
    }, clock);

    private AssistantFactory WeCom(TimeProvider? clock = null) => WeComFactory(_data, clock);

    private AssistantFactory DingTalk() => new(_data, new Dictionary<string, string>
    {
        ["DingTalk:AppSecret"] = AppSecret, ["DingTalk:WebhookPrefix"] = _world.Address + "/",
    });

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
