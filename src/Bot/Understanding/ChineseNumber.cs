namespace Assistant.Bot.Understanding;

/// <summary>Reads numbers written in Chinese numerals: 九十五, 一千万, 三, 两百, 一万五千, 十.</summary>
public static class ChineseNumber
{
    /// <summary>The characters that can make up a Chinese numeral.</summary>
    public const string Characters = "零〇一二两俩三仨四五六七八九十百千万亿";

    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['俩'] = 2, ['三'] = 3, ['仨'] = 3, ['四'] = 4,
        ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    /// <summary>Parses <paramref name="text"/>; false when it is not a well-formed numeral.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Any(c => !Characters.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        decimal total = 0;   // completed 亿 and 万 groups
        decimal section = 0; // within the current 万 group
        decimal digit = 0;
        var sawDigit = false;
        foreach (var c in text)
        {
            if (Digits.TryGetValue(c, out var d))
            {
                digit = d;
                sawDigit = true;
                continue;
            }

            switch (c)
            {
                case '十':
                    section += (sawDigit ? digit : 1) * 10;
                    break;
                case '百':
                    section += (sawDigit ? digit : 1) * 100; // 百分之百, 百万: a hundred
                    break;
                case '千':
                    section += (sawDigit ? digit : 1) * 1000;
                    break;
                case '万':
                    total += (section + digit) * 10000;
                    section = 0;
                    break;
                case '亿':
                    total = (total + section + digit) * 100000000;
                    section = 0;
                    break;
            }

            digit = 0;
            sawDigit = false;
        }

        value = total + section + digit;
        return true;
    }
}
