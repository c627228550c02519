using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>The question made ready to read: folded, simplified, and cleared of typing variants.</summary>
public sealed partial class QuestionParser
{
    // 1,000万 is 1000万; 95%+ is ≥95% (it was read as exactly 95%: 28 tables, not 43); a space beside a Chinese character
    // is typing, not a word break (名称含 服务 的项目 was read as the topic 服务: 72 tables, not 24).
    private string Clean(string question)
    {
        var folded = ScriptFolder.ToSimplified(WidthFolder.Fold(question), vocabulary.Characters).Trim().TrimEnd('?', '？', '。', '!', '！', '.', ' ', '~', '呀', '啊', '吗').Trim();
        var cleaned = AtLeastPlusRegex().Replace(ThousandsRegex().Replace(SpaceBesideChineseRegex().Replace(folded, string.Empty), string.Empty), "≥${n}");
        // 壹佰万 is how a finance clerk writes 一百万; 100w is typing for 100万.
        cleaned = FinancialNumeralRegex().Replace(cleaned, m => string.Concat(m.Value.Select(c => FinancialNumerals[c])));
        // 二〇二五年 is 2025年; 25年的项目 is 2025年's (it was read as the topic 25年: 12 tables whose text writes 2025年).
        cleaned = ChineseYearRegex().Replace(cleaned, m => string.Concat(m.Groups["y"].Value.Select(c => (char)('0' + Math.Max(0, ChineseDigits.IndexOf(c))))) + "年");
        cleaned = ShortYearRegex().Replace(cleaned, "20${yy}年");
        // Spoken words for the written ones: 有啥项目 is 有什么项目, 咋定 is 怎么定, 俺 is 我 (啥 was left unread).
        cleaned = cleaned.Replace("啥", "什么", StringComparison.Ordinal).Replace("咋", "怎么", StringComparison.Ordinal).Replace("俺", "我", StringComparison.Ordinal);
        return WanLetterRegex().Replace(cleaned, "${n}万");
    }

    // The digits of a year written in Chinese characters, by value (零, not listed, is 0 as 〇 is).
    private const string ChineseDigits = "〇一二三四五六七八九";

    private static readonly Dictionary<char, char> FinancialNumerals = new()
    {
        ['零'] = '零', ['壹'] = '一', ['贰'] = '二', ['叁'] = '三', ['肆'] = '四', ['伍'] = '五', ['陆'] = '六', ['柒'] = '七', ['捌'] = '八',
        ['玖'] = '九', ['拾'] = '十', ['佰'] = '百', ['仟'] = '千', ['万'] = '万', ['亿'] = '亿',
    };
}
