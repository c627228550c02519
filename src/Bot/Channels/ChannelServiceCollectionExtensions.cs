using System.Threading.RateLimiting;
using Assistant.Bot.Channels.BotFramework;
using Assistant.Bot.Channels.DingTalk;
using Assistant.Bot.Channels.Feishu;
using Assistant.Bot.Channels.WeCom;
using Assistant.Bot.Conversation;
using Assistant.Bot.Persistence;
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
    /// <summary>The rate limiting policy every channel endpoint uses.</summary>
    public const string RatePolicy = "per-user";

    /// <summary>
    /// Adds channel options (validated on start, errors naming the key), SQLite conversation state, the reply queue,
    /// the Bot Framework connector, and a per-user rate limiter. Call before AddConversation.
    /// </summary>
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateOnStart();
        services.AddOptions<DingTalkOptions>().BindConfiguration(DingTalkOptions.SectionName);
        services.AddOptions<FeishuOptions>().BindConfiguration(FeishuOptions.SectionName);
        services.AddHttpClient<FeishuClient>();
        services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>>(new ProblemsValidator<BotFrameworkOptions>(o => o.Problems()));
        services.AddSingleton<IValidateOptions<WeComOptions>>(new ProblemsValidator<WeComOptions>(o => o.Problems()));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<ReplyQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplyQueue>());
        services.AddHttpClient();
        services.AddHttpClient<BotConnectorClient>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        if (configuration.GetSection(WeComOptions.SectionName).Get<WeComOptions>() is { Enabled: true })
        {
            services.AddSingleton(sp =>
            {
                var o = sp.GetRequiredService<IOptions<WeComOptions>>().Value;
                return new WeComCrypto(o.Token!, o.EncodingAesKey!, o.CorpId!);
            });
        }
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RatePolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<ChannelOptions>>().Value.PermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(UserKey(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }

    // A user is their messenger identity where the transport shows it, else their address.
    private static string UserKey(HttpContext context) =>
        context.Request.Headers["X-Assistant-User"].FirstOrDefault() ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private sealed class ProblemsValidator<T>(Func<T, IReadOnlyList<string>> problems) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            problems(options) is { Count: > 0 } found ? ValidateOptionsResult.Fail(found) : ValidateOptionsResult.Success;
    }
}
