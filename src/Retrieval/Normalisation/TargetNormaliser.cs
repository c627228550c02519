using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Retrieval.Normalisation;

/// <summary>
/// Reads a raw indicator value (指标值) as a typed <see cref="IndicatorTarget"/>: percent, money, quantity, duration,
/// deadline or text. A value that starts like a number or comparator but does not parse is
/// <see cref="TargetKind.Unreadable"/>; nothing is guessed.
/// </summary>
public static partial class TargetNormaliser
{
    // Longest spellings first: "大于等于" must win over "大于".
    private static readonly (string Word, Comparator Comparator)[] Prefixes =
    [
        ("大于等于", Comparator.GreaterOrEqual), ("小于等于", Comparator.LessOrEqual),
        ("不低于", Comparator.GreaterOrEqual), ("不少于", Comparator.GreaterOrEqual), ("不小于", Comparator.GreaterOrEqual),
        ("不超过", Comparator.LessOrEqual), ("不高于", Comparator.LessOrEqual), ("不多于", Comparator.LessOrEqual),
        ("不大于", Comparator.LessOrEqual), ("至少", Comparator.GreaterOrEqual), ("最多", Comparator.LessOrEqual),
        ("大于", Comparator.Greater), ("高于", Comparator.Greater), ("超过", Comparator.Greater),
        ("小于", Comparator.Less), ("低于", Comparator.Less), ("早于", Comparator.Before),
        ("≥", Comparator.GreaterOrEqual), ("≤", Comparator.LessOrEqual), (">", Comparator.Greater),
        ("<", Comparator.Less), ("=", Comparator.Equal),
    ];

    /// <summary>Normalises one raw value.</summary>
    /// <param name="raw">The value exactly as written in the table.</param>
    /// <param name="budgetYear">The year that dates written without one (<c>12月31日前</c>) belong to.</param>
    public static IndicatorTarget Normalise(string raw, int budgetYear)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = WidthFolder.Fold(raw).Trim();
        if (text.Length == 0)
        {
            return IndicatorTarget.Text;
        }

        string? note = null;
        var noteMatch = NoteRegex().Match(text);
        if (noteMatch.Success && noteMatch.Groups["main"].Value.Trim().Length > 0)
        {
            note = noteMatch.Groups["note"].Value.Trim();
            text = noteMatch.Groups["main"].Value.Trim();
        }

        var body = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var (comparator, rest) = SplitComparator(body);
        var target = ReadDeadline(rest, comparator, budgetYear) ?? ReadAmount(rest, comparator);
        if (target is not null)
        {
            return note is null ? target : target with { Note = note };
        }

