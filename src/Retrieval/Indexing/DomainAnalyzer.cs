using System.Reflection;
using Assistant.Retrieval.Normalisation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// The analyzer used at index and at query time alike: width folding (<c>％</c>→<c>%</c>, <c>&gt;=</c>→<c>≥</c>,
/// full-width digits), SmartCn's HMM segmentation and lower-casing (cached per distinct text, see <see cref="SegmentationCache"/>), SmartCn's stop words, and the domain synonyms of
/// <c>synonyms.txt</c> (满意度/满意率, 成果转化/转移转化, …).
/// </summary>
public sealed class DomainAnalyzer : Analyzer
{
    /// <summary>The Lucene compatibility version used throughout.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Lazy<SynonymMap> Synonyms = new(LoadSynonyms);
    private readonly bool _synonyms;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="synonyms">False to segment only, without synonym expansion (for phrase queries).</param>
    public DomainAnalyzer(bool synonyms = true) => _synonyms = synonyms;

    /// <summary>The synonym groups, as read from the embedded data file.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> SynonymGroups { get; } = ReadSynonymLines()
        .Select(l => (IReadOnlyList<string>)l.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .ToList();

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // The tokenizer's words are already lower-cased, once per distinct word (what a LowerCaseFilter here would do per token).
        var tokenizer = new CachedChineseTokenizer(reader);
        TokenStream stream = new StopFilter(Version, tokenizer, SmartChineseAnalyzer.DefaultStopSet);
        if (_synonyms)
        {
            // Words and synonym entries alike are lower-cased by the tokenizer: the filter need not fold case per character.
            stream = new SynonymFilter(stream, Synonyms.Value, ignoreCase: false);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new StringReader(WidthFolder.Fold(reader.ReadToEnd()));

    private static SynonymMap LoadSynonyms()
    {
        // The synonym words are segmented by the same tokenizer, without synonyms, so multi-word entries line up.
        using var plain = new DomainAnalyzer(synonyms: false);
        var parser = new SolrSynonymParser(dedup: true, expand: true, plain);
        using var text = new StringReader(string.Join('\n', ReadSynonymLines()));
        parser.Parse(text);
        return parser.Build();
    }

    private static IEnumerable<string> ReadSynonymLines()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Assistant.Retrieval.synonyms.txt")
            ?? throw new InvalidOperationException("embedded resource synonyms.txt is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
    }
}
