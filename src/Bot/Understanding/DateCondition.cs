namespace Assistant.Bot.Understanding;

/// <summary>A date condition read from a question: due no later than / no earlier than / within.</summary>
public sealed record DateCondition(DateOnly? From, DateOnly? To, int Start, int End);
