namespace Assistant.Bot.Channels;

/// <summary>A file a user sent in a messenger: its name and the platform's handle to fetch it.</summary>
/// <param name="Name">The file name as sent.</param>
/// <param name="Reference">The platform's handle: a downloadCode, MediaId, file_key, or an address.</param>
public sealed record SentFile(string Name, string Reference);
