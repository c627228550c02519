using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Reads a date condition: 2025年10月31日前 (due by), 2025年9月以后 (from), 在2026年 (within the year), 2025年底前,
/// 12月31日之前 (the budget year). Dates are read by the same normaliser as the tables' values.
/// </summary>
public static partial class DateReader
{
    private static readonly string[] DeadlineWords = ["完成", "时效", "时限", "截止", "期限", "到期", "交付", "结束", "完工", "之前", "以前"];

    /// <summary>
    /// The date condition of a (width-folded) question, or null. A date only counts when it says 前/后 or the question
    /// is about completion (完成, 时效, 截止…), so "2025年预算最高的项目" has no date condition.
    /// </summary>
    public static DateCondition? Read(string question, int budgetYear)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = DateRegex().Match(question);
        if (!m.Success || (m.Groups["suffix"].Value.Length == 0 && !DeadlineWords.Any(w => question.Contains(w, StringComparison.Ordinal))))
        {
            return null;
        }

        var phrase = m.Groups["date"].Value.Replace('号', '日');
        var target = TargetNormaliser.Normalise(phrase, budgetYear);
        var suffix = m.Groups["suffix"].Value;
        if (target.Kind != TargetKind.Deadline || target.Date is not { } last)
        {
            return null;
        }

        var first = target.Precision switch
        {
            DatePrecision.YearEnd when !phrase.Contains('底', StringComparison.Ordinal) && !phrase.Contains('末', StringComparison.Ordinal) => new DateOnly(last.Year, 1, 1),
            DatePrecision.Month => new DateOnly(last.Year, last.Month, 1),
            _ => last,
        };
        return suffix switch
        {
            "前" or "之前" or "以前" or "前完成" or "之前完成" => new DateCondition(null, last, m.Index, m.Index + m.Length),
            "后" or "之后" or "以后" => new DateCondition(first, null, m.Index, m.Index + m.Length),
            _ => new DateCondition(first, last, m.Index, m.Index + m.Length),
        };
    }

    /// <summary>Formats a date as the plugins expect it.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<date>(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月\d{1,2}[日号]|(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2})(?:底|末|上旬|中旬|下旬)?)(?<suffix>之前完成|前完成|之前|以前|之后|以后|前|后)?")]
    private static partial Regex DateRegex();
}
