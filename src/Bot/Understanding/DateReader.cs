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
    private static readonly string[] DeadlineWords = ["完成", "时效", "时限", "截止", "截至", "期限", "到期", "交付", "结束", "完工", "之前", "以前"];

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
            return ReadPeriod(question, budgetYear);
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
        // 截至2025年底完成 is done by then (年底前完成); 截至2025年底的项目 names the deadline itself.
        var byThen = suffix.Length == 0 && ByThenRegex().IsMatch(question[..m.Index]) &&
                     question.AsSpan(m.Index + m.Length).StartsWith("完成", StringComparison.Ordinal);
        return byThen ? new DateCondition(null, last, m.Index, m.Index + m.Length) : suffix switch
        {
            "前" or "之前" or "以前" or "前完成" or "之前完成" => new DateCondition(null, last, m.Index, m.Index + m.Length),
            "后" or "之后" or "以后" => new DateCondition(first, null, m.Index, m.Index + m.Length),
            _ => new DateCondition(first, last, m.Index, m.Index + m.Length),
        };
    }

    /// <summary>
    /// A period: 10月份 / 10月 (with a deadline word), 12月中旬, 第三季度, 上半年 / 下半年, 年底, in the budget year unless the
    /// question names one. Quarters, halves and "X月份" are read as dates without a deadline word (那第三季度呢).
    /// </summary>
    public static DateCondition? ReadPeriod(string question, int budgetYear)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = PeriodRegex().Match(question);
        if (!m.Success)
        {
            return null;
        }

        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : budgetYear;
        DateOnly from, to;
        if (m.Groups["q"].Success)
        {
            var quarter = Small(m.Groups["q"].Value);
            from = new DateOnly(year, (quarter * 3) - 2, 1);
            to = from.AddMonths(3).AddDays(-1);
        }
        else if (m.Groups["yearend"].Success)
        {
            // 年底前: the last day of the budget year, as 12月底 is of December.
            from = to = new DateOnly(year, 12, 31);
        }
        else if (m.Groups["half"].Success)
        {
            from = new DateOnly(year, m.Groups["half"].Value == "上" ? 1 : 7, 1);
            to = from.AddMonths(6).AddDays(-1);
        }
        else
        {
            var month = Small(m.Groups["m"].Value);
            var bare = !m.Groups["fen"].Success && !m.Groups["part"].Success;
            if (month is < 1 or > 12 || (bare && !DeadlineWords.Any(w => question.Contains(w, StringComparison.Ordinal))))
            {
                return null;
            }

            from = new DateOnly(year, month, 1);
            to = from.AddMonths(1).AddDays(-1);
            (from, to) = m.Groups["part"].Value switch
            {
                "上旬" => (from, from.AddDays(9)),
                "中旬" => (from.AddDays(10), from.AddDays(19)),
                "下旬" => (from.AddDays(20), to),
                "底" or "末" => (to, to),
                _ => (from, to),
            };
        }

        // 12月底之前 / 第三季度以后: a bound, not the period itself.
        var bound = BoundRegex().Match(question[(m.Index + m.Length)..]);
        var end = m.Index + m.Length + (bound.Success ? bound.Length : 0);
        return !bound.Success ? new DateCondition(from, to, m.Index, end)
            : bound.Groups["after"].Success ? new DateCondition(from, null, m.Index, end) : new DateCondition(null, to, m.Index, end);
    }

    private static int Small(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : ChineseNumber.TryParse(text, out var d) ? (int)d : 0;

    /// <summary>Formats a date as the plugins expect it.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<date>(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月\d{1,2}[日号]|(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2})(?:底|末|上旬|中旬|下旬)?)(?<suffix>之前完成|前完成|之前|以前|之后|以后|前|后)?")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"(?:(?<y>(?:19|20)\d{2})年(?:的)?)?(?:第(?<q>[一二三四1-4])(?:个)?季度|(?<q>[一二三四1-4])季度|(?<half>上|下)半年|(?<yearend>年底|年末)|(?<!\d)(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?<fen>份)?(?<part>上旬|中旬|下旬|底|末)?(?![\d日号]))")]
    private static partial Regex PeriodRegex();

    [GeneratedRegex(@"(?:截至|截止)到?$")]
    private static partial Regex ByThenRegex();

    [GeneratedRegex(@"^(?:(?<after>之后|以后|后)|之前|以前|前)")]
    private static partial Regex BoundRegex();
}
