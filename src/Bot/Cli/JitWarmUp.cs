using System.Diagnostics;
using System.Runtime;

namespace Assistant.Bot.Cli;

/// <summary>
/// Warms a timed loop up the way a running server is warm: rounds are repeated until the JIT has gone quiet (no method
/// compiled or recompiled for <see cref="Quiet"/>), at least <see cref="Least"/> and at most <see cref="Most"/>. Tiered
/// compilation recompiles a hot method with its profile only after it has run for a while, in the background; on two
/// cores a fixed three seconds left some paths of the question mix at their first tier, and their tail was the p99.
/// </summary>
internal static class JitWarmUp
{
    /// <summary>How long the JIT must have compiled nothing before timing starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    /// <summary>The shortest warm-up.</summary>
    public static readonly TimeSpan Least = TimeSpan.FromSeconds(3);

    /// <summary>The longest warm-up, whether or not the JIT has gone quiet.</summary>
    public static readonly TimeSpan Most = TimeSpan.FromSeconds(30);

    /// <summary>Runs <paramref name="round"/> (given its number) until the JIT is quiet, and at least <paramref name="rounds"/> times.</summary>
    public static void Run(Action<int> round, int rounds = 1)
    {
        ArgumentNullException.ThrowIfNull(round);
        var clock = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        var lastCompiled = TimeSpan.Zero;
        for (var n = 0; ; n++)
        {
            if (n >= rounds && clock.Elapsed >= Least && (clock.Elapsed - lastCompiled >= Quiet || clock.Elapsed >= Most))
            {
                return;
            }

            round(n);
            var now = JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                (compiled, lastCompiled) = (now, clock.Elapsed);
            }
        }
    }
}
