using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Conversation;

/// <summary>Bounds on conversation state. Configuration section <c>Conversation</c>.</summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Conversation";

    /// <summary>Most conversations kept (<c>Conversation:MaxConversations</c>); the least recently used go first.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>
    /// The server's public address (<c>Conversation:PublicBaseUrl</c>), e.g. <c>https://zhushou.example.gov.cn/</c>, so a
    /// download link sent in a messenger is complete; empty: links are relative, which works on the web page.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Longest question in characters (<c>Conversation:MaxQuestionLength</c>), on every front door; a longer one gets
    /// a polite answer and is not read.
    /// </summary>
    [Range(10, 1_000_000)]
    public int MaxQuestionLength { get; set; } = 20_000;

    /// <summary>
    /// Rows of a project list written in an answer's text (<c>Conversation:ListedRows</c>); a longer list says how many
    /// there are and offers the whole list as an Excel export. The JSON answer carries up to <c>Queries:MaxProjects</c>.
    /// </summary>
    [Range(1, 1000)]
    public int ListedRows { get; set; } = 20;

    /// <summary>Minutes of silence after which a conversation is forgotten (<c>Conversation:IdleMinutes</c>).</summary>
    [Range(1, 60 * 24 * 365)]
    public int IdleMinutes { get; set; } = 24 * 60;
}
