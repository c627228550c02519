using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Finds the numbers in a question with their comparators and units: 不低于95%, 超过1000万元, 99%及以上, 100万元到500万元之间,
/// 0.1亿, 一千万, 九十五, 百分之九十五, ≥95, 低于90%. Dates (2025年10月31日) are not quantities.
/// </summary>
public static partial class QuantityReader
{
    // First match wins: a longer word before the words it ends with (没超过 before 超过, 不足 before 足).
    private static readonly (string Word, Comparator Comparator)[] Before =
    [
        ("不等于", Comparator.Equal), ("不是", Comparator.Equal), ("不为", Comparator.Equal), ("≠", Comparator.Equal), ("!=", Comparator.Equal),
        ("不多不少正好是", Comparator.Equal), ("不多不少正好", Comparator.Equal), ("不多不少", Comparator.Equal), ("正好是", Comparator.Equal), ("正好", Comparator.Equal),
        ("刚好是", Comparator.Equal), ("刚好", Comparator.Equal), ("恰好是", Comparator.Equal), ("恰好", Comparator.Equal),
        ("恰恰是", Comparator.Equal), ("整整", Comparator.Equal), ("只定了", Comparator.Equal), ("只定", Comparator.Equal),
        ("只设了", Comparator.Equal), ("只有", Comparator.Equal), ("仅有", Comparator.Equal),
        ("没有超过", Comparator.LessOrEqual), ("没超过", Comparator.LessOrEqual), ("未超过", Comparator.LessOrEqual),
        ("没有超出", Comparator.LessOrEqual), ("没超出", Comparator.LessOrEqual), ("未超出", Comparator.LessOrEqual),
        ("没有达到", Comparator.Less), ("没达到", Comparator.Less), ("未达到", Comparator.Less), ("达不到", Comparator.Less),
        ("不满", Comparator.Less), ("未满", Comparator.Less),
        ("大于或等于", Comparator.GreaterOrEqual), ("高于或等于", Comparator.GreaterOrEqual), ("高于等于", Comparator.GreaterOrEqual),
        ("小于或等于", Comparator.LessOrEqual), ("低于或等于", Comparator.LessOrEqual), ("低于等于", Comparator.LessOrEqual),
        // 满意度最少要95%, 不得低于90%: a modal verb between the bound and the number (最少 was left unread).
        ("最少要", Comparator.GreaterOrEqual), ("至少要", Comparator.GreaterOrEqual), ("起码要", Comparator.GreaterOrEqual), ("至少为", Comparator.GreaterOrEqual),
        ("最少为", Comparator.GreaterOrEqual), ("不得低于", Comparator.GreaterOrEqual), ("不能低于", Comparator.GreaterOrEqual), ("不应低于", Comparator.GreaterOrEqual),
        ("不得超过", Comparator.LessOrEqual), ("不能超过", Comparator.LessOrEqual), ("不应超过", Comparator.LessOrEqual), ("最多要", Comparator.LessOrEqual),
        ("至多", Comparator.LessOrEqual), ("顶多", Comparator.LessOrEqual), ("起码", Comparator.GreaterOrEqual), ("不止", Comparator.Greater),
        ("大于等于", Comparator.GreaterOrEqual), ("小于等于", Comparator.LessOrEqual), ("不低于", Comparator.GreaterOrEqual),
        ("少于等于", Comparator.LessOrEqual), ("多于等于", Comparator.GreaterOrEqual), ("少于或等于", Comparator.LessOrEqual), ("多于或等于", Comparator.GreaterOrEqual),
        ("不少于", Comparator.GreaterOrEqual), ("不小于", Comparator.GreaterOrEqual), ("不超过", Comparator.LessOrEqual),
        ("不高于", Comparator.LessOrEqual), ("不大于", Comparator.LessOrEqual), ("不多于", Comparator.LessOrEqual),
        ("至少", Comparator.GreaterOrEqual), ("达到", Comparator.GreaterOrEqual), ("最少", Comparator.GreaterOrEqual),
        ("最多", Comparator.LessOrEqual), ("超过", Comparator.Greater), ("高于", Comparator.Greater), ("大于", Comparator.Greater),
        ("多于", Comparator.Greater), ("超出", Comparator.Greater), ("低于", Comparator.Less), ("少于", Comparator.Less), ("小于", Comparator.Less),
        ("不到", Comparator.Less), ("不足", Comparator.Less), ("等于", Comparator.Equal),
        ("≥", Comparator.GreaterOrEqual), ("≤", Comparator.LessOrEqual), (">", Comparator.Greater), ("<", Comparator.Less),
        ("=", Comparator.Equal), ("过", Comparator.Greater),
    ];

