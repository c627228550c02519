namespace Assistant.Bot.Understanding;

/// <summary>A stretch of the question a reader has used, so later readers do not read it again.</summary>
public readonly record struct Span(int Start, int End)
{
    /// <summary>True when the two stretches share a character.</summary>
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;
}
