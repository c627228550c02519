namespace Assistant.Bot.Answers;

/// <summary>The source of a figure in an answer: the project, the indicator (or 预算数) and the value as written.</summary>
public sealed record AnswerCitation(string Project, string Indicator, string Value, int? Year = null);
