using System.Text;

namespace Assistant.Retrieval.Normalisation;

/// <summary>
/// Folds full-width forms and ASCII comparator spellings to one canonical form, so that <c>≥９５％</c>,
/// <c>&gt;=95%</c> and <c>≥95%</c> read alike. Used by the value normaliser and, at index and query time, by retrieval.
/// </summary>
public static class WidthFolder
{
    /// <summary>Returns <paramref name="text"/> with full-width ASCII folded to half-width and comparators canonical.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                // Full-width ASCII block (！ … ～) maps one-to-one onto ASCII. Chinese punctuation such as （） and ，
                // is left alone except these, which carry meaning in values.
                '％' => '%',
                '＞' => '>',
                '＜' => '<',
                '＝' => '=',
                '．' => '.',
                '／' => '/',
                '≧' => '≥',
                '≦' => '≤',
                '\u3000' => ' ',
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
                >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
                _ => c,
            });
        }

        return sb.Replace(">=", "≥").Replace("<=", "≤").Replace("=>", "≥").Replace("=<", "≤").ToString();
    }
}
