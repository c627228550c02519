using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>Reads a category condition: 设置了经济效益指标 (has), 缺少质量指标 / 没有时效指标 (lacks).</summary>
public static partial class CategoryReader
{
    /// <summary>The category's name (e.g. 质量指标), whether the question says it is missing, and where.</summary>
    public static (string Category, bool Lacks, Span Span)? Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = CategoryRegex().Match(question);
        if (!m.Success)
        {
            // 时效呢 / 那质量呢 after a project's rows: the category, said without 指标 (it was not read).
            m = BareRegex().Match(question);
            return m.Success ? (m.Groups["cat"].Value + "指标", false, Span.Of(m)) : null;
        }

        return (m.Groups["cat"].Value + "指标", m.Groups["neg"].Success, Span.Of(m));
    }

    /// <summary>
    /// Every category a question says is present (既有经济效益指标又有社会效益指标, 同时有经济效益和可持续影响指标,
    /// 既有经济效益又有可持续影响指标: two categories sharing one 指标), with its span. A pair said missing (没有经济效益和社会效益指标: neither, or not both?)
    /// is not read.
    /// </summary>
    public static IReadOnlyList<(string Category, Span Span)> ReadPresent(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var pairs = PairRegex().Matches(question).Where(m => !m.Groups["neg"].Success).ToList();
        var paired = pairs.SelectMany(m => new[] { (m.Groups["a"].Value + "指标", Span.Of(m)), (m.Groups["b"].Value + "指标", Span.Of(m)) });
        var single = CategoryRegex().Matches(question).Where(m => !m.Groups["neg"].Success && !pairs.Any(p => Span.Of(p).Overlaps(Span.Of(m))))
            .Select(m => (m.Groups["cat"].Value + "指标", Span.Of(m)));
        return [.. paired, .. single];
    }

    /// <summary>Every category a question says is missing (但没有经济效益指标), with its span.</summary>
    public static IReadOnlyList<(string Category, Span Span)> ReadLacking(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return [.. CategoryRegex().Matches(question).Where(m => m.Groups["neg"].Success).Select(m => (m.Groups["cat"].Value + "指标", Span.Of(m)))];
    }

    /// <summary>
    /// Two categories both said missing (既没有经济效益指标也没有可持续影响指标, 经济效益和可持续影响指标都没有): neither may
    /// be present. 没有经济效益和社会效益指标 (neither, or not both?) is not read here.
    /// </summary>
    public static (IReadOnlyList<string> Categories, Span Span)? ReadNeither(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = NeitherRegex().Match(question);
        return m.Success ? ([m.Groups["a"].Value + "指标", m.Groups["b"].Value + "指标"], Span.Of(m)) : null;
    }

    private const string Categories = "经济效益|社会效益|可持续影响|生态效益|服务对象满意度|质量|数量|时效|成本|产出|效益|满意度";

    [GeneratedRegex(@"(?<neg>缺少|缺乏|缺失|缺|(?<!有)没有|没设置?|(?<!有)没|未设置?|未包含|不含|不包含|无)?(?:有没有(?:设置了?|设)?|设置了|设置|设了|设有|设|包括|包含|含有|含|有)?(?<a>" + Categories + @")(?:指标)?(?:和|与|及|以及|、|[，,]?(?:又|也|还|同时|并且|而且))(?:设置了|设了|设有|有)?(?<b>" + Categories + @")(?:类)?指标")]
    private static partial Regex PairRegex();

    private const string Missing = "(?:没有|没设置?|未设置?|缺少|缺乏|不含|不包含|无)(?:设置了?|设)?";

    [GeneratedRegex(@"(?:既|又)?(?<!有)" + Missing + "(?<a>" + Categories + @")(?:指标)?[，,、]?(?:也|又|同时|还)" + Missing + "(?<b>" + Categories + @")(?:类)?指标" +
                    "|(?<a>" + Categories + @")(?:指标)?(?:和|与|及|以及|、)(?<b>" + Categories + @")(?:类)?指标(?:都|均|全都|全)" + Missing)]
    private static partial Regex NeitherRegex();

    // A whole follow-up naming a 二级 category without 指标: 时效呢, 那成本呢, 它的质量方面呢.
    [GeneratedRegex(@"^(?:那|那么)?(?:它的|它)?(?<cat>时效|质量|数量|成本|社会效益|经济效益|可持续影响)(?:方面|部分)?(?:的)?(?=呢[？?]*$)")]
    private static partial Regex BareRegex();

    // 有没有设置X指标 asks whether X is present: 没有 right after 有 is not a negation.
    [GeneratedRegex(@"(?<neg>缺少|缺乏|缺失|缺|(?<!有)没有|没设置?|(?<!有)没|未设置?|未包含|不含|不包含|无)?(?:有没有(?:设置了?|设)?|设置了|设置|设了|设有|设|包括|包含|含有|含|有)?(?<cat>经济效益|社会效益|可持续影响|生态效益|服务对象满意度|质量|数量|时效|成本|产出|效益|满意度)(?:类)?指标")]
    private static partial Regex CategoryRegex();
}
