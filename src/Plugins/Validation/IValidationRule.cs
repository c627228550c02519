using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation;

/// <summary>One review rule. Rules are pure: the same table gives the same findings.</summary>
public interface IValidationRule
{
    /// <summary>The stable rule id (R01…).</summary>
    string Id { get; }

    /// <summary>What the rule checks, in Chinese.</summary>
    string Title { get; }

    /// <summary>The findings for one table.</summary>
    IEnumerable<Finding> Check(Project project);
}
