using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Retrieval.Indexing;

/// <summary>Creates searchers that search an index's segments in parallel, so one large query uses every core.</summary>
internal sealed class ParallelSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader, TaskScheduler.Default);
}
