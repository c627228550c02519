using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Tests.Indexing;

/// <summary><see cref="CorpusIndex.ProjectsWithRow"/> (read from the rows' columns) against a scan of the real tables.</summary>
public sealed class RowColumnsTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    private readonly CorpusIndex _index = fixture.Index;

    public static TheoryData<string[]?, TargetKind?, string?, decimal?, decimal?> Conditions => new()
    {
        { ["2:服务对象满意度指标"], TargetKind.Percent, null, 95m, null },
        { ["1:满意度指标"], TargetKind.Percent, null, 100m, 100m },
        { ["2:数量指标"], null, "人次", 1000m, null },
        { ["2:成本指标", "1:成本指标"], null, null, null, 50m },
        { null, TargetKind.Deadline, null, null, null },
        { null, null, "万元", null, null },
        { ["2:数量指标"], null, "没有这个单位", null, null },
        { ["2:没有这个二级指标"], null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public void ProjectsWithRow_Condition_SameTablesAsScan(string[]? levels, TargetKind? kind, string? unit, decimal? min, decimal? max)
    {
        var number = min is null && max is null ? null : new NumericRange(min, max);
        var row = new RowConstraints { Levels = levels, Kind = kind, Unit = unit, Number = number };
        bool Meets(Indicator i) =>
            (levels is null || levels.Contains(ProjectConstraints.Level(1, i.Level1)) || levels.Contains(ProjectConstraints.Level(2, i.Level2))) &&
            (kind is null || i.Target.Kind == kind) && (unit is null || i.Target.Unit == unit) &&
            (number is null || (i.Target.Number is { } n && number.Contains(n)));
        var expected = Enumerable.Range(0, _index.Projects.Count).Where(o => _index.Projects[o].Indicators.Any(Meets)).ToList();

        var owners = _index.ProjectsWithRow(row);

        Assert.Equal(expected, owners.Order());
        Assert.Equal(expected.Count, owners.Count);
    }

    [Fact]
    public void ProjectsWithRow_SatisfactionAtLeast95_SomeTablesNotAll()
    {
        var owners = _index.ProjectsWithRow(new RowConstraints { Levels = ["1:满意度指标"], Kind = TargetKind.Percent, Number = new NumericRange(95m) });

        Assert.InRange(owners.Count, 1, _index.Projects.Count - 1);
        Assert.All(owners, o => Assert.Contains(_index.Projects[o].Indicators, i => i.Level1 == "满意度指标" && i.Target.Number >= 95m));
    }

    [Theory]
    [InlineData(95.00001, 95.00001, true)] // more decimals than the columns' scale: compared as the decimal
    [InlineData(95.00001, 95.00002, false)]
    [InlineData(1e22, 1e22, true)] // too large for the scale
    [InlineData(1e22, 2e22, false)]
    [InlineData(95, 95, true)]
    [InlineData(95, 95.00001, false)]
    public void Owners_NumberBeyondScale_ComparedExactly(double number, double atLeast, bool kept)
    {
        var first = _index.Projects[0];
        var row = first.Indicators[0] with { Target = first.Indicators[0].Target with { Number = (decimal)number } };
        var columns = new RowColumns([first with { Indicators = [row] }]);

        var owners = columns.Owners(new RowConstraints { Number = new NumericRange((decimal)atLeast) });

        Assert.Equal(kept ? [0] : [], owners.Order());
    }

    [Fact]
    public void OrdinalsNamed_NameHeldAndNot_OrdinalsOrEmpty()
    {
        var first = _index.Projects[3];

        Assert.Equal([3], _index.OrdinalsNamed(first.Name));
        Assert.Empty(_index.OrdinalsNamed(first.Name + "（不存在）"));
    }
}
