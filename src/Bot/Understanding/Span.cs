using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>A stretch of the question a reader has used, so later readers do not read it again.</summary>
public readonly record struct Span(int Start, int End)
{
    /// <summary>The stretch a regular-expression match covers.</summary>
    public static Span Of(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new Span(match.Index, match.Index + match.Length);
    }

    /// <summary>True when the two stretches share a character.</summary>
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this stretch.</summary>
    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    /// <summary>True when no stretch of <paramref name="used"/> shares a character with <paramref name="match"/>.</summary>
    public static bool IsFree(IEnumerable<Span> used, Match match)
    {
        ArgumentNullException.ThrowIfNull(used);
        var span = Of(match);
        return !used.Any(s => s.Overlaps(span));
    }

    /// <summary>True when a stretch of <paramref name="used"/> holds all of <paramref name="match"/>.</summary>
    public static bool IsCovered(IEnumerable<Span> used, Match match)
    {
        ArgumentNullException.ThrowIfNull(used);
        var span = Of(match);
        return used.Any(s => s.Contains(span));
    }
}
