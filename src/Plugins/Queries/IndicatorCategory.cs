using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>
/// The fixed 一级/二级 indicator categories of a target table, and the words staff use for them
/// (满意度 → 满意度指标, 经济效益 → 经济效益指标, 成本 → 成本指标).
/// </summary>
public sealed record IndicatorCategory(string Name, bool IsLevel1)
{
    /// <summary>Every category a table uses: the one list of them.</summary>
    public static IReadOnlyList<IndicatorCategory> All => Known;

    private static readonly IndicatorCategory[] Known =
    [
        new("产出指标", true), new("效益指标", true), new("满意度指标", true),
        new("数量指标", false), new("质量指标", false), new("时效指标", false), new("成本指标", false),
        new("社会效益指标", false), new("经济效益指标", false), new("生态效益指标", false), new("可持续影响指标", false),
        new("服务对象满意度指标", false),
    ];

    /// <summary>The category a word names, or null: <c>满意度</c>, <c>满意率</c>, <c>经济效益指标</c>, <c>成本</c>, <c>时效性</c>.</summary>
    public static IndicatorCategory? Find(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.Trim().Replace("类", string.Empty, StringComparison.Ordinal);
        if (w is "满意度" or "满意率" or "满意" or "满意度目标")
        {
            return Known[2];
        }

        if (w.EndsWith('性'))
        {
            w = w[..^1];
        }

        var stem = w.EndsWith("指标", StringComparison.Ordinal) ? w[..^2] : w;
        return stem.Length == 0 ? null : Known.FirstOrDefault(c => c.Name == stem + "指标");
    }

    /// <summary>
    /// The category <paramref name="text"/> ends with, a trailing 指标 aside: 哪些项目的产出指标 and 其中产出 are 产出指标;
    /// the longest wins, so 社会效益 is 社会效益指标, not the 效益指标 it ends with too. Null when it ends with none.
    /// </summary>
    public static IndicatorCategory? EndingOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.EndsWith("指标", StringComparison.Ordinal) ? text[..^2] : text;
        return Known.Where(c => words.EndsWith(c.Name[..^2], StringComparison.Ordinal)).MaxBy(c => c.Name.Length);
    }

    /// <summary>The index keys of the rows of this category (see <see cref="Retrieval.Indexing.ProjectConstraints.Level"/>): the same rows as <see cref="Contains(Indicator)"/>.</summary>
    public IReadOnlyList<string> LevelKeys => IsLevel1
        ? [Retrieval.Indexing.ProjectConstraints.Level(1, Name)]
        : Name == "成本指标"
            ? [Retrieval.Indexing.ProjectConstraints.Level(2, Name), Retrieval.Indexing.ProjectConstraints.Level(1, Name)]
            : [Retrieval.Indexing.ProjectConstraints.Level(2, Name)];

    /// <summary>True when <paramref name="indicator"/> belongs to this category. A 成本 一级指标 counts as 成本.</summary>
    public bool Contains(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Contains(indicator.Level1, indicator.Level2);
    }

    /// <summary>True when a row under <paramref name="level1"/> and <paramref name="level2"/> belongs to this category.</summary>
    public bool Contains(string level1, string level2) =>
        IsLevel1 ? level1 == Name : level2 == Name || (Name == "成本指标" && level1 == Name);
}
