using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Channels.Feishu;

namespace Assistant.Bot.Tests.Channels;

public sealed class FeishuTests : IAsyncLifetime
{
    private const string Token = "verification-token";
    private const string EncryptKey = "test key";
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
        await using var factory = Feishu();
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

        var response = await client.PostAsync("/api/feishu", Json(Message("wrong", "一共有多少个项目？")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MessageEvent_IsAnsweredByReplyWithTenantToken()
    {
        await using var factory = Feishu();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/feishu", Json(JsonSerializer.Serialize(new { encrypt = FeishuCrypto.Encrypt(Message(Token, "一共有多少个项目？"), EncryptKey) })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _world.WaitForPostsAsync(1));
        Assert.Equal("/open-apis/im/v1/messages/om_1/reply", reply.Path);
        Assert.Equal("Bearer tenant-token", reply.Authorization);
        Assert.Contains("**95**", JsonDocument.Parse((string)reply.Body!["content"]!).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private static string Message(string token, string text) => JsonSerializer.Serialize(new
    {
        schema = "2.0",
        header = new { event_id = "e1", token, event_type = "im.message.receive_v1" },
        @event = new
        {
            sender = new { sender_id = new { open_id = "ou_1" } },
            message = new { message_id = "om_1", chat_id = "oc_1", message_type = "text", content = JsonSerializer.Serialize(new { text }) },
        },
    });

    private AssistantFactory Feishu() => new(_data, new Dictionary<string, string>
    {
        ["Feishu:AppId"] = "cli_1", ["Feishu:AppSecret"] = "secret", ["Feishu:VerificationToken"] = Token,
        ["Feishu:EncryptKey"] = EncryptKey, ["Feishu:ApiBase"] = _world.Address,
    });
}
