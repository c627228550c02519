using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Tests.Indexing;

public sealed class DomainAnalyzerTests
{
    [Theory]
    [InlineData("人工智能创新发展服务工作", "人工智能|ai|创新|发展|服务|工作")]
    [InlineData("国家自然科学基金区域创新发展联合基金", "国家|自然科学|基金|区域|创新|发展|联合|基金")]
    [InlineData("天津市外国专家项目资助经费", "天津市|外国|外籍|专家|专家|项目|资助|经费|资金")]
    [InlineData("我市科技专家库人数", "我市|科技|专家|专家|库|数据库|人数")]
    [InlineData("天开园", "天|开|园")]
    public void Analyze_RealProjectPhrases_GivesSmartCnTokensWithSynonyms(string phrase, string expected)
    {
        using var analyzer = new DomainAnalyzer();

        Assert.Equal(expected, Tokens(analyzer, phrase));
    }

    [Theory]
    [InlineData("技术合同成交额≥2000亿元", "技术|合同|成交额|2000|亿|元")]
    [InlineData("2025年12月31日前完成", "2025|年|12|月|31|日前|完成")]
    [InlineData("财政预算支出≤230万元", "财政|预算|支出|230|万|元")]
    [InlineData("服务对象满意度≥95%", "服务|对象|满意度|95")]
    public void Analyze_NumbersAndUnits_SplitsNumberFromUnit(string phrase, string expected)
    {
        using var analyzer = new DomainAnalyzer(synonyms: false);

        Assert.Equal(expected, Tokens(analyzer, phrase));
    }

    [Theory]
    [InlineData("AI创新项目", "人工智能|ai|创新|项目")]
    [InlineData("科技成果OA系统", "科技|成果|oa|系统")]
    public void Analyze_LatinLetters_LowerCasedOnceInTheCache(string phrase, string expected)
    {
        using var analyzer = new DomainAnalyzer();

        Assert.Equal(expected, Tokens(analyzer, phrase));
        Assert.Equal(expected, Tokens(analyzer, phrase)); // the second time from the cache, the same words
    }

    [Theory]
    [InlineData("满意度≥９５％", "满意度≥95%")]
    [InlineData("ＡＩ项目", "AI项目")]
    public void Analyze_FullWidthInput_TokenizesLikeHalfWidth(string fullWidth, string halfWidth)
    {
        using var analyzer = new DomainAnalyzer();

        Assert.Equal(Tokens(analyzer, halfWidth), Tokens(analyzer, fullWidth));
    }

    [Fact]
    public void Analyze_SatisfactionRate_FindsSatisfactionToo()
    {
        using var analyzer = new DomainAnalyzer();

        Assert.Contains("满意度", Tokens(analyzer, "用户满意率").Split('|'));
    }

    [Fact]
    public void SynonymGroups_DataFile_IsLoadedWithItsGroups()
    {
        Assert.Contains(DomainAnalyzer.SynonymGroups, g => g.SequenceEqual(["满意度", "满意率"]));
        Assert.All(DomainAnalyzer.SynonymGroups, g => Assert.True(g.Count >= 2));
    }

    private static string Tokens(DomainAnalyzer analyzer, string text) =>
        string.Join('|', QueryBuilder.Analyze(analyzer, text).Select(t => t.Term));
}
