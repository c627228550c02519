using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Hosting;

/// <summary>
/// Watches the corpus folder of a running server: when a table file is added, changed or removed (by <c>ingest</c>
/// or by hand), the corpus is reloaded and its index rebuilt aside, then swapped in; no restart is needed. A reload
/// that fails leaves the current corpus in use.
/// </summary>
public sealed partial class CorpusWatcher(CorpusProvider corpus, IOptions<RetrievalOptions> options, ILogger<CorpusWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = CorpusLocator.Resolve(options.Value.CorpusPath);
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        void OnChange(object? sender, FileSystemEventArgs e)
        {
            if (!Path.GetFileName(e.FullPath).StartsWith('.') && Retrieval.Documents.DocumentFormats.IsSupported(e.FullPath))
            {
                changed.Release();
            }
        }

        watcher.Created += OnChange;
        watcher.Changed += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += (s, e) => OnChange(s, e);
        while (!stoppingToken.IsCancellationRequested)
        {
            await changed.WaitAsync(stoppingToken).ConfigureAwait(false);

            // Let a burst of events (a copy, several files) settle before reading.
            while (await changed.WaitAsync(Quiet, stoppingToken).ConfigureAwait(false))
            {
            }

            try
            {
                var next = await Task.Run(() => CorpusIndex.Open(folder, options.Value.ResolvedDataPath, stoppingToken), stoppingToken).ConfigureAwait(false);
                corpus.Replace(next);
                LogReloaded(logger, next.Projects.Count, next.Errors.Count);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                LogReloadFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Corpus reloaded: {Projects} projects, {Errors} read errors")]
    private static partial void LogReloaded(ILogger logger, int projects, int errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Corpus reload failed; the previous corpus stays in use")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
