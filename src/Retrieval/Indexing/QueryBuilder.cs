using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Retrieval.Indexing;

/// <summary>Turns a <see cref="SearchRequest"/> into Lucene queries.</summary>
internal sealed class QueryBuilder(Analyzer analyzer, Analyzer plain)
{
    /// <summary>
    /// The matching part of a text query: each word of the text (or one of its synonyms) must occur in
    /// <paramref name="field"/> when <paramref name="requireAll"/> is set, else any may. Null when the text has no words.
    /// </summary>
    /// <remarks>Requiring every word keeps the query selective: Lucene scores only the documents holding all of them.</remarks>
    public Query? Words(string? text, bool requireAll, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var analyzed = Analyze(analyzer, text);
        if (analyzed.Count == 0)
        {
            return null;
        }

        // Words the user typed are required; the extra words of a multi-word synonym (普及 of 科学技术普及 for 科普) are not.
        var typed = Analyze(plain, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var words = new BooleanQuery();
        foreach (var group in analyzed.GroupBy(t => t.Position))
        {
            var alternatives = new BooleanQuery();
            foreach (var term in group.Select(t => t.Term).Distinct(StringComparer.Ordinal))
            {
                alternatives.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }

            words.Add(alternatives, requireAll && group.Any(t => typed.Contains(t.Term)) ? Occur.MUST : Occur.SHOULD);
        }

        return words;
    }

    /// <summary>
    /// The ranking boost of a text query, applied to the best first-pass hits only: the text's words in a short field
    /// (the name, the 三级指标), and the whole input as a phrase there, so that 天开园 (segmented into single
    /// characters) ranks names holding that phrase first. Null when the text has no words.
    /// </summary>
    public Query? Boost(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Analyze(analyzer, text).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
        }

        var phrase = Analyze(plain, text);
        if (phrase.Count > 1)
        {
            var phraseQuery = new PhraseQuery { Boost = 3 };
            foreach (var (term, position) in phrase)
            {
                phraseQuery.Add(new Term(field, term), position);
            }

            query.Add(phraseQuery, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// The full query for one document type: the text (which ranks; without text, the type), and every applicable filter. Keyword
    /// filters are query clauses; numeric ranges are checked per candidate against the field cache, so a wide range
    /// costs nothing until a document matches everything else.
    /// </summary>
    public static Query Compose(string type, Query? text, SearchRequest request, bool indicatorFilters)
    {
        // The text's fields belong to one type of document (rows: row_text; projects: body), so with text the type
        // need not be a clause: walking every row's posting alongside the text's was a third of a filtered search.
        var query = new BooleanQuery();
        if (text is not null)
        {
            query.Add(text, Occur.MUST);
        }
        else
        {
            query.Add(new TermQuery(new Term(IndexFields.Type, type)), Occur.MUST);
        }

        foreach (var keyword in KeywordFilters(request, indicatorFilters))
        {
            query.Add(new ConstantScoreQuery(keyword) { Boost = 0 }, Occur.MUST);
        }

        var ranges = RangeFilters(request, indicatorFilters).ToList();
        if (text is null && ranges.Count > 0)
        {
            // Nothing else narrows the candidates: let the first range drive through its indexed terms.
            query.Add(new ConstantScoreQuery(ranges[0].Indexed) { Boost = 0 }, Occur.MUST);
            ranges.RemoveAt(0);
        }

        return ranges.Aggregate((Query)query, (inner, range) => new FilteredQuery(inner, range.Cached));
    }

    private static IEnumerable<Query> KeywordFilters(SearchRequest request, bool indicatorFilters)
    {
        if (request.Department is { } department)
        {
            yield return new TermQuery(new Term(IndexFields.DepartmentKeyword, department));
        }

        if (!indicatorFilters)
        {
            yield break;
        }

        if (request.Level1 is { } level1)
        {
            yield return new TermQuery(new Term(IndexFields.Level1, level1));
        }

        if (request.Level2 is { } level2)
        {
            yield return new TermQuery(new Term(IndexFields.Level2, level2));
        }

        if (request.Kind is { } kind)
        {
            yield return new TermQuery(new Term(IndexFields.Kind, kind.ToString()));
        }
    }

    // Each range both as an indexed query (cheap when it drives) and as a field-cache filter (cheap as a check).
    private static IEnumerable<(Query Indexed, Filter Cached)> RangeFilters(SearchRequest request, bool indicatorFilters)
    {
        if (request.Budget is { } budget)
        {
            yield return DoubleRange(IndexFields.Budget, budget);
        }

        if (!indicatorFilters)
        {
            yield break;
        }

        if (request.Number is { } number)
        {
            yield return DoubleRange(IndexFields.Number, number);
        }

        if (request.Deadline is { } deadline)
        {
            int? from = deadline.From is { } f ? CorpusIndexBuilder.DateKey(f) : null;
            int? to = deadline.To is { } t ? CorpusIndexBuilder.DateKey(t) : null;
            yield return (NumericRangeQuery.NewInt32Range(IndexFields.Deadline, from, to, true, true),
                FieldCacheRangeFilter.NewInt32Range(IndexFields.Deadline, from, to, true, true));
        }
    }

    private static (Query, Filter) DoubleRange(string field, NumericRange range) =>
        (NumericRangeQuery.NewDoubleRange(field, (double?)range.Min, (double?)range.Max, true, true),
         FieldCacheRangeFilter.NewDoubleRange(field, (double?)range.Min, (double?)range.Max, true, true));

    /// <summary>The most word positions a search reads: a pasted page would otherwise exceed Lucene's clause limit.</summary>
    public const int MaxTerms = 64;

    /// <summary>The analysed terms of <paramref name="text"/> with their positions, the first <see cref="MaxTerms"/> positions only.</summary>
    public static List<(string Term, int Position)> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (position >= MaxTerms)
            {
                break;
            }

            terms.Add((term.ToString(), Math.Max(position, 0)));
        }

        stream.End();
        return terms;
    }
}
