using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation;

/// <summary>A review rule that reads a table against the same project's table of the year before.</summary>
public interface IYearRule
{
    /// <summary>The rule id, e.g. R11.</summary>
    string Id { get; }

    /// <summary>A short Chinese title.</summary>
    string Title { get; }

    /// <summary>The findings for <paramref name="project"/> against <paramref name="previous"/>, its table of an earlier year.</summary>
    IEnumerable<Finding> Check(Project project, Project previous);
}
