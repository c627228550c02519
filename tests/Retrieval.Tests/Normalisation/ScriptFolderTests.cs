using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Tests.Normalisation;

public sealed class ScriptFolderTests
{
    [Theory]
    [InlineData("預算在八十萬以上的項目有幾個", "预算在八十万以上的项目有几个")]
    [InlineData("滿意度目標不低於百分之九十九的戰略院項目", "满意度目标不低于百分之九十九的战略院项目")]
    [InlineData("經濟效益指標", "经济效益指标")]
    [InlineData("資訊所的預算合計", "资讯所的预算合计")]   // a character mapping, not a vocabulary: 資訊 is 资讯, not 信息
    [InlineData("信息所的项目预算合计是多少", "信息所的项目预算合计是多少")] // simplified text passes unchanged
    [InlineData("≥95% 2025年12月31日前", "≥95% 2025年12月31日前")]
    public void ToSimplified_TraditionalOrSimplified_GivesSimplified(string text, string expected)
    {
        Assert.Equal(expected, ScriptFolder.ToSimplified(text));
    }

    [Theory]
    [InlineData("显著贡献", "显着贡献", "显著贡献")] // ICU alone turns 著 into 着; the corpus uses 著, so it stays
    [InlineData("顯著貢獻", "显著贡献", "显著贡献")] // with traditional context ICU reads the phrase right
    public void ToSimplified_CharacterTheCorpusUses_IsKept(string text, string icuAlone, string withCorpus)
    {
        var corpus = CorpusLoader.Load(BundledCorpus.Folder);
        var keep = Characters(corpus);

        Assert.Equal(icuAlone, ScriptFolder.ToSimplified(text));
        Assert.Equal(withCorpus, ScriptFolder.ToSimplified(text, keep));
    }

    [Theory]
    [InlineData("信息所的预算合计是多少", "信息所的预算合计是多少")] // every character the corpus's: returned without ICU
    [InlineData("信息所的預算合計是多少", "信息所的预算合计是多少")] // 預 and 計 are not the corpus's: folded
    public void ToSimplified_WithTheCorpusCharacters_FoldsOnlyWhatTheCorpusDoesNotUse(string text, string expected)
    {
        var keep = Characters(CorpusLoader.Load(BundledCorpus.Folder));

        Assert.Equal(expected, ScriptFolder.ToSimplified(text, keep));
    }

    [Fact]
    public void ToSimplified_EveryCorpusTextWithTheCorpusCharacters_IsUnchanged()
    {
        // Folding a question can never break its match with a name or a row.
        var corpus = CorpusLoader.Load(BundledCorpus.Folder);
        var keep = Characters(corpus);

        var changed = Texts(corpus).Where(t => ScriptFolder.ToSimplified(t, keep) != t).ToList();

        Assert.Empty(changed);
    }

    [Fact]
    public void ToSimplified_ManyThreadsWhileWarming_EachGetsItsOwnAnswer()
    {
        // One transliterator serves every thread (under a lock), built by Warm or by whichever call comes first.
        ScriptFolder.Warm();
        var texts = new[] { ("預算在八十萬以上的項目", "预算在八十万以上的项目"), ("經濟效益指標", "经济效益指标"), ("滿意度", "满意度") };

        var results = Enumerable.Range(0, 300).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => texts[i % texts.Length])
            .Select(t => (Expected: t.Item2, Actual: ScriptFolder.ToSimplified(t.Item1)))
            .ToList();

        Assert.All(results, r => Assert.Equal(r.Expected, r.Actual));
    }

    [Theory]
    [InlineData("其他部门的乾隆年间", "其他部門乾燥", "其他部门干燥")] // 乾 kept in a phrase still folds elsewhere
    [InlineData("他们一共多少", "他們一共多少", "他们一共多少")]
    public void ToSimplified_AfterAFoldLeftCharactersAsTheyWere_StillFoldsTraditionalOnes(string first, string text, string expected)
    {
        Assert.Equal(first.Length, ScriptFolder.ToSimplified(first).Length);

        Assert.Equal(expected, ScriptFolder.ToSimplified(text));
        Assert.Equal(expected, ScriptFolder.ToSimplified(expected)); // and a simplified text passes unchanged
    }

    private static HashSet<char> Characters(Assistant.Retrieval.Parsing.CorpusParseResult corpus) => Texts(corpus).SelectMany(t => t).ToHashSet();

    private static IEnumerable<string> Texts(Assistant.Retrieval.Parsing.CorpusParseResult corpus) =>
        corpus.Projects.SelectMany(p => new[] { p.Name, p.Department, p.Usage, p.Goals }
            .Concat(p.Indicators.SelectMany(i => new[] { i.Level3, i.Description, i.Value })));
}
