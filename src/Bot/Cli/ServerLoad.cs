using System.Diagnostics;
using System.Net.Http.Json;
using Assistant.Bot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Assistant.Bot.Cli;

/// <summary>
/// The server load check of <c>bench --server</c>: the real host on a loopback port, N concurrent users each asking
/// the offline question mix in their own conversation for a fixed time; reports latency percentiles and errors.
/// </summary>
public static class ServerLoad
{
    // Load runs unmeasured this long first, as on a server that has been up: tiered JIT promotes the hot paths.
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <summary>Runs the load check.</summary>
    /// <param name="corpus">The corpus folder.</param>
    /// <param name="users">Concurrent users.</param>
    /// <param name="duration">How long to run.</param>
    /// <param name="think">Each user's pause between an answer and the next question (0: a closed loop at full speed).</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<Dictionary<string, object>> RunAsync(string? corpus, int users, TimeSpan duration, TimeSpan think, CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("assistant-load-").FullName;
        try
        {
            await using var app = AssistantHost.Build([], new Dictionary<string, string?>
            {
                ["Retrieval:CorpusPath"] = corpus,
                ["Retrieval:DataPath"] = data,
                ["Channels:PermitsPerMinute"] = "1000000",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Urls"] = "http://127.0.0.1:0",
            });
            await app.StartAsync(ct).ConfigureAwait(false);
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = users }) { BaseAddress = address };

            // Warm up: JIT, index, caches.
            foreach (var question in BenchCommand.QuestionMix)
            {
                (await http.PostAsJsonAsync("/api/chat", new { conversation = "warm", q = question }, ct).ConfigureAwait(false)).EnsureSuccessStatusCode();
            }

            var latencies = new List<double>[users];
            var errors = 0;
            var stop = Stopwatch.StartNew();
            duration += WarmUp;
            await Parallel.ForEachAsync(Enumerable.Range(0, users), new ParallelOptions { MaxDegreeOfParallelism = users, CancellationToken = ct }, async (user, token) =>
            {
                var mine = latencies[user] = [];
                for (var i = 0; stop.Elapsed < duration; i++)
                {
                    var question = BenchCommand.QuestionMix[(user + i) % BenchCommand.QuestionMix.Count];
                    var clock = Stopwatch.StartNew();
                    using var response = await http.PostAsJsonAsync("/api/chat", new { conversation = $"user-{user}", q = question }, token).ConfigureAwait(false);
                    await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
                    if (stop.Elapsed > WarmUp)
                    {
                        mine.Add(clock.Elapsed.TotalMilliseconds);
                    }

                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }

                    if (think > TimeSpan.Zero)
                    {
                        await Task.Delay(think, token).ConfigureAwait(false);
                    }
                }
            }).ConfigureAwait(false);
            await app.StopAsync(ct).ConfigureAwait(false);
            var all = latencies.SelectMany(l => l).Order().ToList();
            return new Dictionary<string, object>
            {
                ["users"] = users,
                ["thinkMs"] = think.TotalMilliseconds,
                ["seconds"] = Math.Round((stop.Elapsed - WarmUp).TotalSeconds, 1),
                ["requests"] = all.Count,
                ["errors"] = errors,
                ["requestsPerSecond"] = Math.Round(all.Count / (stop.Elapsed - WarmUp).TotalSeconds),
                ["p50Ms"] = Math.Round(BenchCommand.Percentile(all, 0.50), 2),
                ["p99Ms"] = Math.Round(BenchCommand.Percentile(all, 0.99), 2),
                ["maxMs"] = Math.Round(all[^1], 2),
            };
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
