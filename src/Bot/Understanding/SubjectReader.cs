using Assistant.Retrieval.Indexing;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Finds the indicator subject a question is about: a satisfaction word (满意度, 满意率, 服务对象满意度), or the longest
/// stretch of the question that past tables use in a 三级指标 or description (专家库人数, 技术合同成交额).
/// </summary>
public sealed class SubjectReader
{
    private const int MinLength = 3;
    private const int MaxLength = 14;

    // Stretches that occur in indicator texts but say nothing about which indicator is meant.
    private static readonly string[] Generic =
    [
        "项目", "目标", "指标", "预算", "完成", "工作", "服务", "情况", "多少", "哪些", "要求", "设置", "一般", "通常", "相关",
        "的项目", "项目的", "有哪些", "是多少", "设为", "为多少", "资金", "经费", "年度", "天津", "天津市", "科技", "科学技术",
    ];

    private const string Particles = "的了和与及或是有在对为按把被从给将向";

    private static readonly string[] Satisfaction = ["服务对象满意度", "满意度", "满意率"];
    private readonly HashSet<string> _phrases;

    /// <summary>Indexes every 3–14 character stretch of the corpus's indicator texts.</summary>
    public SubjectReader(CorpusVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in vocabulary.IndicatorPhrases)
        {
            for (var start = 0; start < phrase.Length; start++)
            {
                for (var length = MinLength; length <= MaxLength && start + length <= phrase.Length; length++)
                {
                    _phrases.Add(phrase.Substring(start, length));
                }
            }
        }
    }

    /// <summary>The subject and where it stands, avoiding stretches already used; null when none.</summary>
    public (string Subject, Span Span)? Read(string question, IReadOnlyCollection<Span> used)
    {
        ArgumentNullException.ThrowIfNull(question);
        foreach (var word in Satisfaction)
        {
            var at = question.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && !used.Any(u => u.Overlaps(new Span(at, at + word.Length))))
            {
                return (word, new Span(at, at + word.Length));
            }
        }

        // A subject is whole words: 项目预 (from 项目预算) is not one.
        var words = ChineseSegmenter.Segment(question);
        var starts = words.Select(w => w.Start).ToHashSet();
        var ends = words.Select(w => w.End).ToHashSet();
        (string, Span)? best = null;
        foreach (var start in starts.Order())
        {
            for (var end = Math.Min(question.Length, start + MaxLength); end - start >= MinLength; end--)
            {
                if (!ends.Contains(end))
                {
                    continue;
                }

                if (best is { } b && b.Item2.End - b.Item2.Start >= end - start)
                {
                    break;
                }

                var span = new Span(start, end);
                var text = question[start..end];
                if (_phrases.Contains(text) && !used.Any(u => u.Overlaps(span)) && !IsGeneric(text))
                {
                    best = (text, span);
                }
            }
        }

        return best;
    }

    private static bool IsGeneric(string text)
    {
        // Made of generic words only, or starting or ending with a particle (的专家库 → 专家库 is found on its own).
        var rest = Generic.OrderByDescending(g => g.Length).Aggregate(text, (t, g) => t.Replace(g, string.Empty, StringComparison.Ordinal));
        // 项目按 (信息所的项目按花钱多少排序) ends with a preposition: never a subject (it was read as a topic and found none).
        return rest.Length == 0 || Particles.Contains(text[0], StringComparison.Ordinal) || Particles.Contains(text[^1], StringComparison.Ordinal);
    }
}
