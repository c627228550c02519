using System.ComponentModel;
using System.Text.Json;
using Assistant.Plugins.Validation;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Glossary;

/// <summary>
/// Explains the concepts of a target table (产出指标, 成本指标, ≥100% …) from a glossary kept as data
/// (<c>glossary.json</c>), with the review rule behind each one in the rule's own words.
/// </summary>
public sealed class GlossaryPlugin(TableValidator validator)
{
    /// <summary>The glossary, read once from the embedded data.</summary>
    public static IReadOnlyList<GlossaryEntry> Entries { get; } = Load();

    /// <summary>Explains the given concepts; unknown ones are left out.</summary>
    [KernelFunction("explain")]
    [Description("解释绩效目标表里的概念和审核规则，如 产出指标、效益指标、成本指标、为什么满意度不能写成≥100%。Explain table concepts " +
                 "and the review rule behind each, from the glossary; pass the terms as they are named in the question.")]
    public IReadOnlyList<ConceptExplanation> Explain([Description("概念名称，如 产出指标、≥100% / concept names")] IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var rules = validator.Rules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        return terms.Select(Find).OfType<GlossaryEntry>().Distinct()
            .Select(e => new ConceptExplanation(e.Term, e.Text, e.Rule, e.Rule is { } id ? rules.GetValueOrDefault(id) : null)).ToList();
    }

    /// <summary>The entry named by <paramref name="wording"/> (its term or an alias), or null.</summary>
    public static GlossaryEntry? Find(string wording) =>
        Entries.FirstOrDefault(e => e.Wordings.Any(w => string.Equals(w, wording?.Trim(), StringComparison.Ordinal)));

    private static List<GlossaryEntry> Load()
    {
        using var stream = typeof(GlossaryPlugin).Assembly.GetManifestResourceStream("Assistant.Plugins.glossary.json")
                           ?? throw new InvalidOperationException("the glossary resource is missing");
        return JsonSerializer.Deserialize<List<GlossaryEntry>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
               ?? throw new InvalidDataException("the glossary is empty");
    }
}
