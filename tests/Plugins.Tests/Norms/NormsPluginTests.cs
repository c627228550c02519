using Assistant.Plugins.Norms;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Tests.Norms;

public sealed class NormsPluginTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private readonly NormsPlugin _plugin = corpus.Get<NormsPlugin>();

    [Fact]
    public void GetNorms_Satisfaction_MostCommonIs90PercentWithEvidence()
    {
        var norms = _plugin.GetNorms("服务对象满意度");

        Assert.Equal(95, norms.Rows);
        Assert.Equal("≥90%", norms.MostCommon!.Value);
        Assert.Equal(90m, norms.MostCommon.Number);
        Assert.Equal(40, norms.MostCommon.Count); // 40 × ≥90% (one more project writes >90%)
        Assert.Equal(90m, norms.MedianThreshold);
        Assert.Equal("%", norms.Unit);
        Assert.Equal(norms.MostCommon.Count, norms.MostCommon.Projects.Count);
        Assert.Equal(95, norms.Citations.Count);
        Assert.Equal(norms.Rows, norms.Values.Sum(v => v.Count));
    }

    [Fact]
    public void GetNorms_ExpertPool_Is8500People()
    {
        var norms = _plugin.GetNorms("专家库人数");

        var value = Assert.Single(norms.Values);
        Assert.Equal(("≥8500人", Comparator.GreaterOrEqual, 3), (value.Value, value.Comparator, value.Count));
    }

    [Fact]
    public void GetNorms_Department_RestrictsRows()
    {
        var norms = _plugin.GetNorms("满意度", department: "战略院");

        Assert.Equal(11, norms.Projects);
    }

    [Fact]
    public void GetNorms_UnknownSubject_HasNoRows()
    {
        var norms = _plugin.GetNorms("量子纠缠保真度");

        Assert.Equal(0, norms.Rows);
        Assert.Null(norms.MostCommon);
    }

    [Theory]
    [InlineData(new[] { 90.0, 95.0, 98.0 }, new[] { 1, 1, 1 }, 95.0)]   // odd count: the middle one
    [InlineData(new[] { 90.0, 95.0 }, new[] { 3, 1 }, 90.0)]            // 90, 90, 90, 95: the middle two are both 90
    [InlineData(new[] { 90.0, 95.0 }, new[] { 2, 2 }, 92.5)]            // 90, 90, 95, 95: between the middle two
    public void Median_ValuesWithCounts_IsTheMedianOfTheExpandedList(double[] numbers, int[] counts, double median)
    {
        var counted = numbers.Zip(counts, (n, c) => ((decimal)n, c)).ToList();

        Assert.Equal((decimal)median, NormsPlugin.Median(counted));
    }

    [Fact]
    public void Median_NoValues_IsNull()
    {
        Assert.Null(NormsPlugin.Median([]));
    }

    [Theory]
    [InlineData("满意度")]
    [InlineData("专家库人数")]
    [InlineData("完成率")]
    [InlineData("成本指标")]
    public void GetNorms_MedianThreshold_IsTheMedianOfEveryRowInTheMostCommonUnit(string subject)
    {
        var norms = _plugin.GetNorms(subject);

        // Brute force: every matched row's number in the most common value's unit, sorted.
        var index = corpus.Get<Assistant.Plugins.Queries.ProjectQueryEngine>().Index;
        var rows = new Assistant.Plugins.Queries.SubjectMatcher(index).Match(subject, indexed: true);
        var numbers = index.Projects.SelectMany(p => rows.Of(p).Select(r => p.Indicators[r].Target))
            .Where(t => t is { IsQuantified: true, Number: not null } && NormsPlugin.Normalised(t) is not null && t.Unit == norms.Unit)
            .Select(t => t.Number!.Value).Order().ToList();
        decimal? median = numbers.Count == 0 ? null
            : numbers.Count % 2 == 1 ? numbers[numbers.Count / 2] : (numbers[(numbers.Count / 2) - 1] + numbers[numbers.Count / 2]) / 2;
        Assert.NotEmpty(numbers);
        Assert.Equal(median, norms.MedianThreshold);
    }

    [Theory]
    [InlineData("满意度", null)]
    [InlineData("数量指标", "战略院")]
    [InlineData("成本指标", null)]
    [InlineData("专家库人数", null)]
    [InlineData("完成率", "信息所")]
    public void GetNorms_Subject_ValuesAndCountsAsAScanGives(string subject, string? department)
    {
        var norms = _plugin.GetNorms(subject, department);

        // Brute force over the tables: each row's canonical value (or its text), counted once per project, in the
        // order values are first met; then the plugin's order (most projects first, larger numbers first).
        var engine = corpus.Get<Assistant.Plugins.Queries.ProjectQueryEngine>();
        var rows = new Assistant.Plugins.Queries.SubjectMatcher(engine.Index).Match(subject, indexed: false);
        var full = department is null ? null : engine.ResolveDepartment(department);
        var matched = engine.Index.Projects.Where(p => full is null || p.Department == full)
            .SelectMany(p => rows.Of(p).Select(r => (Project: p, Target: p.Indicators[r].Target, Key: NormsPlugin.Normalised(p.Indicators[r].Target) ?? p.Indicators[r].Value.Trim())))
            .ToList();
        var values = matched
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Count: g.Select(x => x.Project).Distinct().Count(), Number: g.First().Target.IsQuantified ? g.First().Target.Number : null))
            .OrderByDescending(v => v.Count).ThenByDescending(v => v.Number ?? decimal.MinValue)
            .Select(v => (v.Value, v.Count)).ToList();

        Assert.NotEmpty(values);
        Assert.Equal(values, norms.Values.Select(v => (v.Value, v.Count)));
        Assert.Equal(matched.Count, norms.Rows);
        Assert.Equal(matched.Select(x => x.Project).Distinct().Count(), norms.Projects);
    }

    [Fact]
    public void GetNorms_Filter_CountsOnlyTheProjectsItSelects()
    {
        var over100 = new Assistant.Plugins.Queries.ProjectFilter { Budget = new Assistant.Plugins.Queries.NumberRange(100m, null, MinInclusive: false) };

        var norms = _plugin.GetNorms("满意度", filter: over100);

        var engine = corpus.Get<Assistant.Plugins.Queries.ProjectQueryEngine>();
        var selected = engine.Index.Projects.Where(p => p.Budget.Total > 100m).ToList();
        Assert.Equal(selected.Count, norms.Projects);
        Assert.Equal(selected.Sum(p => p.Indicators.Count(i => i.Level1 == "满意度指标")), norms.Rows);
        Assert.All(norms.Citations, c => Assert.Contains(selected, p => p.Name == c.Project));
        Assert.True(norms.Projects < _plugin.GetNorms("满意度").Projects);
    }
}
