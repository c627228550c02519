using System.Collections.Concurrent;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// Remembers SmartCn's segmentation of text it has seen. SmartCn's HMM segmenter reads about 0.4 M characters a
/// second, and target tables repeat themselves (standard indicator names, 三级指标 = 描述, the same goals lines), so
/// each distinct line is segmented once, and each word lower-cased once. Bounded: when full, new text is segmented but no longer remembered.
/// </summary>
internal static class SegmentationCache
{
    private const int MaxEntries = 200_000;
    private const int MaxKeyLength = 2_000;
    private static readonly ConcurrentDictionary<string, SegmentedToken[]> Cache = new(StringComparer.Ordinal);
    private static readonly ThreadLocal<HMMChineseTokenizer> Segmenter = new(() => new HMMChineseTokenizer(new StringReader(string.Empty)));
    private static readonly CharacterUtils Case = CharacterUtils.GetInstance(DomainAnalyzer.Version);
    private static int _entries; // ConcurrentDictionary.Count takes every lock: indexing threads would queue on it

    /// <summary>The tokens of <paramref name="text"/>, offsets relative to its start.</summary>
    public static SegmentedToken[] Segment(string text)
    {
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var tokens = Run(text);
        if (text.Length <= MaxKeyLength && Volatile.Read(ref _entries) < MaxEntries && Cache.TryAdd(text, tokens))
        {
            Interlocked.Increment(ref _entries);
        }

        return tokens;
    }

    /// <summary>
    /// Forgets every line. A build fills the cache with the tables' lines (to its bound, at 10^5 tables), after which
    /// no question's text would be remembered; the lines a search needs again are segmented again once.
    /// </summary>
    public static void Clear()
    {
        Cache.Clear();
        Volatile.Write(ref _entries, 0);
    }

    private static SegmentedToken[] Run(string text)
    {
        var tokenizer = Segmenter.Value!;
        tokenizer.SetReader(new StringReader(text));
        var term = tokenizer.GetAttribute<ICharTermAttribute>();
        var offset = tokenizer.GetAttribute<IOffsetAttribute>();
        var tokens = new List<SegmentedToken>();
        try
        {
            tokenizer.Reset();
            while (tokenizer.IncrementToken())
            {
                var word = term.ToString();
                tokens.Add(new SegmentedToken(word, offset.StartOffset, offset.EndOffset, Lowered(word)));
            }

            tokenizer.End();
        }
        finally
        {
            tokenizer.Dispose();
        }

        return [.. tokens];
    }

    // Lower-casing by Lucene's own routine (what LowerCaseFilter runs on every token), once per distinct word: it asks
    // ICU for each character, and nearly all of these are Chinese.
    private static string Lowered(string word)
    {
        var chars = word.ToCharArray();
        Case.ToLower(chars, 0, chars.Length);
        return chars.AsSpan().SequenceEqual(word) ? word : new string(chars);
    }
}
