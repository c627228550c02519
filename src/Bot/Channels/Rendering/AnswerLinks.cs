using Assistant.Bot.Answers;

namespace Assistant.Bot.Channels.Rendering;

/// <summary>
/// Where a messenger's reader finds more than a message holds: the whole answer on the web page and its downloads,
/// as absolute addresses under <c>Conversation:PublicBaseUrl</c> (a messenger cannot follow a relative link).
/// </summary>
/// <param name="Page">The web page asking the same question, or null without a public address.</param>
/// <param name="Word">The Word download, or null.</param>
/// <param name="Excel">The Excel download, or null.</param>
public sealed record AnswerLinks(string? Page, string? Word, string? Excel)
{
    /// <summary>The links of <paramref name="answer"/> under <paramref name="publicBaseUrl"/> (none when it is empty).</summary>
    public static AnswerLinks Of(Answer answer, string? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (string.IsNullOrWhiteSpace(publicBaseUrl))
        {
            return new AnswerLinks(null, null, null);
        }

        var root = publicBaseUrl.TrimEnd('/') + "/";
        string? Absolute(string? link) => link is null ? null : link.StartsWith("http", StringComparison.Ordinal) ? link : root + link;
        return new AnswerLinks(root + "?q=" + Uri.EscapeDataString(answer.Question), Absolute(answer.Exports?.Word), Absolute(answer.Exports?.Excel));
    }
}
