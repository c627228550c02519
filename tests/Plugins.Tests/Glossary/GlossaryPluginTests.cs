using Assistant.Plugins.Glossary;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Validation;

namespace Assistant.Plugins.Tests.Glossary;

public sealed class GlossaryPluginTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private readonly GlossaryPlugin _plugin = corpus.Get<GlossaryPlugin>();

    [Fact]
    public void Entries_EveryRuleNamed_IsARuleTheValidatorApplies()
    {
        var rules = new TableValidator().Rules.Select(r => r.Id).ToHashSet();

        Assert.All(GlossaryPlugin.Entries.Where(e => e.Rule is not null), e => Assert.Contains(e.Rule!, rules));
        Assert.All(GlossaryPlugin.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Text)));
    }

    [Fact]
    public void Entries_EveryCategoryTheQueriesKnow_IsExplained()
    {
        foreach (var category in IndicatorCategory.All.Where(c => c.Name != "生态效益指标"))
        {
            Assert.NotNull(GlossaryPlugin.Find(category.Name));
        }
    }

    [Theory]
    [InlineData("≥100%", "R06")]
    [InlineData("成本超过预算", "R04")]
    [InlineData("产出指标", null)]
    public void Explain_Term_GivesTheTextAndTheRuleInItsOwnWords(string wording, string? rule)
    {
        var explained = Assert.Single(_plugin.Explain([wording]));

        Assert.Equal(rule, explained.Rule);
        if (rule is not null)
        {
            Assert.Equal(new TableValidator().Rules.Single(r => r.Id == rule).Title, explained.RuleTitle);
        }
    }

    [Fact]
    public void Explain_UnknownTerm_IsLeftOut()
    {
        Assert.Empty(_plugin.Explain(["量子纠缠"]));
    }
}