        return LooksQuantitative(body) ? IndicatorTarget.Unreadable : IndicatorTarget.Text;
    }

    private static (Comparator? Comparator, string Remainder) SplitComparator(string text)
    {
        // "于2025年12月中旬前" and "在2025年…" are prepositions, not comparators.
        if (text.StartsWith('于') || text.StartsWith('在'))
        {
            text = text[1..];
        }

        foreach (var (word, comparator) in Prefixes)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return (comparator, text[word.Length..]);
            }
        }

        return (null, text);
    }

    private static IndicatorTarget? ReadDeadline(string text, Comparator? comparator, int budgetYear)
    {
        var m = DeadlineRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var hasYear = m.Groups["year"].Success;
        var hasMonth = m.Groups["month"].Success;
        var hasDay = m.Groups["day"].Success;
        var hasQualifier = m.Groups["q"].Success;

        // The pattern's parts are all optional; a date needs a year, or a month with a day or 旬/底. A bare day
        // ("100") is a number and a bare month ("12月") a length of time: both are read by ReadAmount.
        if ((!hasYear && !(hasMonth && (hasDay || hasQualifier))) || (hasDay && !hasMonth))
        {
            return null;
        }

        var year = hasYear ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : budgetYear;
        if (year is < 1 or > 9999)
        {
            return null; // a date without a year, and no budget year to place it in: not read as a date
        }

        var qualifier = m.Groups["q"].Value;
        DatePrecision precision;
        DateOnly date;
        if (m.Groups["month"].Success)
        {
            var month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return null;
            }

            var lastDay = DateTime.DaysInMonth(year, month);
            if (m.Groups["day"].Success)
            {
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (day < 1 || day > lastDay)
                {
                    return null;
                }

                (date, precision) = (new DateOnly(year, month, day), DatePrecision.Day);
            }
            else if (qualifier is "中旬")
            {
                (date, precision) = (new DateOnly(year, month, 20), DatePrecision.MidMonth);
            }
            else if (qualifier is "上旬")
            {
                (date, precision) = (new DateOnly(year, month, 10), DatePrecision.MidMonth);
            }
            else if (qualifier is "底" or "末" or "下旬")
            {
                (date, precision) = (new DateOnly(year, month, lastDay), DatePrecision.MonthEnd);
            }
            else if (hasYear)
            {
                (date, precision) = (new DateOnly(year, month, lastDay), DatePrecision.Month);
            }
            else
            {
                // A bare "12月" is a length of time (12 months), read by ReadAmount.
                return null;
            }
        }
        else
        {
            (date, precision) = (new DateOnly(year, 12, 31), DatePrecision.YearEnd);
        }

        var before = m.Groups["before"].Success || comparator is Comparator.Before or Comparator.LessOrEqual or Comparator.Less;
        return new IndicatorTarget(TargetKind.Deadline, before ? Comparator.Before : comparator ?? Comparator.Equal,
            Date: date, Precision: precision);
    }

    private static IndicatorTarget? ReadAmount(string text, Comparator? comparator)
    {
        var m = AmountRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var number = decimal.Parse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var multiplier = m.Groups["mul"].Value;
        var unit = m.Groups["unit"].Value;
        var per = m.Groups["per"].Success ? m.Groups["per"].Value : null;
        var suffix = m.Groups["suffix"].Value;
        comparator ??= suffix switch
        {
            "以上" => Comparator.GreaterOrEqual,
            "以下" or "以内" => Comparator.LessOrEqual,
            _ => Comparator.Equal,
        };

        if (Units.Canonical(unit) == Units.Percent)
        {
            return multiplier.Length == 0 ? new IndicatorTarget(TargetKind.Percent, comparator, number, Units.Percent, Per: per) : null;
        }

        if (unit is "元" or "" && multiplier is "万" or "亿" || Units.IsMoney(unit))
        {
            // 20万, 20万元 and 2亿 are money; 万万 and the like are no unit.
            var prefix = multiplier + unit.TrimEnd('元');
            var canonical = prefix.Length == 0 ? Units.Yuan : Units.Canonical(prefix);
            if (!Units.IsMoney(canonical))
            {
                return null;
            }

            return new IndicatorTarget(TargetKind.Money, comparator, number, canonical, Per: per, AmountWan: Units.ToWan(number, canonical));
        }

        if (multiplier == "亿")
        {
            return null;
        }

        // "30万小时", "3万字": a 万 before a non-money unit is a multiplier.
        if (multiplier == "万")
        {
            number *= 10000m;
        }

        unit = Units.Canonical(unit) ?? string.Empty;
        var kind = Units.IsTime(unit) ? TargetKind.Duration : TargetKind.Quantity;
        return new IndicatorTarget(kind, comparator, number, unit.Length == 0 ? null : unit, Per: per);
    }

    private static bool LooksQuantitative(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || "≥≤<>=".Contains(text[0], StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<main>.*?)[（(](?<note>[^（）()]*)[)）]$")]
    private static partial Regex NoteRegex();

    // 2025年12月31日前完成, 2025.12.31前, 12月31日前, 2026年3月底前, 2025年12月中旬前, 2025年底前, 2025年12月.
    [GeneratedRegex(@"^(?:(?<year>(?:19|20)\d{2})(?:年|[.\-/](?=\d)))?(?:(?<month>\d{1,2})(?:月|[.\-/](?=\d)))?(?:(?<day>\d{1,2})日?)?(?<q>上旬|中旬|下旬|底|末)?(?<before>之?前)?(?:完成)?$")]
    private static partial Regex DeadlineRegex();

    // ≥2000项, ≤20.9万, ≥2万/年, ≤3万元/人, ≥8小时/天, ≤15天每项, 5个以上. The unit holds no digit.
    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?)(?<mul>万|亿)?(?<unit>%|百分比|[\p{IsCJKUnifiedIdeographs}A-Za-z²³]{0,4}?)(?:(?:/|每)(?<per>[\p{IsCJKUnifiedIdeographs}]{1,3}))?(?<suffix>以上|以下|以内)?$")]
    private static partial Regex AmountRegex();
}
