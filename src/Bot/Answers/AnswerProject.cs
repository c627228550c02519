namespace Assistant.Bot.Answers;

/// <summary>A project an answer is about.</summary>
public sealed record AnswerProject(string Name, string Department, decimal Budget, int? Year = null);
