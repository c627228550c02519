using System.Text.Json;
using Assistant.Bot.Channels.BotFramework;
using Assistant.Bot.Channels.DingTalk;
using Assistant.Bot.Channels.Feishu;
using Assistant.Bot.Channels.WeCom;
using Assistant.Bot.Channels.WebChat;
using Assistant.Retrieval.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels;

/// <summary>Maps the web page and every channel whose secrets are configured, with the shared hardening.</summary>
public static partial class ChannelEndpoints
{
    /// <summary>Maps <c>/</c> (web chat), <c>/api/chat</c>, <c>/api/messages</c>, <c>/api/dingtalk</c>, <c>/api/wecom</c> and <c>/healthz</c>.</summary>
    public static WebApplication MapChannels(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler(errors => errors.Run(async context =>
        {
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            LogUnhandled(context.RequestServices.GetRequiredService<ILogger<ChannelOptions>>(), context.Request.Path, error);
            var (status, message) = error is BadHttpRequestException bad
                ? (bad.StatusCode, "请求无效：" + bad.Message)
                : (StatusCodes.Status500InternalServerError, "抱歉，处理这个请求时出错了，请稍后再试。");
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = message }).ConfigureAwait(false);
        }));
        var limits = app.Services.GetRequiredService<IOptions<ChannelOptions>>().Value;
        app.Use(async (context, next) =>
        {
            // A declared length over the limit is refused before reading; the server enforces it on streamed bodies too.
            if (context.Request.ContentLength > limits.MaxRequestBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.Response.WriteAsJsonAsync(new { error = $"request body larger than {limits.MaxRequestBytes} bytes" }).ConfigureAwait(false);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limits.MaxRequestBytes;
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseMiddleware<WebChatAccess>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();
        WarnIfUnauthenticated(app);

        app.MapGet("/healthz", (CorpusProvider corpus) => Results.Json(new { status = "ok", projects = corpus.Current.Projects.Count }));
        var web = app.MapGroup("/api").RequireRateLimiting(ChannelServiceCollectionExtensions.RatePolicy);
        web.MapPost("/chat", WebChatEndpoint.AskAsync);
        web.MapGet("/examples", WebChatEndpoint.Examples);
        web.MapGet("/export/{token}", DocumentEndpoints.Export);
        web.MapPost("/upload", DocumentEndpoints.UploadAsync).DisableAntiforgery();
        // Messengers: limited per verified user after verification (MessengerGate), not per platform address.
        var api = app.MapGroup("/api");
        // Each messenger is one IMessenger; the pipeline takes every one through the same steps.
        api.MapPost("/messages", (HttpRequest r, BotFrameworkMessenger m, MessengerPipeline p, CancellationToken ct) => p.HandleAsync(m, r, ct));
        if (app.Services.GetRequiredService<IOptions<DingTalkOptions>>().Value.Enabled)
        {
            api.MapPost("/dingtalk", (HttpRequest r, DingTalkMessenger m, MessengerPipeline p, CancellationToken ct) => p.HandleAsync(m, r, ct));
        }

        if (app.Services.GetRequiredService<IOptions<FeishuOptions>>().Value.Enabled)
        {
            api.MapPost("/feishu", (HttpRequest r, FeishuMessenger m, MessengerPipeline p, CancellationToken ct) => p.HandleAsync(m, r, ct));
        }

        if (app.Services.GetRequiredService<IOptions<WeComOptions>>().Value.Enabled)
        {
            api.MapGet("/wecom", WeComEndpoint.Verify);
            api.MapPost("/wecom", (HttpRequest r, WeComMessenger m, MessengerPipeline p, CancellationToken ct) => p.HandleAsync(m, r, ct));
        }

        return app;
    }

    private static void WarnIfUnauthenticated(WebApplication app)
    {
        var bot = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (!bot.Authenticated && bot.AllowUnauthenticated)
        {
            LogUnauthenticated(app.Services.GetRequiredService<ILogger<BotFrameworkOptions>>());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "BotFramework:AllowUnauthenticated is on: /api/messages accepts activities without a token (replies only to loopback service URLs). Use it with the Emulator only.")]
    private static partial void LogUnauthenticated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnhandled(ILogger logger, PathString path, Exception? exception);
}
