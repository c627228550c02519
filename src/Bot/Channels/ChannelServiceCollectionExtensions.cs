using System.Threading.RateLimiting;
using Assistant.Bot.Channels.BotFramework;
using Assistant.Bot.Channels.DingTalk;
using Assistant.Bot.Channels.Feishu;
using Assistant.Bot.Channels.WeCom;
using Assistant.Bot.Channels.WebChat;
using Assistant.Bot.Conversation;
using Assistant.Bot.Persistence;
using Assistant.Retrieval.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels;

/// <summary>Registers the front doors: web chat, Bot Framework, DingTalk and WeCom, with persistence and limits.</summary>
public static class ChannelServiceCollectionExtensions
{
    /// <summary>The rate limiting policy of the web page's endpoints: per client address.</summary>
    public const string RatePolicy = "per-address";

    /// <summary>
    /// Adds channel options (validated on start, errors naming the key), SQLite conversation state, the reply queue,
    /// the Bot Framework connector, and a per-user rate limiter. Call before AddConversation.
    /// </summary>
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebChatOptions>>(new ProblemsValidator<WebChatOptions>(o => o.Problems()));
        services.AddOptions<DocumentLimits>().BindConfiguration(DocumentLimits.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateOnStart();
        services.AddOptions<DingTalkOptions>().BindConfiguration(DingTalkOptions.SectionName);
        services.AddOptions<FeishuOptions>().BindConfiguration(FeishuOptions.SectionName);
        // Outbound calls (replies, tokens, file downloads) retry transient failures (5xx, 408, 429, a dropped
        // connection) with backoff, behind a circuit breaker; they run on the reply queue, never in the callback.
        services.AddHttpClient<FeishuClient>().AddStandardResilienceHandler();
        // Typed clients are transient: their access tokens live in singletons, or every message would fetch one.
        services.AddKeyedSingleton(nameof(FeishuClient), (sp, _) => new CachedToken(sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton(nameof(BotConnectorClient), (sp, _) => new CachedToken(sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient<DingTalkClient>().AddStandardResilienceHandler();
        services.AddHttpClient(DingTalkMessenger.WebhookClient).AddStandardResilienceHandler();
        // WeCom's passive reply is the callback's response, which WeCom waits 5 seconds for: one quick retry at most.
        services.AddHttpClient<WeComClient>().AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.Retry.Delay = TimeSpan.FromMilliseconds(200);
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(4);
        });
        services.AddKeyedSingleton(nameof(WeComClient), (sp, _) => new CachedToken(sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton(nameof(DingTalkClient), (sp, _) => new CachedToken(sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>>(new ProblemsValidator<BotFrameworkOptions>(o => o.Problems()));
        services.AddSingleton<IValidateOptions<WeComOptions>>(new ProblemsValidator<WeComOptions>(o => o.Problems()));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<ReplyQueue>();
        services.AddSingleton<TableFileReview>();
        services.AddSingleton<MessengerPipeline>();
        services.AddTransient<BotFrameworkMessenger>();
        services.AddTransient<DingTalkMessenger>();
        services.AddTransient<FeishuMessenger>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplyQueue>());
        services.AddHttpClient();
        services.AddHttpClient<BotConnectorClient>().AddStandardResilienceHandler();
        services.AddSingleton<BotFrameworkAuthenticator>();
        if (configuration.GetSection(WeComOptions.SectionName).Get<WeComOptions>() is { Enabled: true })
        {
            services.AddSingleton(sp =>
            {
                var o = sp.GetRequiredService<IOptions<WeComOptions>>().Value;
                return new WeComCrypto(o.Token!, o.EncodingAesKey!, o.CorpId!);
            });
            services.AddTransient<WeComMessenger>();
        }
        services.AddSingleton<IDeliveryLog, SqliteDeliveryLog>();
        services.AddSingleton<MessengerGate>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, ct) =>
                new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(new { error = MessengerGate.TooManyRequests }, ct));
            // The web page's users are known only by address (behind a reverse proxy: configure forwarded headers);
            // a client-chosen header never decides the bucket. Messengers are limited per verified user by MessengerGate.
            limiter.AddPolicy(RatePolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<ChannelOptions>>().Value.PermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }

    private sealed class ProblemsValidator<T>(Func<T, IReadOnlyList<string>> problems) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            problems(options) is { Count: > 0 } found ? ValidateOptionsResult.Fail(found) : ValidateOptionsResult.Success;
    }
}
