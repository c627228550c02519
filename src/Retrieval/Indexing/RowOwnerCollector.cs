using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Retrieval.Indexing;

/// <summary>Collects the projects (ordinals) owning the indicator rows that match.</summary>
internal sealed class RowOwnerCollector(ProjectColumns columns) : ICollector
{
    private readonly HashSet<int> _owners = [];
    private int[] _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>The owners collected.</summary>
    public IReadOnlySet<int> Owners => _owners;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _segment = columns.OrdinalsOf(context.AtomicReader);

    public void Collect(int doc) => _owners.Add(_segment[doc]);
}
