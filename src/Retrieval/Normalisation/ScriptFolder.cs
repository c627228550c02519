using System.Collections.Concurrent;
using ICU4N.Text;

namespace Assistant.Retrieval.Normalisation;

/// <summary>
/// Folds traditional Chinese characters to simplified ones with ICU's Traditional-Simplified transliterator (the data
/// ICU maintains, complete, not a list of words seen in tests): 預算在八十萬以上的項目 → 预算在八十万以上的项目.
/// ICU also maps a few characters that are valid simplified ones (著 in 显著 → 着), so a character in
/// <c>keep</c> (the characters the corpus itself uses) is never changed.
/// </summary>
public static class ScriptFolder
{
    // Building the transliterator compiles ICU's rules: most of a second, once a process. An instance is not documented
    // as thread-safe, so the one instance is used under a lock (a call takes about 30 µs).
    private static readonly Lazy<Transliterator> Shared = new(() => Transliterator.GetInstance("Traditional-Simplified"));
    private static readonly Lock Gate = new();

    // Characters a fold has left as they were, both in a question and alone (at most one entry per character): a
    // question made only of these and the corpus's characters is returned as it is, without a call into ICU.
    private static readonly ConcurrentDictionary<char, byte> Unchanged = new();

    /// <summary>
    /// Starts building the transliterator on a pool thread, so that it is ready, or nearly, by the first question:
    /// called where a process starts to answer, it takes the cost off the cold start's path.
    /// </summary>
    public static void Warm() => ThreadPool.UnsafeQueueUserWorkItem(_ => _ = Shared.Value, null);

    /// <summary>The text in simplified characters, keeping every character of <paramref name="keep"/>.</summary>
    public static string ToSimplified(string text, IReadOnlySet<char>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Nothing to fold when every CJK character is one the corpus uses (kept as it is below, the rules mapping one
        // character to one): most questions, which then never wait for ICU's rules.
        if (text.All(c => c < 0x3400 || keep?.Contains(c) == true || Unchanged.ContainsKey(c)))
        {
            return text;
        }

        string folded;
        lock (Gate)
        {
            folded = Shared.Value.Transliterate(text);
        }

        if (folded.Length != text.Length)
        {
            return folded;
        }

        for (var i = 0; i < text.Length; i++)
        {
            // Checked alone as well: a character a phrase rule kept (乾 in 乾隆) may still change elsewhere (乾燥 → 干燥).
            if (folded[i] == text[i] && text[i] >= 0x3400 && !Unchanged.ContainsKey(text[i]) && FoldsTo(text[i]) == text[i])
            {
                Unchanged.TryAdd(text[i], 0);
            }
        }

        if (keep is null)
        {
            return folded;
        }

        // The Traditional-Simplified rules map one character to one: put back each one the corpus uses as it is.
        var result = folded.ToCharArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] != text[i] && keep.Contains(text[i]))
            {
                result[i] = text[i];
            }
        }

        return new string(result);
    }

    private static char FoldsTo(char c)
    {
        lock (Gate)
        {
            return Shared.Value.Transliterate(c.ToString()) is [var one] ? one : '\0';
        }
    }
}
