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
    private readonly IReadOnlyList<AnswerBlock>? _blocks;

    /// <summary>An answer whose text was composed of blocks (text and typed tables); <see cref="Text"/> is its Markdown.</summary>
    public Answer(string question, Intent intent, AnswerText text, IReadOnlyList<AnswerProject> projects, decimal? value, string? unit,
        IReadOnlyList<AnswerCitation> citations, DraftTable? draft, IReadOnlyList<Finding>? findings)
        : this(question, intent, (text ?? throw new ArgumentNullException(nameof(text))).Markdown, projects, value, unit, citations, draft, findings) =>
        _blocks = text.Blocks;

    /// <summary>
    /// The answer as blocks (the reading line, Markdown text, tables with typed cells), for channels that show tables
    /// their own way; an answer not composed of blocks is one text block of <see cref="Text"/>.
    /// </summary>
    public IReadOnlyList<AnswerBlock> Blocks
    {
        get => _blocks ?? (Text.Length == 0 ? [] : [AnswerBlock.Paragraph(Text)]);
        init => _blocks = value;
    }

    /// <summary>How the question was read (the typed reading, as JSON), or null for help and errors.</summary>
    public Bot.Understanding.Understanding? Reading { get; init; }

    /// <summary>The budget year the answer is about.</summary>
    public int? Year { get; init; }

    /// <summary>Word and Excel downloads of this answer's draft or projects, or null when it has nothing to export.</summary>
    public AnswerExports? Exports { get; init; }

    /// <summary>
    /// How many projects a query answer is about, when <see cref="Projects"/> carries only the first
    /// <c>Queries:MaxProjects</c> of them; null when it carries them all.
    /// </summary>
    public int? Total { get; init; }

    /// <summary>True when a first N cut through projects tied on the number ordered by, so which were taken was arbitrary.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool TiedAtCut { get; init; }

    /// <summary>A text-only answer (help, clarification).</summary>
    public static Answer Plain(string question, Intent intent, string text) => new(question, intent, text, [], null, null, [], null, null);
}
