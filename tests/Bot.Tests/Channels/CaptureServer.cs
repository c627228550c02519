using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Assistant.Bot.Tests.Channels;

/// <summary>
/// A loopback HTTP server standing in for the outside world: it records every POST (a channel's reply endpoint, a
/// DingTalk session webhook) and can serve fixed documents (OpenID metadata, JWKS, a token endpoint).
/// </summary>
public sealed class CaptureServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CaptureServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    private int _tokenRequests;
    private int _failures;

    public string Address { get; }

    /// <summary>How many access tokens were requested (Bot Framework and Feishu token endpoints).</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public ConcurrentQueue<(string Path, string? Authorization, JsonNode? Body)> Posts { get; } = new();

    /// <summary>Makes the next <paramref name="count"/> POSTs to a reply endpoint fail with 503 (a transient outage).</summary>
    public void FailNextPosts(int count) => Volatile.Write(ref _failures, count);

    /// <summary>Every file fetched (path and the Authorization header sent with it).</summary>
    public ConcurrentQueue<(string Path, string? Authorization)> Downloads { get; } = new();

    /// <param name="documents">JSON documents served on GET, made from the server's address.</param>
    /// <param name="files">Files served on GET (a messenger's file download API, a Teams attachment).</param>
    public static async Task<CaptureServer> StartAsync(IDictionary<string, Func<string, string>>? documents = null, IDictionary<string, byte[]>? files = null)
    {
        CaptureServer? server = null;
        var (app, address) = await LoopbackHost.StartAsync(app =>
        {
            foreach (var (path, document) in documents ?? new Dictionary<string, Func<string, string>>())
            {
                app.MapGet(path, () => Results.Content(document(server!.Address), "application/json"));
            }

            foreach (var (path, bytes) in files ?? new Dictionary<string, byte[]>())
            {
                app.MapGet(path, (HttpRequest request) =>
                {
                    server!.Downloads.Enqueue((request.Path + request.QueryString, request.Headers.Authorization.FirstOrDefault()));
                    return Results.Bytes(bytes, "application/octet-stream");
                });
            }

            app.MapPost("/token", () =>
            {
                Interlocked.Increment(ref server!._tokenRequests);
                return Results.Json(new { access_token = "outbound-token", expires_in = 3600, token_type = "Bearer" });
            });
            app.MapPost("/open-apis/auth/v3/tenant_access_token/internal", () =>
            {
                Interlocked.Increment(ref server!._tokenRequests);
                return Results.Json(new { code = 0, tenant_access_token = "tenant-token", expire = 7200 });
            });
            // WeCom: an application access token.
            app.MapGet("/cgi-bin/gettoken", () =>
            {
                Interlocked.Increment(ref server!._tokenRequests);
                return Results.Json(new { errcode = 0, access_token = "wecom-token", expires_in = 7200 });
            });

            // DingTalk: an app access token, and the robot file download API naming where the file is served.
            app.MapPost("/v1.0/oauth2/accessToken", () =>
            {
                Interlocked.Increment(ref server!._tokenRequests);
                return Results.Json(new { accessToken = "dingtalk-token", expireIn = 7200 });
            });
            app.MapPost("/v1.0/robot/messageFiles/download", async (HttpRequest request) =>
            {
                var body = await JsonNode.ParseAsync(request.Body);
                server!.Posts.Enqueue(("/v1.0/robot/messageFiles/download", request.Headers["x-acs-dingtalk-access-token"].FirstOrDefault(), body));
                return Results.Json(new { downloadUrl = $"{server.Address}/files/dingtalk/{(string?)body!["downloadCode"]}" });
            });
            app.MapPost("/{**path}", async (HttpRequest request, string path) =>
            {
                if (Interlocked.Decrement(ref server!._failures) >= 0)
                {
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                }

                var body = await JsonNode.ParseAsync(request.Body);
                server!.Posts.Enqueue(("/" + path, request.Headers.Authorization.FirstOrDefault(), body));
                return Results.Json(new { id = "ok" });
            });
        });
        server = new CaptureServer(app, address);
        return server;
    }

    /// <summary>Waits until at least <paramref name="count"/> POSTs arrived (replies are sent after the response).</summary>
    public async Task<IReadOnlyList<(string Path, string? Authorization, JsonNode? Body)>> WaitForPostsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (Posts.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return Posts.ToList();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
