using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>
/// A few whole English question frames around Chinese names (What is the budget of 科技帮扶工程?), each translated to the
/// Chinese question it means and then read like any other, with the translation shown. Anything else in English is
/// told it is not supported. Each frame is one row of <see cref="Frames"/>.
/// </summary>
public static class EnglishFrameReader
{
    private const string Name = "(?<x>[^?？]*[\\p{IsCJKUnifiedIdeographs}][^?？]*?)";

    private static readonly (Regex Frame, string Chinese)[] Frames =
    [
        (Frame("(?:what is|what's|whats|tell me) the (?:total )?budget (?:of|for) " + Name), "{0}的预算是多少"),
        (Frame("(?:what is|what's|whats) the satisfaction target (?:of|for) " + Name), "{0}的满意度目标是多少"),
        (Frame("how many projects (?:does|do) " + Name + " have"), "{0}有几个项目"),
        (Frame("how many projects (?:are there )?(?:in|of|under) " + Name), "{0}有几个项目"),
        (Frame("how many projects are there"), "一共有多少个项目"),
        (Frame("(?:what is|what's) the total budget(?: of all projects)?"), "所有项目的预算合计是多少"),
    ];

    /// <summary>The Chinese question an English one means, or null when no frame fits.</summary>
    public static string? Translate(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        foreach (var (frame, chinese) in Frames)
        {
            var m = frame.Match(question.Trim());
            if (m.Success)
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, chinese, m.Groups["x"].Value.Trim());
            }
        }

        return null;
    }

    private static Regex Frame(string pattern) => new("^" + pattern + "\\s*[?？.。]?$", RegexOptions.IgnoreCase);
}
