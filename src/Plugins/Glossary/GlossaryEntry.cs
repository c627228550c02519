namespace Assistant.Plugins.Glossary;

/// <summary>One concept of the glossary: its name, other wordings, the explanation, and the review rule behind it.</summary>
/// <param name="Term">The concept, as the tables write it.</param>
/// <param name="Aliases">Other wordings a question may use.</param>
/// <param name="Text">The explanation in plain Chinese.</param>
/// <param name="Rule">The review rule that enforces it (R06), or null.</param>
public sealed record GlossaryEntry(string Term, IReadOnlyList<string> Aliases, string Text, string? Rule = null)
{
    /// <summary>Every wording of the concept, longest first.</summary>
    public IEnumerable<string> Wordings => Aliases.Prepend(Term).OrderByDescending(w => w.Length);
}
