using Assistant.Plugins.Drafting;
using Assistant.Bot.Understanding;

namespace Assistant.Bot.Conversation;

/// <summary>What a conversation remembers between questions, so follow-ups can refine the previous answer.</summary>
/// <param name="Last">The previous question's understanding (follow-ups already merged in).</param>
/// <param name="Projects">The previous answer's projects, in the order shown (第二个 refers to these).</param>
/// <param name="Draft">The last draft, for export and revision.</param>
/// <param name="UpdatedAt">When the conversation last spoke.</param>
/// <param name="Evidence">The rows that made the previous answer's projects match (for a results export).</param>
/// <param name="Year">The budget year of the previous answer's projects: a name recurs across years, the pair does not.</param>
/// <param name="Partial">
/// True when <paramref name="Projects"/> are only the first of the previous answer's projects (an answer carries at most
/// <c>Queries:MaxProjects</c>): a follow-up then narrows by the previous conditions, never by these names alone.
/// </param>
public sealed record ConversationState(
    Understanding.Understanding? Last,
    IReadOnlyList<string> Projects,
    DraftTable? Draft,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<Answers.AnswerCitation>? Evidence = null,
    int? Year = null,
    bool Partial = false);
