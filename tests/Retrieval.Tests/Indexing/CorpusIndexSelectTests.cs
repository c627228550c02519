using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Tests.Indexing;

/// <summary><see cref="CorpusIndex.Select"/> (tested on the tables' columns) against a scan of the real tables.</summary>
public sealed class CorpusIndexSelectTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    private readonly CorpusIndex _index = fixture.Index;

    public static TheoryData<string> Conditions => new()
    {
        "nothing",
        "year",
        "other year",
        "budget over 1000",
        "budget 100 to 500",
        "fiscal under 50",
        "other above 0",
        "rows exactly 8",
        "rows fewer than 7",
        "department",
        "except department",
        "names",
        "except names",
        "has 可持续影响 and 服务对象满意度",
        "lacks 经济效益",
        "deadline by 2025-10-31",
        "ordinals",
        "no names",
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public void Select_Condition_SameTablesAndTotalsAsScan(string condition)
    {
        var department = _index.Projects[0].Department;
        var named = new[] { _index.Projects[1].Name, _index.Projects[5].Name };
        var (constraints, keeps) = condition switch
        {
            "nothing" => (new ProjectConstraints(), (Func<Project, int, bool>)((_, _) => true)),
            "year" => (new ProjectConstraints { Year = 2025 }, (p, _) => p.Year == 2025),
            "other year" => (new ProjectConstraints { Year = 2019 }, (p, _) => p.Year == 2019),
            "budget over 1000" => (new ProjectConstraints { Budget = new NumericRange(1000m, null, MinInclusive: false) }, (p, _) => p.Budget.Total > 1000m),
            "budget 100 to 500" => (new ProjectConstraints { Budget = new NumericRange(100m, 500m) }, (p, _) => p.Budget.Total is >= 100m and <= 500m),
            "fiscal under 50" => (new ProjectConstraints { Fiscal = new NumericRange(null, 50m, MaxInclusive: false) }, (p, _) => p.Budget.Fiscal < 50m),
            "other above 0" => (new ProjectConstraints { Other = new NumericRange(0m, null, MinInclusive: false) }, (p, _) => p.Budget.Other > 0m),
            "rows exactly 8" => (new ProjectConstraints { Rows = new NumericRange(8m, 8m) }, (p, _) => p.Indicators.Count == 8),
            "rows fewer than 7" => (new ProjectConstraints { Rows = new NumericRange(null, 7m, MaxInclusive: false) }, (p, _) => p.Indicators.Count < 7),
            "department" => (new ProjectConstraints { Departments = [department] }, (p, _) => p.Department == department),
            "except department" => (new ProjectConstraints { ExceptDepartments = [department] }, (p, _) => p.Department != department),
            "names" => (new ProjectConstraints { Names = named }, (p, _) => named.Contains(p.Name)),
            "except names" => (new ProjectConstraints { ExceptNames = named }, (p, _) => !named.Contains(p.Name)),
            "has 可持续影响 and 服务对象满意度" => (new ProjectConstraints { Levels = [["2:可持续影响指标"], ["2:服务对象满意度指标", "1:满意度指标"]] },
                (p, _) => p.Indicators.Any(i => i.Level2 == "可持续影响指标") && p.Indicators.Any(i => i.Level2 == "服务对象满意度指标" || i.Level1 == "满意度指标")),
            "lacks 经济效益" => (new ProjectConstraints { LacksLevels = ["2:经济效益指标"] }, (p, _) => p.Indicators.All(i => i.Level2 != "经济效益指标")),
            "deadline by 2025-10-31" => (new ProjectConstraints { Deadline = new DateRange(To: new DateOnly(2025, 10, 31)) },
                (p, _) => p.Indicators.Any(i => i.Target is { Kind: TargetKind.Deadline, Date: { } d } && d <= new DateOnly(2025, 10, 31))),
            "ordinals" => (new ProjectConstraints { Ordinals = [40, 2, 17], Budget = new NumericRange(10m, null) }, (p, o) => o is 2 or 17 or 40 && p.Budget.Total >= 10m),
            "no names" => (new ProjectConstraints { Names = [] }, (_, _) => false),
            _ => throw new ArgumentOutOfRangeException(nameof(condition)),
        };
        var expected = Enumerable.Range(0, _index.Projects.Count).Where(o => keeps(_index.Projects[o], o)).ToList();

        var set = _index.Select(constraints);

        Assert.Equal(expected, set.Ordinals);
        Assert.Equal(expected.Sum(o => _index.Projects[o].Budget.Total), set.Totals.Total);
        Assert.Equal(expected.Sum(o => _index.Projects[o].Budget.Fiscal), set.Totals.Fiscal);
        Assert.Equal(expected.Sum(o => _index.Projects[o].Budget.Other), set.Totals.Other);
        Assert.Equal(expected.Select(o => _index.Projects[o].Department).Distinct().Order(StringComparer.Ordinal), set.Departments.Select(d => d.Department).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, set.Departments.Sum(d => d.Projects));
    }

    [Fact]
    public void Total_OrdinalsInAnyOrder_SumsAndSubtotalsOfThoseTables()
    {
        int[] ordinals = [40, 2, 17, 88, 3];
        var tables = ordinals.Select(o => _index.Projects[o]).ToList();

        var set = _index.Total(ordinals);

        Assert.Equal(ordinals, set.Ordinals);
        Assert.Equal(tables.Sum(p => p.Budget.Total), set.Totals.Total);
        Assert.Equal(tables.Sum(p => p.Budget.Fiscal), set.Totals.Fiscal);
        var expected = tables.GroupBy(p => p.Department).Select(g => (g.Key, g.Count(), g.Sum(p => p.Budget.Total))).OrderBy(d => d.Key, StringComparer.Ordinal);
        Assert.Equal(expected, set.Departments.Select(d => (d.Department, d.Projects, d.Budget)).OrderBy(d => d.Department, StringComparer.Ordinal));
    }

    [Fact]
    public void Select_SomeConditionsKeepSomeTables_NotAllOrNone()
    {
        var set = _index.Select(new ProjectConstraints { Budget = new NumericRange(100m, 500m), LacksLevels = ["2:经济效益指标"] });

        Assert.InRange(set.Ordinals.Count, 1, _index.Projects.Count - 1);
    }
}
