using System.Text;

namespace Assistant.Plugins.Drafting;

/// <summary>How a draft says how far to trust it: the confidence in words, and the note an exported document carries.</summary>
public static class DraftNote
{
    /// <summary>The confidence ("high", "medium", "low") in Chinese, with what it means for the clerk.</summary>
    public static string Confidence(string confidence) => confidence switch
    {
        "high" => "高（参照了多个同类项目）",
        "low" => "低（没有可参照的同类项目，只是框架）",
        _ => "中（参照的同类项目少，请逐行核对）",
    };

    /// <summary>
    /// The margin note of an exported draft: that it is a draft, its confidence, its warnings, and what is left to fill
    /// in, so the file says it is unfinished wherever it travels.
    /// </summary>
    public static string Margin(DraftTable draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var note = new StringBuilder("绩效指标助手生成的草稿，提交前请逐行核对。\n");
        note.Append("可信度：").Append(Confidence(draft.Confidence)).Append('\n');
        foreach (var warning in draft.Warnings ?? [])
        {
            note.Append("⚠ ").Append(warning).Append('\n');
        }

        var open = draft.Indicators.Count(r => (r.Level3 + r.Value).Contains('【', StringComparison.Ordinal));
        if (open > 0)
        {
            note.Append("还有 ").Append(open).Append(" 行标【请填写】，须按项目实际填写。\n");
        }

        if (draft.CarriedFromYear is { } year)
        {
            note.Append("由本项目 ").Append(year).Append(" 年的表延续。\n");
        }

        return note.ToString().TrimEnd('\n');
    }
}
