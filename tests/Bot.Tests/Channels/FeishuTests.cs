using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Channels.Feishu;

namespace Assistant.Bot.Tests.Channels;

public sealed class FeishuTests : IAsyncLifetime
{
    internal const string Token = "verification-token";
    internal const string EncryptKey = "test key";
    private readonly string _data = Directory.CreateTempSubdirectory("feishu-test-").FullName;
    private CaptureServer _world = null!;

    public async Task InitializeAsync() => _world = await CaptureServer.StartAsync();

    [Fact]
    public void Decrypt_OfficialSample_IsHelloWorld()
    {
        Assert.Equal("hello world", FeishuCrypto.Decrypt("P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=", EncryptKey));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Challenge_PlainOrEncrypted_IsEchoed(bool encrypted)
    {
        // A plain challenge is Feishu's only when no Encrypt Key is configured.
        await using var factory = Feishu(encrypted ? EncryptKey : null);
        using var client = factory.CreateClient();
        var challenge = JsonSerializer.Serialize(new { challenge = "ajls384kdjx98XX", token = Token, type = "url_verification" });

        var response = await client.PostAsync("/api/feishu", Json(encrypted ? JsonSerializer.Serialize(new { encrypt = FeishuCrypto.Encrypt(challenge, EncryptKey) }) : challenge));

        Assert.Equal("ajls384kdjx98XX", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Event_WrongToken_IsRefused()
    {
        await using var factory = Feishu();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/feishu", Sealed(Message("wrong", "一共有多少个项目？")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MessageEvent_IsAnsweredByReplyWithTenantToken()
    {
        await using var factory = Feishu();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/feishu", Sealed(Message(Token, "一共有多少个项目？")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _world.WaitForPostsAsync(1));
        Assert.Equal("/open-apis/im/v1/messages/om_1/reply", reply.Path);
        Assert.Equal("Bearer tenant-token", reply.Authorization);
        Assert.Equal("interactive", (string?)reply.Body!["msg_type"]);
        var card = JsonDocument.Parse((string)reply.Body["content"]!).RootElement;
        Assert.Contains(card.GetProperty("elements").EnumerateArray(), e => e.GetProperty("tag").GetString() == "markdown" &&
            e.GetProperty("content").GetString()!.Contains("**95**", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    internal static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    /// <summary>An event as Feishu sends it with an Encrypt Key: encrypted, and signed over the raw body.</summary>
    internal static StringContent Sealed(string plain, string? signature = null)
    {
        var body = JsonSerializer.Serialize(new { encrypt = FeishuCrypto.Encrypt(plain, EncryptKey) });
        var content = Json(body);
        content.Headers.Add("X-Lark-Request-Timestamp", "1700000000");
        content.Headers.Add("X-Lark-Request-Nonce", "nonce-1");
        content.Headers.Add("X-Lark-Signature", signature ?? FeishuMessenger.Signature("1700000000", "nonce-1", EncryptKey, body));
        return content;
    }

    [Theory]
    [InlineData("会展服务表.docx", true)]
    [InlineData("照片.png", false)]
    public async Task FileMessage_IsDownloadedWithTheTenantTokenAndReviewed(string fileName, bool isTable)
    {
        await using var world = await CaptureServer.StartAsync(files: new Dictionary<string, byte[]>
        {
            ["/open-apis/im/v1/messages/om_f/resources/file_v2_1"] = isTable ? SentFiles.Table() : SentFiles.Picture(),
        });
        await using var factory = Factory(_data, world);
        using var client = factory.CreateClient();
        var file = JsonSerializer.Serialize(new
        {
            schema = "2.0",
            header = new { event_id = "e-file-" + fileName, token = Token, event_type = "im.message.receive_v1" },
            @event = new
            {
                sender = new { sender_id = new { open_id = "ou_1" } },
                message = new { message_id = "om_f", chat_id = "oc_1", message_type = "file", content = JsonSerializer.Serialize(new { file_key = "file_v2_1", file_name = fileName }) },
            },
        });

        var response = await client.PostAsync("/api/feishu", Sealed(file));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await world.WaitForPostsAsync(1));
        Assert.Equal("/open-apis/im/v1/messages/om_f/reply", reply.Path);
        var download = Assert.Single(world.Downloads);
        Assert.Equal(("/open-apis/im/v1/messages/om_f/resources/file_v2_1?type=file", "Bearer tenant-token"), download);
        var card = (string)reply.Body!["content"]!;
        Assert.Contains(isTable ? SentFiles.TableName : "请发送 Word（.docx）或 Excel（.xlsx）格式的绩效目标表", card, StringComparison.Ordinal);
    }

    internal static string Message(string token, string text, string eventId = "e1") => JsonSerializer.Serialize(new
    {
        schema = "2.0",
        header = new { event_id = eventId, token, event_type = "im.message.receive_v1" },
        @event = new
        {
            sender = new { sender_id = new { open_id = "ou_1" } },
            message = new { message_id = "om_1", chat_id = "oc_1", message_type = "text", content = JsonSerializer.Serialize(new { text }) },
        },
    });

    private AssistantFactory Feishu(string? encryptKey = EncryptKey) => Factory(_data, _world, encryptKey);

    internal static AssistantFactory Factory(string data, CaptureServer world, string? encryptKey = EncryptKey) => new(data, new Dictionary<string, string>
    {
        ["Feishu:AppId"] = "cli_1", ["Feishu:AppSecret"] = "secret", ["Feishu:VerificationToken"] = Token,
        ["Feishu:EncryptKey"] = encryptKey ?? string.Empty, ["Feishu:ApiBase"] = world.Address,
    });
}
