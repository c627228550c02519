using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Tests.Channels;

public sealed class BotFrameworkTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private readonly string _data = Directory.CreateTempSubdirectory("bf-test-").FullName;
    private readonly RSA _channelKey = RSA.Create(2048);
    private readonly RSA _rolledKey = RSA.Create(2048);
    private volatile bool _rolled;
    private CaptureServer _world = null!;

    public async Task InitializeAsync()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_channelKey.ExportParameters(false)) { KeyId = "channel-key" });
        var rolled = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rolledKey.ExportParameters(false)) { KeyId = "rolled-key" });
        _world = await CaptureServer.StartAsync(new Dictionary<string, Func<string, string>>
        {
            ["/.well-known/openidconfiguration"] = address => JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["issuer"] = "https://api.botframework.com", ["jwks_uri"] = address + "/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            }),
            // After a roll the Bot Connector publishes a second key; the bot must pick it up without waiting hours.
            ["/keys"] = _ => JsonSerializer.Serialize(new
            {
                keys = new[] { jwk, rolled }.Where(k => k == jwk || _rolled)
                    .Select(k => new { kty = "RSA", use = "sig", kid = k.Kid, n = k.N, e = k.E, endorsements = new[] { "msteams", "emulator" } }),
            }),
        }, new Dictionary<string, byte[]> { ["/files/table.docx"] = SentFiles.Table(), ["/files/photo.png"] = SentFiles.Picture() });
    }

    [Fact]
    public async Task Message_EmulatorModeOnLoopback_OneReplyToTheRightPathWithReplyToIdAndAnswer()
    {
        await using var factory = Emulator();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", Message("msg-1", _world.Address, "一共有多少个项目？"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = await _world.WaitForPostsAsync(2);
        var replies = posts.Where(p => (string?)p.Body!["type"] == "message").ToList();
        var reply = Assert.Single(replies);
        Assert.Equal("/v3/conversations/conv-1/activities/msg-1", reply.Path);
        Assert.Equal("msg-1", (string?)reply.Body!["replyToId"]);
        // The answer is an Adaptive Card (its Markdown as the card's fallback text), not text repeated above it.
        var attachment = Assert.Single(reply.Body["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.Contains("**95**", (string?)attachment["content"]!["fallbackText"], StringComparison.Ordinal);
        Assert.Contains(attachment["content"]!["body"]!.AsArray(), b => ((string?)b!["text"])?.Contains("**95**", StringComparison.Ordinal) == true);
        Assert.Equal("user-1", (string?)reply.Body["recipient"]!["id"]);
        Assert.Contains(posts, p => (string?)p.Body!["type"] == "typing");
        Assert.Null(reply.Authorization);
    }

    [Fact]
    public async Task ConversationUpdate_WelcomesPeopleButNotTheBot()
    {
        await using var factory = Emulator();
        using var client = factory.CreateClient();
        var update = Message("u-1", _world.Address, null) with { Type = "conversationUpdate" };

        await client.PostAsJsonAsync("/api/messages", update with { MembersAdded = [new("bot", "助手")] });
        await client.PostAsJsonAsync("/api/messages", update with { Id = "u-2", MembersAdded = [new("bot", "助手"), new("user-1", "张三")] });

        var posts = await _world.WaitForPostsAsync(1);
        await Task.Delay(300);
        var welcome = Assert.Single(_world.Posts);
        Assert.Contains("可以这样问", (string?)welcome.Body!["text"], StringComparison.Ordinal);
        Assert.Equal("/v3/conversations/conv-1/activities", welcome.Path);
        Assert.NotEmpty(posts);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("Bearer not-a-jwt", HttpStatusCode.Unauthorized)]
    [InlineData("other-key", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-audience", HttpStatusCode.Unauthorized)]
    [InlineData("expired", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-serviceurl", HttpStatusCode.Forbidden)]
    [InlineData("unendorsed-channel", HttpStatusCode.Forbidden)]
    [InlineData("valid", HttpStatusCode.OK)]
    public async Task Message_WithAppId_ValidatesTheToken(string? token, HttpStatusCode expected)
    {
        await using var factory = Authenticated();
        using var client = factory.CreateClient();
        var activity = Message("msg-2", _world.Address, "一共有多少个项目？") with { ChannelId = token == "unendorsed-channel" ? "slack" : "msteams" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", token.StartsWith("Bearer", StringComparison.Ordinal) ? token : "Bearer " + Token(token));
        }

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var reply = (await _world.WaitForPostsAsync(2)).Single(p => (string?)p.Body!["type"] == "message");
            Assert.Equal("Bearer outbound-token", reply.Authorization);
        }
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":"no type"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","text":"hi"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"deleteUserData","id":"x"}""", HttpStatusCode.OK)]
    public async Task Message_MalformedOrUnknown_IsRefusedOrIgnoredWithoutCrashing(string body, HttpStatusCode expected)
    {
        await using var factory = Emulator();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Contains("error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Message_NoAppIdByDefault_IsRefusedAndNothingIsPosted()
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", Message("m-open", _world.Address, "一共有多少个项目？"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(_world.Posts);
    }

    [Theory]
    [InlineData("http://10.0.0.8:8080/")]
    [InlineData("https://attacker.example/collect?")]
    public async Task Message_EmulatorModeServiceUrlNotOnThisMachine_IsForbiddenAndNothingIsPosted(string serviceUrl)
    {
        await using var factory = Emulator();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", Message("m-ssrf", serviceUrl, "一共有多少个项目？"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Message_HmacSignedToken_IsRefused()
    {
        await using var factory = Authenticated();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Message("m-hs", _world.Address, "hi")) };
        request.Headers.Authorization = new("Bearer", Token("hmac"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Message_SignedByAKeyPublishedAfterStart_IsAcceptedAfterOneRefresh()
    {
        await using var factory = Authenticated();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await SendSigned(client, "m-before", "valid")).StatusCode);

        _rolled = true;
        var response = await SendSigned(client, "m-after", "rolled-key");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Message_ThreeAnswers_FetchOneOutboundToken()
    {
        await using var factory = Authenticated();
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendSigned(client, $"m-token-{i}", "valid")).StatusCode);
        }

        var posts = await _world.WaitForPostsAsync(6);
        Assert.Equal(3, posts.Count(p => (string?)p.Body!["type"] == "message"));
        Assert.All(posts, p => Assert.Equal("Bearer outbound-token", p.Authorization));
        Assert.Equal(1, _world.TokenRequests);
    }

    [Fact]
    public async Task Message_SameActivityDeliveredTwice_IsAnsweredOnce()
    {
        await using var factory = Emulator();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/messages", Message("m-dup", _world.Address, "一共有多少个项目？"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/messages", Message("m-dup", _world.Address, "一共有多少个项目？"))).StatusCode);

        await _world.WaitForPostsAsync(2);
        await Task.Delay(500);
        Assert.Single(_world.Posts, p => (string?)p.Body!["type"] == "message");
    }

    [Fact]
    public async Task Message_WithoutId_IsAnsweredWithANewMessageInTheConversation()
    {
        await using var factory = Emulator();
        using var client = factory.CreateClient();

        await client.PostAsJsonAsync("/api/messages", Message(null!, _world.Address, "一共有多少个项目？"));

        var posts = await _world.WaitForPostsAsync(2);
        var reply = Assert.Single(posts, p => (string?)p.Body!["type"] == "message");
        Assert.Equal("/v3/conversations/conv-1/activities", reply.Path);
    }

    [Fact]
    public async Task Message_OverTheQuestionCap_GetsAPoliteAnswerNotARead()
    {
        await using var factory = Emulator();
        using var client = factory.CreateClient();

        await client.PostAsJsonAsync("/api/messages", Message("m-long", _world.Address, new string('问', 30_000)));

        var posts = await _world.WaitForPostsAsync(2);
        var reply = Assert.Single(posts, p => (string?)p.Body!["type"] == "message");
        Assert.Contains("太长", (string?)reply.Body!["attachments"]![0]!["content"]!["fallbackText"], StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendSigned(HttpClient client, string id, string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Message(id, _world.Address, "一共有多少个项目？")) };
        request.Headers.Authorization = new("Bearer", Token(kind));
        return await client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        _rolledKey.Dispose();
        _channelKey.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private AssistantFactory Emulator() => new(_data, new Dictionary<string, string> { ["BotFramework:AllowUnauthenticated"] = "true" });

    private AssistantFactory Authenticated() => new(_data, new Dictionary<string, string>
    {
        ["BotFramework:AppId"] = AppId,
        ["BotFramework:AppPassword"] = "secret",
        ["BotFramework:OpenIdMetadataUrl"] = _world.Address + "/.well-known/openidconfiguration",
        ["BotFramework:TokenEndpoint"] = _world.Address + "/token",
    });

    private string Token(string kind)
    {
        using var other = RSA.Create(2048);
        SecurityKey key = kind switch
        {
            "other-key" => new RsaSecurityKey(other) { KeyId = "channel-key" },
            "rolled-key" => new RsaSecurityKey(_rolledKey) { KeyId = "rolled-key" },
            "hmac" => new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64)) { KeyId = "channel-key" },
            _ => new RsaSecurityKey(_channelKey) { KeyId = "channel-key" },
        };
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = kind == "wrong-audience" ? "someone-else" : AppId,
            IssuedAt = kind == "expired" ? now.AddHours(-3) : now,
            NotBefore = kind == "expired" ? now.AddHours(-3) : now.AddMinutes(-1),
            Expires = kind == "expired" ? now.AddHours(-2) : now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = kind == "wrong-serviceurl" ? "https://evil.example/" : _world.Address },
            SigningCredentials = new SigningCredentials(key, kind == "hmac" ? SecurityAlgorithms.HmacSha256 : SecurityAlgorithms.RsaSha256),
        });
    }

    [Theory]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "table.docx", true)]
    [InlineData(Bot.Channels.BotFramework.Attachment.TeamsFile, "table.docx", true)]
    [InlineData("image/png", "photo.png", false)]
    public async Task Message_WithAFile_IsDownloadedAndReviewed(string contentType, string file, bool isTable)
    {
        await using var factory = Emulator();
        using var client = factory.CreateClient();
        var url = $"{_world.Address}/files/{file}";
        var attachment = contentType == Bot.Channels.BotFramework.Attachment.TeamsFile
            ? new Bot.Channels.BotFramework.Attachment(contentType, new System.Text.Json.Nodes.JsonObject { ["downloadUrl"] = url, ["fileType"] = "docx" }, Name: file)
            : new Bot.Channels.BotFramework.Attachment(contentType, null, url, file);

        await client.PostAsJsonAsync("/api/messages", Message("m-file", _world.Address, null) with { Attachments = [attachment] });

        var reply = Assert.Single(await _world.WaitForPostsAsync(2), p => (string?)p.Body!["type"] == "message");
        Assert.Equal(($"/files/{file}", (string?)null), Assert.Single(_world.Downloads)); // the Emulator has no token to send
        var text = (string?)reply.Body!["attachments"]![0]!["content"]!["fallbackText"];
        Assert.Contains(isTable ? SentFiles.TableName : "请发送 Word（.docx）或 Excel（.xlsx）格式的绩效目标表", text, StringComparison.Ordinal);
    }

    private static Bot.Channels.BotFramework.Activity Message(string id, string serviceUrl, string? text) => new()
    {
        Type = "message", Id = id, ChannelId = "emulator", ServiceUrl = serviceUrl, Text = text,
        From = new("user-1", "张三"), Recipient = new("bot", "助手"), Conversation = new("conv-1"),
    };
}
