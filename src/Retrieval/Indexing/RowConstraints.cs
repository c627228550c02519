using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Indexing;

/// <summary>Conditions one indicator row must meet, decided on the indicator documents.</summary>
public sealed record RowConstraints
{
    /// <summary>The row's 一级 or 二级指标 is one of these <see cref="ProjectConstraints.Level"/> keys.</summary>
    public IReadOnlyList<string>? Levels { get; init; }

    /// <summary>The row's target is of this kind.</summary>
    public TargetKind? Kind { get; init; }

    /// <summary>The row's target number, in its own unit, lies in this range.</summary>
    public NumericRange? Number { get; init; }

    /// <summary>The row's target is written in this canonical unit.</summary>
    public string? Unit { get; init; }
}
