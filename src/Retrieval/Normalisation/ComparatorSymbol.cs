namespace Assistant.Retrieval.Normalisation;

/// <summary>How a comparator is written in a target value or a reading (≥, ≤, &gt;, &lt;, =): the one place it is defined.</summary>
public static class ComparatorSymbol
{
    /// <summary>The symbol; a deadline's "before" is written ≤.</summary>
    public static string Of(Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => "≥",
        Comparator.LessOrEqual or Comparator.Before => "≤",
        Comparator.Greater => ">",
        Comparator.Less => "<",
        _ => "=",
    };
}