    private static readonly (string Word, Comparator Comparator)[] After =
    [
        // 100万（含）以上 / 100万(不含)以上: the bound said in or out, in either width of bracket.
        ("（含）以上", Comparator.GreaterOrEqual), ("（含）以下", Comparator.LessOrEqual), ("（不含）以上", Comparator.Greater), ("（不含）以下", Comparator.Less),
        ("(含)以上", Comparator.GreaterOrEqual), ("(含)以下", Comparator.LessOrEqual), ("(不含)以上", Comparator.Greater), ("(不含)以下", Comparator.Less),
        ("及以上", Comparator.GreaterOrEqual), ("或以上", Comparator.GreaterOrEqual), ("以上", Comparator.GreaterOrEqual),
        ("及以下", Comparator.LessOrEqual), ("或以下", Comparator.LessOrEqual), ("以下", Comparator.LessOrEqual),
        ("以内", Comparator.LessOrEqual), ("之内", Comparator.LessOrEqual), ("封顶", Comparator.LessOrEqual),
        ("起", Comparator.GreaterOrEqual), // 100万起
    ];

    /// <summary>The comparator a word says (不低于 → ≥, 正好 → =), from the one table of comparator words; null when none.</summary>
    public static Comparator? ComparatorOf(string word) =>
        Before.FirstOrDefault(b => b.Word == word) is { Word: not null } before ? before.Comparator
        : After.FirstOrDefault(a => a.Word == word) is { Word: not null } after ? after.Comparator : null;

    /// <summary>The quantities of a (width-folded) question, in order.</summary>
    public static IReadOnlyList<Quantity> Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var numbers = NumberRegex().Matches(question).Select(m => ReadNumber(question, m)).OfType<Quantity>().ToList();
        var result = new List<Quantity>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var q = numbers[i];

            // 100万元到500万元之间, 100-500万元, 介于100和500之间: a range.
            if (i + 1 < numbers.Count && RangeJoin(question, q, numbers[i + 1]) is { } end)
            {
                var upper = numbers[i + 1];
                var unit = q.Unit ?? upper.Unit;
                var start = question[..q.Start].EndsWith("介于", StringComparison.Ordinal) || question[..q.Start].EndsWith("在", StringComparison.Ordinal) ? q.Start - (question[q.Start - 1] == '在' ? 1 : 2) : q.Start;
                result.Add(new Quantity(null, q.Value, upper.Value, unit, Math.Max(0, start), end));
                i++;
                continue;
            }

