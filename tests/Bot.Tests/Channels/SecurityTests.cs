using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Assistant.Bot.Channels;
using Assistant.Bot.Channels.DingTalk;

namespace Assistant.Bot.Tests.Channels;

/// <summary>The probes of "Secure by default": each request is one an attacker on the network could send.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("security-test-").FullName;
    private CaptureServer _world = null!;

    public async Task InitializeAsync() => _world = await CaptureServer.StartAsync();

    [Fact]
    public async Task Upload_TwoZipBombsAtOnce_AreRefusedWithoutInflating()
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();
        var bomb = ZipBomb(160L * 1024 * 1024);
        Assert.True(bomb.Length < 256 * 1024, $"the bomb is {bomb.Length} bytes");

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var responses = await Task.WhenAll(Upload(client, bomb), Upload(client, bomb));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Documents:MaxPartBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Reading either bomb whole took gigabytes; refusing both is a few buffers (other tests run alongside).
        Assert.True(allocated < 300L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task WeCom_DtdInTheEnvelope_IsRefusedUnread()
    {
        await using var factory = MessengerTests.WeComFactory(_data);
        using var client = factory.CreateClient();
        const string laughs = """<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><xml><Encrypt>&g;</Encrypt></xml>""";
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var response = await client.PostAsync($"/api/wecom?msg_signature=00&timestamp={now}&nonce=1", new StringContent(laughs));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WeCom_ThreeDayOldSignedRequest_IsRefused()
    {
        await using var factory = MessengerTests.WeComFactory(_data);
        using var client = factory.CreateClient();
        using var request = MessengerTests.WeComMessage(MessengerTests.Crypto(), "一共有多少个项目？", "old-1", DateTimeOffset.UtcNow.AddDays(-3));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task WeCom_SameMsgIdTwice_SecondIsAcknowledgedWithoutAnAnswer()
    {
        await using var factory = MessengerTests.WeComFactory(_data);
        using var client = factory.CreateClient();
        var crypto = MessengerTests.Crypto();
        using var first = MessengerTests.WeComMessage(crypto, "一共有多少个项目？", "dup-1", DateTimeOffset.UtcNow);
        using var retry = MessengerTests.WeComMessage(crypto, "一共有多少个项目？", "dup-1", DateTimeOffset.UtcNow);

        var answered = await (await client.SendAsync(first)).Content.ReadAsStringAsync();
        var acknowledged = await (await client.SendAsync(retry)).Content.ReadAsStringAsync();

        Assert.Contains("<Encrypt>", answered, StringComparison.Ordinal);
        Assert.Equal("success", acknowledged);
    }

    [Theory]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2!")]
    [InlineData("short")]
    public void WeCom_KeyThatIsNotBase64Of32Bytes_FailsAtStartNamingTheKey(string key)
    {
        using var factory = MessengerTests.WeComFactory(_data, key: key);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("WeCom:EncodingAesKey", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feishu_PlainEventWhileEncryptKeyIsSet_IsRefused()
    {
        await using var factory = FeishuTests.Factory(_data, _world);
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/feishu", FeishuTests.Json(FeishuTests.Message(FeishuTests.Token, "一共有多少个项目？")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_world.Posts);
    }

    [Fact]
    public async Task Feishu_WrongSignature_IsRefused()
    {
        await using var factory = FeishuTests.Factory(_data, _world);
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/feishu", FeishuTests.Sealed(FeishuTests.Message(FeishuTests.Token, "一共有多少个项目？"), signature: new string('0', 64)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"encrypt":42}""")]
    [InlineData("""{"token":7,"type":"url_verification","challenge":"x"}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"encrypt":"bm90IGVuY3J5cHRlZA=="}""")]
    public async Task Feishu_MalformedEvent_IsA400NotA500(string body)
    {
        await using var factory = FeishuTests.Factory(_data, _world);
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/feishu", FeishuTests.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Feishu_SameEventTwice_IsRepliedToOnce()
    {
        await using var factory = FeishuTests.Factory(_data, _world);
        using var client = factory.CreateClient();
        var message = FeishuTests.Message(FeishuTests.Token, "一共有多少个项目？", eventId: "ev-dup");

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/feishu", FeishuTests.Sealed(message))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/feishu", FeishuTests.Sealed(message))).StatusCode);

        await _world.WaitForPostsAsync(1);
        await Task.Delay(500);
        Assert.Single(_world.Posts);
    }

    [Theory]
    [InlineData("https://oapi.dingtalk.com", "https://oapi.dingtalk.com/robot/send", true)]
    [InlineData("https://oapi.dingtalk.com", "https://oapi.dingtalk.com.evil.example/robot/send", false)]
    [InlineData("https://oapi.dingtalk.com", "https://oapi.dingtalk.com@evil.example/robot/send", false)]
    [InlineData("https://oapi.dingtalk.com/", "http://oapi.dingtalk.com/robot/send", false)]
    [InlineData("https://oapi.dingtalk.com/", "https://oapi.dingtalk.com:8443/robot/send", false)]
    [InlineData("https://oapi.dingtalk.com/robot", "https://oapi.dingtalk.com/robotx/send", false)]
    [InlineData("https://oapi.dingtalk.com/robot", "https://oapi.dingtalk.com/robot/send", true)]
    public void DingTalk_Webhook_IsComparedBySchemeHostPortAndPath(string prefix, string webhook, bool allowed)
    {
        Assert.Equal(allowed, new DingTalkOptions { WebhookPrefix = prefix }.AllowsWebhook(webhook));
    }

    [Fact]
    public async Task DingTalk_SameMsgIdTwice_IsAnsweredOnce()
    {
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string>
        {
            ["DingTalk:AppSecret"] = "s", ["DingTalk:WebhookPrefix"] = _world.Address,
        });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(DingTalkCallback("msg-dup", "u1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(DingTalkCallback("msg-dup", "u1"))).StatusCode);

        await _world.WaitForPostsAsync(1);
        await Task.Delay(500);
        Assert.Single(_world.Posts);
    }

    [Fact]
    public async Task Messenger_RateLimit_IsPerVerifiedUserNotPerPlatformAddress()
    {
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string>
        {
            ["DingTalk:AppSecret"] = "s", ["DingTalk:WebhookPrefix"] = _world.Address, ["Channels:PermitsPerMinute"] = "2",
        });
        using var client = factory.CreateClient();

        var busy = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            busy.Add((await client.SendAsync(DingTalkCallback($"busy-{i}", "busy-user"))).StatusCode);
        }

        var colleague = (await client.SendAsync(DingTalkCallback("calm-0", "colleague"))).StatusCode;

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], busy);
        Assert.Equal(HttpStatusCode.OK, colleague);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/examples")]
    [InlineData("/healthz")]
    public async Task Web_EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(SecurityHeaders.Policy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.Policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.Policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Web_Disabled_PageChatUploadAndExportAre404ButMessengersStay()
    {
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string>
        {
            ["WebChat:Enabled"] = "false", ["BotFramework:AllowUnauthenticated"] = "true",
        });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/chat", new { conversation = "c", q = "一共有多少个项目？" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/export/" + new string('a', 32))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/upload", new MultipartFormDataContent())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Web_AccessKey_IsRequiredAndTheOneTimeLinkSetsACookie()
    {
        const string key = "0123456789abcdef-office-key";
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string> { ["WebChat:AccessKey"] = key });
        using var stranger = factory.CreateClient();
        using var clerk = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });

        var refused = await stranger.PostAsJsonAsync("/api/chat", new { conversation = "c", q = "一共有多少个项目？" });
        var wrong = await stranger.GetAsync("/?key=guess");
        var link = await clerk.GetAsync("/?key=" + key);
        var asked = await clerk.PostAsJsonAsync("/api/chat", new { conversation = "c", q = "一共有多少个项目？" });
        using var scripted = new HttpRequestMessage(HttpMethod.Get, "/api/examples");
        scripted.Headers.Add("X-Assistant-Key", key);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stranger.SendAsync(scripted)).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private HttpRequestMessage DingTalkCallback(string msgId, string sender)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/dingtalk")
        {
            Content = JsonContent.Create(new
            {
                msgtype = "text", msgId, text = new { content = "一共有多少个项目？" }, conversationId = "cid-1", senderStaffId = sender,
                sessionWebhook = _world.Address + "/robot/sendBySession",
            }),
        };
        request.Headers.Add("timestamp", timestamp);
        request.Headers.Add("sign", DingTalkSignature.Compute(timestamp, "s"));
        return request;
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, byte[] file)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "bomb.docx" } };
        return client.PostAsync("/api/upload", form);
    }

    // A .docx whose document part inflates to `size` bytes of empty paragraphs.
    internal static byte[] ZipBomb(long size)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
            }

            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var paragraphs = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<w:p/>", 10_000)));
            for (long written = 0; written < size; written += paragraphs.Length)
            {
                document.Write(paragraphs);
            }
        }

        return buffer.ToArray();
    }
}
