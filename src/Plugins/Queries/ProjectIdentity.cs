using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>Compares projects by reference: each parsed table is one object, and value equality over whole tables is slow.</summary>
internal static class ProjectIdentity
{
    public static IEqualityComparer<Project> Comparer { get; } = ReferenceEqualityComparer.Instance;
}
