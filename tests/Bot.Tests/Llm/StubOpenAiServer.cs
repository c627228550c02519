using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

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
        StubOpenAiServer? server = null;
        var (app, address) = await LoopbackHost.StartAsync(app => app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!;
            lock (server!.Requests)
            {
                server.Requests.Add(body);
            }

            var answered = body["messages"]!.AsArray().Any(m => (string?)m!["role"] == "tool");
            return Results.Content(Completion(answered, toolName, toolArguments, finalAnswer).ToJsonString(), "application/json");
        }));
        server = new StubOpenAiServer(app, address + "/v1");
        return server;
    }

    private static JsonObject Completion(bool answered, string toolName, string toolArguments, string finalAnswer)
    {
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
        return new JsonObject
        {
            ["id"] = "chatcmpl-stub",
            ["object"] = "chat.completion",
            ["created"] = 1,
            ["model"] = "stub",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = answered ? "stop" : "tool_calls" }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
        };
    }

    public string ToolResults() => string.Join('\n', Requests.SelectMany(r => r["messages"]!.AsArray())
        .Where(m => (string?)m!["role"] == "tool").Select(m => m!["content"]!.ToJsonString()));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
