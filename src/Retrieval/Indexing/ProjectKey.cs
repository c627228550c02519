using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Indexing;

/// <summary>The stable identity of a project in the index: its source file and title line.</summary>
internal static class ProjectKey
{
    public static string Of(Project project) => $"{project.Source.File}:{project.Source.Line}";
}