            result.Add(WithComparator(question, q));
        }

        return result;
    }

    private static Quantity? ReadNumber(string question, Match m)
    {
        var text = m.Groups["n"].Value;
        var unitWord = m.Groups["unit"].Value;
        // 百万, 千万, 八十万 with no unit after: that many 万 (百万 = 100万元), not a bare count of a million.
        if (unitWord.Length == 0 && !char.IsAsciiDigit(text[0]) && text.Length > 1 && text[^1] is '万' or '亿')
        {
            unitWord = text[^1].ToString();
            text = text[..^1] is "百" or "千" or "十" ? "一" + text[..^1] : text[..^1];
        }

        decimal value;
        if (char.IsAsciiDigit(text[0]))
        {
            // 1千万, 1.5百万: digits times 十/百/千, then the 万 or 亿 after them.
            var times = text[^1] switch { '十' => 10m, '百' => 100m, '千' => 1000m, _ => 1m };
            value = decimal.Parse(times == 1m ? text : text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * times;
        }
        else if (!ChineseNumber.TryParse(text, out value) || value == 0 ||
                 (text.Length == 1 && unitWord.Length == 0 && !m.Groups["pct"].Success))
        {
            // A lone 一 or 十 is a word (一共, 一般), not a number, unless a unit or 百分之 says otherwise.
            return null;
        }

        // 前五, 第二个, 前3: a rank, read by the question parser; 这三个, 那两个: the previous answer's projects (那200万 is an amount).
        if (m.Index > 0 && (question[m.Index - 1] is '第' or '前' ||
                            (question[m.Index - 1] is '这' or '那' && m.Groups["unit"].Value is "" or "个" or "项" or "家")))
        {
            return null;
        }

        // A year or date (2025年, 10月31日) is not a quantity.
        var after = question[m.Index..].AsSpan(m.Length);
        if (unitWord.Length == 0 && (after.StartsWith("年") || after.StartsWith("月") || after.StartsWith("日") || after.StartsWith("号") || after.StartsWith(".") || after.StartsWith("个月")))
        {
            return null;
        }

        // 九成 is 90%: tenths, read as a percentage.
        if (unitWord == "成")
        {
            value *= 10;
        }

        var percent = m.Groups["pct"].Success;
        var unit = percent ? Units.Percent : Units.Canonical(unitWord);

        // 一千万 parses as 10000000; said of money it means 1000万元.
        if (!char.IsAsciiDigit(text[0]) && unit is null or Units.Yuan && value >= 10000 && text.Contains('万', StringComparison.Ordinal))
        {
            (value, unit) = (value / 10000m, Units.Wan);
        }

        return new Quantity(null, value, null, unit, m.Index, m.Index + m.Length);
    }

    private static Quantity WithComparator(string question, Quantity q)
    {
        var start = q.Start;
        Comparator? comparator = null;
        var before = question[..q.Start].TrimEnd();
        foreach (var (word, c) in Before)
        {
            if (before.EndsWith(word, StringComparison.Ordinal) || before.EndsWith(word + "了", StringComparison.Ordinal))
            {
                comparator = c;
                start = before.LastIndexOf(word, StringComparison.Ordinal);
                // 有没有超过50万的项目 asks whether any exceed 50万: the 没有 is the question's, not a negation (it read ≤ 50万).
                if (start > 0 && question[start - 1] == '有' && word.StartsWith('没') && ComparatorOf(word.TrimStart('没').TrimStart('有')) is { } asked)
                {
                    comparator = asked;
                }

                break;
            }
        }

        var end = q.End;
        var rest = question[q.End..];
        foreach (var (word, c) in After)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                // "超过1000万元以上" says the same twice; the word before wins.
                comparator ??= c;
                end = q.End + word.Length;
                break;
            }
        }

        // 不等于/不是/不为/≠ read as equality, marked negated: the parser makes it "below or above".
        var negated = comparator == Comparator.Equal && start < q.Start && question[start..q.Start].TrimEnd() is "不等于" or "不是" or "不为" or "≠" or "!=";
        return q with { Comparator = comparator, Start = start, End = end, NotEqual = negated };
    }

    private static int? RangeJoin(string question, Quantity first, Quantity second)
    {
        var between = question[first.End..second.Start].Trim();
        if (between is not ("到" or "至" or "-" or "~" or "～" or "和" or "与" or "—"))
        {
            return null;
        }

        var rest = question[second.End..];
        var tail = rest.StartsWith("之间", StringComparison.Ordinal) ? 2 : rest.StartsWith("间", StringComparison.Ordinal) ? 1 : 0;
        // 100和200 is a range only when 之间 closes it or 介于 opens it (介于100万和200万的项目).
        var opened = question[..first.Start].TrimEnd().EndsWith("介于", StringComparison.Ordinal);
        return between is "和" or "与" && tail == 0 && !opened ? null : second.End + tail;
    }

    [GeneratedRegex(@"(?<pct>百分之)?(?<n>\d+(?:\.\d+)?(?:[十百千](?=万|亿))?|[零〇一二两三四五六七八九十百千万亿]+)\s*(?<unit>%|百分比|万元|亿元|个亿|万|亿|元|块|成|人次|家次|人|项|个|家|篇|次|场|天|小时)?")]
    private static partial Regex NumberRegex();
}
