using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Retrieval.Indexing;

/// <summary>A tokenizer that gives SmartCn's words for its input, lower-cased, through the <see cref="SegmentationCache"/>.</summary>
internal sealed class CachedChineseTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private SegmentedToken[] _tokens = [];
    private int _next;
    private int _length;

    public CachedChineseTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Length)
        {
            return false;
        }

        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Lowered);
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _length = text.Length;
        _tokens = SegmentationCache.Segment(text);
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
