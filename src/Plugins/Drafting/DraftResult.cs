using Assistant.Plugins.Validation;

namespace Assistant.Plugins.Drafting;

/// <summary>A draft and its own review findings (it has no errors by construction; warnings may remain).</summary>
public sealed record DraftResult(DraftTable Draft, IReadOnlyList<Finding> Findings);
