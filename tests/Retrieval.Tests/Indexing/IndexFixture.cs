using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Tests.Indexing;

/// <summary>One real on-disk index of the bundled corpus in a temporary data folder, shared by a test class.</summary>
public sealed class IndexFixture : IDisposable
{
    public IndexFixture()
    {
        DataFolder = Directory.CreateTempSubdirectory("index-test-").FullName;
        Index = CorpusIndex.Open(BundledCorpus.Folder, DataFolder);
    }

    public string DataFolder { get; }

    public CorpusIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(DataFolder, recursive: true);
    }
}
