using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels;

/// <summary>
/// The step every messenger takes after verifying a request and before answering it: a repeated delivery is
/// dropped, and each verified user (taken from the signed payload, never from a header a client chooses) has their
/// own rate limit, <c>Channels:PermitsPerMinute</c>. A platform's callbacks all come from its few addresses, so an
/// address-keyed limit would make a whole organisation share one bucket.
/// </summary>
public sealed class MessengerGate(IDeliveryLog deliveries, IOptions<ChannelOptions> options) : IDisposable
{
    /// <summary>The Chinese message of a 429.</summary>
    public const string TooManyRequests = "提问太频繁了，请一分钟后再试。";

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    /// <summary>Decides about one verified request; <paramref name="deliveryId"/> may be null when the platform gives none.</summary>
    public GateOutcome Admit(string channel, string? deliveryId, string user)
    {
        if (!string.IsNullOrEmpty(deliveryId) && !deliveries.TryRecord(channel, deliveryId))
        {
            return GateOutcome.Duplicate;
        }

        using var lease = _limiter.AttemptAcquire($"{channel}:{user}");
        return lease.IsAcquired ? GateOutcome.Admitted : GateOutcome.Limited;
    }

    /// <summary>The 429 answer.</summary>
    public static IResult Limited() => Results.Json(new { error = TooManyRequests }, statusCode: StatusCodes.Status429TooManyRequests);

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
