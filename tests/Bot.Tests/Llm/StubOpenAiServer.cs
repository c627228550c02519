using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Bot.Tests.Llm;

/// <summary>
/// An OpenAI-compatible chat completions server on loopback that plays a script: first it asks for one tool call,
/// then, once the tool's result comes back, it answers with the scripted text. It records every request.
/// </summary>
public sealed class StubOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StubOpenAiServer(WebApplication app, string endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    public List<JsonNode> Requests { get; } = [];

    public static async Task<StubOpenAiServer> StartAsync(string toolName, string toolArguments, string finalAnswer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        StubOpenAiServer? server = null;
        app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!;
            lock (server!.Requests)
            {
                server.Requests.Add(body);
            }

            var answered = body["messages"]!.AsArray().Any(m => (string?)m!["role"] == "tool");
            var message = answered
                ? new JsonObject { ["role"] = "assistant", ["content"] = finalAnswer }
                : new JsonObject
                {
                    ["role"] = "assistant",
                    ["content"] = null,
                    ["tool_calls"] = new JsonArray(new JsonObject
                    {
                        ["id"] = "call_1",
                        ["type"] = "function",
                        ["function"] = new JsonObject { ["name"] = toolName, ["arguments"] = toolArguments },
                    }),
                };
            var response = new JsonObject
            {
                ["id"] = "chatcmpl-stub",
                ["object"] = "chat.completion",
                ["created"] = 1,
                ["model"] = "stub",
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = answered ? "stop" : "tool_calls" }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
            };
            return Results.Content(response.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new StubOpenAiServer(app, address + "/v1");
        return server;
    }

    public string ToolResults() => string.Join('\n', Requests.SelectMany(r => r["messages"]!.AsArray())
        .Where(m => (string?)m!["role"] == "tool").Select(m => m!["content"]!.ToJsonString()));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
