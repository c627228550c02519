namespace Assistant.Retrieval.Tests;

/// <summary>The real corpus, copied next to the test assembly by tests/Directory.Build.props.</summary>
internal static class BundledCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "corpus");

    public static string File => Directory.GetFiles(Folder, "*.txt").Single();
}
