using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>
/// A question that first takes a ranked set and then asks within it (预算最高的5个项目中有几个是资源配置处的, 预算前十的项目里
/// 信息所有几个): the condition after 中/里 narrows those projects, it does not take part in the ranking. Read as the set,
/// then a follow-up on it (其中…), so the order of the two steps is the question's.
/// </summary>
public static partial class RankedSetReader
{
    /// <summary>The set (预算最高的5个项目) and what is asked within it, or null when the question is not of this form.</summary>
    public static (string Set, string Within)? Split(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = SplitRegex().Match(question.Trim());
        return m.Success && m.Groups["rest"].Value.Trim('，', ',', ' ') is { Length: > 0 } rest ? (m.Groups["set"].Value, rest) : null;
    }

    /// <summary>
    /// The ranked projects (预算最高的项目, 信息所预算最低的那个项目, 预算第二高的项目) and what is asked of them (的满意度目标),
    /// or null when the question is not of this form: the indicator asked never takes part in the ranking.
    /// </summary>
    public static (string Set, string Asked)? SplitOwned(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = OwnedRegex().Match(question.Trim());
        return m.Success && m.Groups["rest"].Value.Trim('，', ',', ' ', '？', '?') is { Length: > 0 } rest ? (m.Groups["set"].Value, rest) : null;
    }

    /// <summary>True when <paramref name="asked"/> asks for a project's table or one of its fields (绩效目标是什么, 有哪些指标).</summary>
    public static bool AsksTable(string asked)
    {
        ArgumentNullException.ThrowIfNull(asked);
        return TableRegex().IsMatch(asked.Trim('，', ',', ' ', '？', '?'));
    }

    [GeneratedRegex(@"^(?:的)?(?:(?:年度|项目|总体)?(?:绩效目标|资金用途|用途)|(?:全部|所有)?指标|绩效目标表|目标表|表格?)(?:是什么|是啥|有哪些|有什么|都有哪些|都是什么|内容|情况)?$|^有(?:哪些|什么)(?:绩效)?指标$")]
    private static partial Regex TableRegex();

    // 预算最高的(那个)项目的…, 预算最高的三个项目的…, 预算第二高的项目的…: a superlative or a place, then 项目的.
    [GeneratedRegex(@"^(?<set>[^，,。？?]*?(?:最(?:高|低|多|少|大|小|贵|便宜)|第\s*[0-9一二三四五六七八九十两]+\s*(?:高|低|多|少|大|小|贵|便宜|名|位))[^，,。？?的]*?的\s*(?:[0-9一二三四五六七八九十两俩仨]+\s*个|那个|那一个|这个)?\s*项目)(?:的(?<rest>.+)|(?<rest>有(?:哪些|什么)(?:绩效)?指标))$")]
    private static partial Regex OwnedRegex();

    // The set names a first N (前十, 最高的5个, 最便宜的三个) before the 中/里 that opens the question within it.
    [GeneratedRegex(@"^(?<set>[^，,。？?]*?(?:前\s*[0-9一二三四五六七八九十两]+|最(?:高|低|多|少|大|小|贵|便宜)的\s*[0-9一二三四五六七八九十两俩仨]+\s*个?)[^，,。？?中里]*?)(?:当中|之中|里面|中|里)[，,]?(?<rest>.+)$")]
    private static partial Regex SplitRegex();
}
