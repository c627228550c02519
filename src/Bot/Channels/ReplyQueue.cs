using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Bot.Channels;

/// <summary>
/// Work that answers after the HTTP request has returned (messengers time out at a few seconds; a model may take
/// longer). A bounded queue worked by a hosted service; a failing item is logged and the next one goes on.
/// </summary>
public sealed partial class ReplyQueue(ILogger<ReplyQueue> logger) : BackgroundService
{
    private readonly Channel<Func<CancellationToken, Task>> _work = Channel.CreateBounded<Func<CancellationToken, Task>>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Queues a reply; false when the queue is full (the caller should answer 503).</summary>
    public bool TryEnqueue(Func<CancellationToken, Task> work) => _work.Writer.TryWrite(work);

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(_work.Reader.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 4, CancellationToken = stoppingToken },
            async (work, ct) =>
            {
                try
                {
                    await work(ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    LogFailed(logger, ex);
                }
            });

    [LoggerMessage(Level = LogLevel.Error, Message = "A queued reply failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
