using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Bot.Tests.Channels;

public sealed class WebHostTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("web-test-").FullName;

    [Fact]
    public async Task Healthz_AndPage_AreServed()
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();

        var health = JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement;
        var page = await client.GetStringAsync("/");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(95, health.GetProperty("projects").GetInt32());
        Assert.Contains("绩效指标助手", page, StringComparison.Ordinal);
        Assert.Contains("favicon.svg", page, StringComparison.Ordinal);
        var icon = await client.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Chat_Question_ReturnsTheAnswerJson()
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();

        var answer = await client.PostAsJsonAsync("/api/chat", new { conversation = "w1", q = "战略院的预算合计" });

        var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(278m, json.GetProperty("value").GetDecimal());
        Assert.Equal("sum", json.GetProperty("intent").GetString());
    }

    [Theory]
    [InlineData("{oops")]
    [InlineData("""{"conversation":"x"}""")]
    [InlineData("[]")]
    public async Task Chat_Malformed_Is400WithAReason(string body)
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/chat", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_OversizedBody_IsRefused()
    {
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string> { ["Channels:MaxRequestBytes"] = "2048" });
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/chat", new { conversation = "w2", q = new string('问', 5000) });

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, response.StatusCode.ToString());
    }

    [Fact]
    public async Task Chat_TooManyRequestsFromOneAddress_AreLimitedWhateverUserHeaderIsSent()
    {
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string> { ["Channels:PermitsPerMinute"] = "3" });
        using var client = factory.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            // A header the client chooses (a new "user" each time) never opens a new bucket.
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { conversation = "w3", q = "一共有多少个项目？" }) };
            request.Headers.Add("X-Assistant-User", "user-" + i);
            codes.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task Restart_MidConversation_FollowUpStillRefines()
    {
        await using (var first = new AssistantFactory(_data))
        {
            using var client = first.CreateClient();
            var answer = await client.PostAsJsonAsync("/api/chat", new { conversation = "persist", q = "信息所的项目预算合计" });
            Assert.Equal(1025m, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("value").GetDecimal());
        }

        await using var second = new AssistantFactory(_data);
        using var again = second.CreateClient();
        var followUp = await again.PostAsJsonAsync("/api/chat", new { conversation = "persist", q = "那战略院呢？" });

        Assert.Equal(278m, JsonDocument.Parse(await followUp.Content.ReadAsStringAsync()).RootElement.GetProperty("value").GetDecimal());
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
