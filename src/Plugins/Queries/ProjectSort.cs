namespace Assistant.Plugins.Queries;

/// <summary>How a project list is ordered.</summary>
public enum ProjectSort
{
    /// <summary>Topic relevance when a topic was given, else the corpus order.</summary>
    Default,

    /// <summary>Largest budget first.</summary>
    BudgetDescending,

    /// <summary>Smallest budget first.</summary>
    BudgetAscending,
}
