namespace Assistant.Plugins.Drafting;

/// <summary>A past project a draft was modelled on, with its similarity score.</summary>
public sealed record SimilarReference(string Name, float Score);
