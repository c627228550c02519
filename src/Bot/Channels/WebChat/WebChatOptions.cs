namespace Assistant.Bot.Channels.WebChat;

/// <summary>The web page and its APIs (chat, upload, export). Configuration section <c>WebChat</c>.</summary>
public sealed class WebChatOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "WebChat";

    /// <summary>
    /// Serve the page, <c>/api/chat</c>, upload and export (<c>WebChat:Enabled</c>, default true). Off for a
    /// messenger-only server: those paths answer 404.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// When set (<c>WebChat:AccessKey</c>), every web request must carry it: the one-time link <c>/?key=…</c> sets a
    /// cookie, or a client sends the <c>X-Assistant-Key</c> header.
    /// </summary>
    public string? AccessKey { get; set; }

    /// <summary>Configuration problems, each naming its key.</summary>
    public IReadOnlyList<string> Problems() =>
        AccessKey is { Length: > 0 and < 16 } ? [$"{SectionName}:AccessKey must be at least 16 characters"] : [];
}
