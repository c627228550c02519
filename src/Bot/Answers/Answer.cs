using System.Text.Json.Serialization;
using Assistant.Bot.Understanding;
using Assistant.Plugins.Drafting;
using Assistant.Plugins.Validation;

namespace Assistant.Bot.Answers;

/// <summary>An answer: the reply text (Markdown) and its structure for programs.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Intent">What the question was understood to ask.</param>
/// <param name="Text">The reply in Chinese Markdown; every figure names its source.</param>
/// <param name="Projects">Every project the answer is about, in the order shown.</param>
/// <param name="Value">The headline number when the answer is one number (a sum, a count, a typical target), else null.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
/// <param name="Citations">The rows and budgets the figures come from.</param>
/// <param name="Draft">The drafted table, when drafting.</param>
/// <param name="Findings">The review findings, when validating or drafting.</param>
public sealed record Answer(
    string Question,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Intent>))] Intent Intent,
    string Text,
    IReadOnlyList<AnswerProject> Projects,
    decimal? Value,
    string? Unit,
    IReadOnlyList<AnswerCitation> Citations,
    DraftTable? Draft,
    IReadOnlyList<Finding>? Findings)
{
    /// <summary>How the question was read (the typed reading, as JSON), or null for help and errors.</summary>
    public Bot.Understanding.Understanding? Reading { get; init; }

    /// <summary>The budget year the answer is about.</summary>
    public int? Year { get; init; }

    /// <summary>Word and Excel downloads of this answer's draft or projects, or null when it has nothing to export.</summary>
    public AnswerExports? Exports { get; init; }

    /// <summary>A text-only answer (help, clarification).</summary>
    public static Answer Plain(string question, Intent intent, string text) => new(question, intent, text, [], null, null, [], null, null);
}
