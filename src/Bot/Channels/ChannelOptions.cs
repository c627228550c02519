using System.ComponentModel.DataAnnotations;

namespace Assistant.Bot.Channels;

/// <summary>Limits on every front door. Configuration section <c>Channels</c>.</summary>
public sealed class ChannelOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Channels";

    /// <summary>Largest request body in bytes (<c>Channels:MaxRequestBytes</c>); a pasted table fits easily.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Requests a user may make per minute (<c>Channels:PermitsPerMinute</c>).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerMinute { get; set; } = 120;

}
