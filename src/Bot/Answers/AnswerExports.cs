namespace Assistant.Bot.Answers;

/// <summary>
/// Downloads of what an answer shows (its draft, or its projects' tables), kept as a snapshot under an unguessable
/// token, so the web page's buttons and a messenger's links fetch this answer's tables even after later questions.
/// </summary>
/// <param name="Word">The .docx address.</param>
/// <param name="Excel">The .xlsx address.</param>
public sealed record AnswerExports(string Word, string Excel);
