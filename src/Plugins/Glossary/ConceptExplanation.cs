namespace Assistant.Plugins.Glossary;

/// <summary>A concept explained, with the review rule behind it.</summary>
/// <param name="Term">The concept.</param>
/// <param name="Text">The explanation.</param>
/// <param name="Rule">The rule id, or null.</param>
/// <param name="RuleTitle">The rule's own title, as the validator states it, or null.</param>
public sealed record ConceptExplanation(string Term, string Text, string? Rule, string? RuleTitle);
