using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>Reads a free-text topic: 人工智能相关的项目, 跟自然科学基金有关的, 关于天开园的项目, 名称含“外国专家”的项目.</summary>
public static partial class TopicReader
{
    /// <summary>The topic and where it stands, or null.</summary>
    public static (string Topic, Span Span)? Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        foreach (var regex in new[] { NamedRegex(), RelatedRegex(), AboutRegex() })
        {
            var m = regex.Match(question);
            if (m.Success)
            {
                var topic = m.Groups["t"].Value.Trim(' ', '的', '“', '”', '"', '「', '」', '‘', '’');
                if (regex != NamedRegex())
                {
                    // A quoted name keeps its every character; a topic drops 项目 and is one phrase.
                    topic = WithoutProjectWord(topic);
                    if (JoinedRegex().IsMatch(topic))
                    {
                        return null; // 有关天开园和人工智能的: two topics, both or either; not read as one phrase no table writes
                    }

                    if (SaidOfRowsRegex().IsMatch(topic))
                    {
                        return null; // 哪些项目设了人次类的指标: a row's form, not a phrase to look up (it found none)
                    }
                }

                else if (m.Value.IndexOfAny(['“', '"', '「', '‘']) < 0 && JoinedRegex().IsMatch(topic))
                {
                    return null; // 名称包含评审和验收的: two words unquoted, never the phrase 评审和验收 (it found none)
                }

                if (topic.Length > 0)
                {
                    return (topic, Span.Of(m));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A topic without the 项目 it ends with (监理项目有几个, 与监理项目相关: the projects about 监理; only one table writes
    /// 监理项目), when something is left of it.
    /// </summary>
    public static string WithoutProjectWord(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return topic.Length > 3 && topic.EndsWith("项目", StringComparison.Ordinal) ? topic[..^2] : topic;
    }

    [GeneratedRegex(@"[和与及或、]")]
    private static partial Regex JoinedRegex();

    [GeneratedRegex(@"设了|设置|设有|写了|写的|写成|指标")]
    private static partial Regex SaidOfRowsRegex();

    [GeneratedRegex(@"(?:名称|名字|项目名)(?:里|中)?(?:含|包含|带|带有|有)(?:有)?[“""「‘]?(?<t>[^”""」’，,。？?]+?)[”""」’]?(?:的|字样)")]
    private static partial Regex NamedRegex();

    // 有关于 opens a topic (有没有关于人工智能的项目): its 有关 never closes one (it read the topic 没).
    [GeneratedRegex(@"(?:和|与|跟|同)?(?<t>[^，,。？?和与跟同哪些有]{1,20}?)(?:相关|有关(?!于)|方面|领域|类)的?")]
    private static partial Regex RelatedRegex();

    [GeneratedRegex(@"(?:(?<!没)有关于|关于|涉及|围绕|针对|(?<!没)有关)(?<t>[^，,。？?]{1,20}?)的(?:项目|工作)")]
    private static partial Regex AboutRegex();
}
