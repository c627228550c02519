using Assistant.Retrieval.Indexing;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Corrects a misspelt domain word (积效 → 绩效, 经济效易 → 经济效益): a stretch of the question one character away from a
/// word of <see cref="Lexicon"/> is read as that word, but only when the stretch itself appears nowhere in the corpus (so
/// a real word such as 成效 is never "corrected") and the corrected word then forms a known phrase with its neighbour
/// (经济效益, 绩效指标; so 时效要求 is not turned into 时效益求). Every correction is shown in the reading line.
/// </summary>
public static class SpellingReader
{
    /// <summary>The domain words corrected towards; everyday words are left out on purpose (预计 is not 预算).</summary>
    public static IReadOnlyList<string> Lexicon { get; } = ["绩效", "效益", "满意度", "经济"]; // 指标值 is out: 指标要求 is one character from it

    /// <summary>The phrases a corrected word must form with a neighbour.</summary>
    public static IReadOnlyList<string> Phrases { get; } =
        ["绩效指标", "绩效目标", "经济效益", "社会效益", "生态效益", "效益指标", "满意度指标", "满意度目标", "满意度要求"];

    /// <summary>The question with misspellings corrected, and each correction as 「积效」→「绩效」.</summary>
    public static (string Question, IReadOnlyList<string> Corrections) Correct(string question, SubstringIndex corpusText)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(corpusText);
        var text = question.ToCharArray();
        var corrections = new List<string>();
        foreach (var word in Lexicon)
        {
            for (var start = 0; start + word.Length <= text.Length; start++)
            {
                var window = new string(text, start, word.Length);
                if (window == word || Differences(window, word) != 1 || !window.All(IsHan) || window.Any(Particles.Contains) ||
                    corpusText.Contains(window))
                {
                    continue;
                }

                var corrected = new string(text[..start]) + word + new string(text[(start + word.Length)..]);
                var around = corrected.Substring(Math.Max(0, start - 2), Math.Min(corrected.Length, start + word.Length + 2) - Math.Max(0, start - 2));
                if (!Phrases.Any(p => around.Contains(p, StringComparison.Ordinal)))
                {
                    continue;
                }

                word.CopyTo(0, text, start, word.Length);
                corrections.Add($"「{window}」→「{word}」");
            }
        }

        return (new string(text), corrections);
    }

    // A stretch holding a particle is a phrase, not a misspelling (满意吗 is not 满意度).
    private const string Particles = "的了吗呢吧啊呀是有和与在也都就";

    private static int Differences(string a, string b) => a.Zip(b).Count(p => p.First != p.Second);

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
