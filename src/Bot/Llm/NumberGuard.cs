using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Bot.Understanding;

namespace Assistant.Bot.Llm;

/// <summary>
/// Checks a model's reply: every number in it (arabic or Chinese numerals) must appear in a plugin result or in the
/// question. Small integers (list markers, 第1) are allowed. A reply that fails is not shown.
/// </summary>
public static partial class NumberGuard
{
    private const decimal FreeBelow = 10;

    /// <summary>The numbers of <paramref name="reply"/> found in neither the results nor the question.</summary>
    public static IReadOnlyList<decimal> Ungrounded(string reply, IEnumerable<string> results, string question)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(results);
        var known = results.Append(question ?? string.Empty).SelectMany(Numbers).ToHashSet();
        return Numbers(reply).Where(n => n >= FreeBelow && !known.Contains(n)).Distinct().ToList();
    }

    /// <summary>Every number written in <paramref name="text"/>, thousands separators removed.</summary>
    public static IEnumerable<decimal> Numbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in ArabicRegex().Matches(text))
        {
            if (decimal.TryParse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
            {
                yield return n;
            }
        }

        foreach (Match m in ChineseRegex().Matches(text))
        {
            if (ChineseNumber.TryParse(m.Value, out var n))
            {
                yield return n;
            }
        }
    }

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")]
    private static partial Regex ArabicRegex();

    // Two or more numeral characters with a multiplier (九十五, 两百, 一千万); a lone 一 is usually a word.
    [GeneratedRegex(@"[零一二两三四五六七八九]*[十百千万亿][零一二两三四五六七八九十百千万亿]*")]
    private static partial Regex ChineseRegex();
}
