using System.Text.Json;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Tests.Queries;

/// <summary>
/// The typed query on the real corpus: each condition and each kind of figure, with the expected answer worked out
/// by hand from the tables.
/// </summary>
public sealed class TypedQueryTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private const string Allocation = "天津市科学技术局资源配置与管理处";
    private const string Strategy = "天津市科学技术发展战略研究院";
    private const string Health = "天津医学健康研究院";
    private const string Information = "天津市科学技术信息研究所";
    private readonly ProjectQueryPlugin _plugin = corpus.Get<ProjectQueryPlugin>();

    public static TheoryData<string, ProjectQuery, int> Counts => new()
    {
        { "战略院或健研院", new() { Filter = new() { Departments = [Strategy, Health] } }, 13 },
        { "资源配置处以外、预算>100", new() { Filter = new() { ExceptDepartments = [Allocation], Budget = NumberRange.From(Comparator.Greater, 100) } }, 4 },
        { "正好8条指标", new() { Filter = new() { RowCount = NumberRange.From(Comparator.Equal, 8) } }, 14 },
        { "不到7条指标", new() { Filter = new() { RowCount = NumberRange.From(Comparator.Less, 7) } }, 48 },
        { "名称含重大专项", new() { Filter = new() { NameContains = "重大专项" } }, 5 },
        { "名称不含专项", new() { Filter = new() { NameLacks = "专项" } }, 74 },
        { "名称以验收结尾", new() { Filter = new() { NameEndsWith = "验收" } }, 3 },
        { "绩效目标含香港", new() { Filter = new() { GoalsContain = "香港" } }, 2 },
        { "表中提到京津冀", new() { Filter = new() { TextContains = "京津冀" } }, 5 },
        { "既有经济效益又有社会效益", new() { Filter = new() { HasCategories = ["经济效益指标", "社会效益指标"] } }, 8 },
        { "既没有经济效益也没有可持续影响", new() { Filter = new() { LacksCategories = ["经济效益指标", "可持续影响指标"] } }, 81 },
        { "两条成本指标", new() { Filter = new() { HasCategory = "成本指标", CategoryRows = NumberRange.From(Comparator.Equal, 2) } }, 1 },
        { "其他资金>0", new() { Filter = new() { Budget = NumberRange.From(Comparator.Greater, 0), BudgetField = MoneyField.Other } }, 0 },
        { "财政资金不超过80", new() { Filter = new() { Budget = NumberRange.From(Comparator.LessOrEqual, 80), BudgetField = MoneyField.Fiscal } }, 59 },
        { "经济效益指标写成金额", new() { Filter = new() { Rows = new() { Category = "经济效益指标", Kind = TargetKind.Money } } }, 4 },
        { "满意度写“百分比”三字", new() { Filter = new() { Rows = new() { Category = "满意度指标", Written = "百分比" } } }, 15 },
        { "成本指标没用≤", new() { Filter = new() { Rows = new() { Category = "成本指标", NotWritten = "≤" } } }, 4 },
        { "时效指标写成百分比", new() { Filter = new() { Rows = new() { Category = "时效指标", Kind = TargetKind.Percent } } }, 10 },
        { "时效指标名称含及时率", new() { Filter = new() { Rows = new() { Category = "时效指标", Named = "及时率" } } }, 6 },
        { "时效指标没写年份", new() { Filter = new() { Rows = new() { Category = "时效指标", YearMissing = true } } }, 2 },
        { "数量指标单位为人次", new() { Filter = new() { Rows = new() { Category = "数量指标", Unit = "人次" } } }, 4 },
        { "数量指标单位为场", new() { Filter = new() { Rows = new() { Category = "数量指标", Unit = "场" } } }, 13 },
        { "满意度恰为≥85%", new() { Filter = new() { Rows = new() { Category = "满意度指标", Exactly = "≥85%" } } }, 3 },
        { "满意度≥99%或预算>3000万", new() { Filter = new() { AnyOf = [new() { Subject = "满意度", Threshold = NumberRange.From(Comparator.GreaterOrEqual, 99), ThresholdUnit = "%" }, new() { Budget = NumberRange.From(Comparator.Greater, 3000) }] } }, 16 },
        { "三级指标重复（R09）", new() { Filter = new() { FailsRule = "R09" } }, 1 },
        { "成本超预算（R04）", new() { Filter = new() { FailsRule = "R04", FailsRuleSeverity = Assistant.Plugins.Validation.Severity.Error } }, 2 },
        { "R04 任一发现", new() { Filter = new() { FailsRule = "R04" } }, 5 },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Execute_Condition_CountsExactly(string what, ProjectQuery query, int expected)
    {
        var result = _plugin.Query(query with { Ask = QueryAsk.Count });

        Assert.True(expected == result.Value, $"{what}: {result.Value}");
        Assert.Equal(expected, result.Projects.Count);
        Assert.Equal(2025, result.Year);
    }

    public static TheoryData<string, ProjectQuery, double, string?> Figures => new()
    {
        { "最大预算数", new() { Ask = QueryAsk.Max }, 5850, "天津市中央引导地方科技发展资金项目" },
        { "最小财政资金", new() { Ask = QueryAsk.Min, Field = MoneyField.Fiscal }, 6, "盘活天开园存量资产智能服务平台建设" },
        { "战略院平均预算", new() { Ask = QueryAsk.Average, Filter = new() { Department = Strategy } }, 25.27, null },
        { "预算最高两个的合计", new() { Ask = QueryAsk.Sum, Sort = ProjectSort.BudgetDescending, Top = 2 }, 11210.77, null },
        { "信息所预算≤100的合计", new() { Ask = QueryAsk.Sum, Filter = new() { Department = Information, Budget = NumberRange.From(Comparator.LessOrEqual, 100) } }, 232, null },
        { "验收结尾项目的指标条数", new() { Ask = QueryAsk.Rows, Filter = new() { NameEndsWith = "验收" } }, 25, null },
        { "成本超预算的超出合计", new() { Ask = QueryAsk.Excess, Filter = new() { FailsRule = "R04", FailsRuleSeverity = Assistant.Plugins.Validation.Severity.Error } }, 40.9, null }, // 160−120 + 20.9−20
        { "资源配置处预算第三", new() { Ask = QueryAsk.List, Filter = new() { Department = Allocation }, Sort = ProjectSort.BudgetDescending, Nth = 3 }, double.NaN, "天津市自然科学基金项目" },
        { "信息所满意度目标最低", new() { Filter = new() { Department = Information, Subject = "满意度" }, Sort = ProjectSort.TargetAscending, Nth = 1 }, double.NaN, "实验动物管理服务" },
        { "预算总额最少的部门", new() { Ask = QueryAsk.Min, ByDepartment = true }, 278, null },
        { "信息所预算高于本所平均", new() { Ask = QueryAsk.Count, Filter = new() { Department = Information, VersusAverage = Comparator.Greater } }, 2, null },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Execute_Aggregate_IsComputedFromTheTables(string what, ProjectQuery query, double expected, string? project)
    {
        var result = _plugin.Query(query);

        if (!double.IsNaN(expected))
        {
            Assert.True((decimal)expected == result.Value, $"{what}: {result.Value}");
        }

        if (project is not null)
        {
            Assert.Equal(project, Assert.Single(result.Projects).Name);
        }

        Assert.All(result.Projects, p => Assert.NotEmpty(p.Evidence));
    }

    [Fact]
    public void Execute_LatestDeadline_SharesFirstPlaceBetweenTies()
    {
        var result = _plugin.Query(new() { Sort = ProjectSort.DeadlineLatest, Nth = 1 });

        // Both set 2026年3月底前; every other dated row is in 2025.
        Assert.Equal(["应用基础研究、技术创新引导专项等项目评审", "科技重大专项与工程、重点研发计划等项目评审"], result.Projects.Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData(ProjectSort.BudgetDescending, 1)]
    [InlineData(ProjectSort.BudgetDescending, 3)]
    [InlineData(ProjectSort.BudgetAscending, 2)]
    [InlineData(ProjectSort.BudgetAscending, 7)]
    [InlineData(ProjectSort.RowsDescending, 2)]
    [InlineData(ProjectSort.RowsAscending, 4)]
    [InlineData(ProjectSort.BudgetDescending, 500)]
    public void Execute_NthPlace_IsTheNthDistinctValueWithEveryTableTiedOnIt(ProjectSort sort, int nth)
    {
        var result = _plugin.Query(new() { Sort = sort, Nth = nth });

        // Brute force over the tables: the distinct keys in order, the nth of them, every table holding it.
        var projects = corpus.Get<ProjectQueryEngine>().Index.Projects;
        decimal Key(Assistant.Retrieval.Corpus.Project p) => sort is ProjectSort.RowsAscending or ProjectSort.RowsDescending ? p.Indicators.Count : p.Budget.Total;
        var keys = projects.Select(Key).Distinct().Order().ToList();
        if (sort is ProjectSort.BudgetDescending or ProjectSort.RowsDescending)
        {
            keys.Reverse();
        }

        var expected = nth <= keys.Count ? projects.Where(p => Key(p) == keys[nth - 1]).Select(p => p.Name).Order().ToList() : [];
        Assert.Equal(expected, result.Projects.Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData(ProjectSort.RowsAscending, QueryAsk.Rows, 1, 6, true)]          // 48 tables tie with 6 rows: 6 each, not 288
    [InlineData(ProjectSort.BudgetAscending, QueryAsk.Sum, 2, 8, true)]         // two tables at 8万: 8 each, not 16
    [InlineData(ProjectSort.BudgetDescending, QueryAsk.Sum, 1, 5850, false)]    // one table: its own figure, no tie
    public void Execute_PlaceAskedForItsOwnFigure_IsEachTablesFigure(ProjectSort sort, QueryAsk ask, int nth, double value, bool each)
    {
        var result = _plugin.Query(new() { Sort = sort, Nth = nth, Ask = ask });

        Assert.Equal(((decimal)value, each), (result.Value!.Value, result.Each));
    }

    [Theory]
    [InlineData(ProjectSort.RowsAscending, QueryAsk.List, 3, 45, false)]    // 48 tables have 6 rows: 3 taken, 45 left out
    [InlineData(ProjectSort.RowsAscending, QueryAsk.Sum, 3, 45, true)]      // their budgets differ: which 3 changes the sum
    [InlineData(ProjectSort.RowsAscending, QueryAsk.Rows, 3, 45, false)]    // 6 rows each, whichever are taken
    [InlineData(ProjectSort.RowsDescending, QueryAsk.Sum, 3, 0, false)]     // 22, 12, 12 rows, then 11: no tie at the cut
    [InlineData(ProjectSort.BudgetDescending, QueryAsk.List, 3, 0, false)]
    public void Execute_FirstNCutThroughTies_CountsTheTiedLeftOut(ProjectSort sort, QueryAsk ask, int top, int beyond, bool decides)
    {
        var result = _plugin.Query(new() { Sort = sort, Top = top, Ask = ask });

        // Brute force: the tables holding the N-th's number, less those of them among the first N.
        var projects = corpus.Get<ProjectQueryEngine>().Index.Projects;
        var key = sort is ProjectSort.RowsAscending or ProjectSort.RowsDescending
            ? projects.Single(p => p.Name == result.Projects[^1].Name).Indicators.Count
            : projects.Single(p => p.Name == result.Projects[^1].Name).Budget.Total;
        var tied = projects.Count(p => (sort is ProjectSort.RowsAscending or ProjectSort.RowsDescending ? p.Indicators.Count : p.Budget.Total) == key);
        var tiedShown = result.Projects.Count(s => projects.Single(p => p.Name == s.Name) is var p &&
            (sort is ProjectSort.RowsAscending or ProjectSort.RowsDescending ? p.Indicators.Count : p.Budget.Total) == key);
        Assert.Equal((beyond, decides), (result.TiedAtCut, result.TieDecidesValue));
        Assert.Equal(tied - tiedShown, result.TiedAtCut);
    }

    [Theory]
    [InlineData(ProjectSort.BudgetAscending, 3, 3)]    // 6, 8, 8, 8.5 万: the third place has three tables before it
    [InlineData(ProjectSort.BudgetAscending, 2, 0)]    // the two at 8 万 share the second place: one before it, as counted
    [InlineData(ProjectSort.BudgetDescending, 2, 0)]   // no tie at the top
    [InlineData(ProjectSort.RowsAscending, 2, 48)]     // 48 tables share the fewest rows (6)
    public void Execute_PlaceAfterTies_CountsTheProjectsAhead(ProjectSort sort, int nth, int ahead)
    {
        var engine = corpus.Get<ProjectQueryEngine>();
        var query = new ProjectQuery { Sort = sort, Nth = nth };

        var indexed = engine.Execute(query);
        var scanned = engine.ExecuteByScan(query);

        // Brute force: the tables whose number comes strictly before the place's.
        var projects = engine.Index.Projects;
        decimal Key(Retrieval.Corpus.Project p) => sort is ProjectSort.RowsAscending ? p.Indicators.Count : p.Budget.Total;
        var place = Key(projects.Single(p => p.Name == indexed.Projects[0].Name));
        var before = projects.Count(p => sort == ProjectSort.BudgetDescending ? Key(p) > place : Key(p) < place);
        Assert.Equal(ahead, indexed.AheadOfPlace);
        Assert.Equal(before == nth - 1 ? 0 : before, indexed.AheadOfPlace);
        Assert.Equal(indexed.AheadOfPlace, scanned.AheadOfPlace);
    }

    [Theory]
    [InlineData(1, null, MoneyField.Other, 0)]             // 预算最高的项目其他资金是多少: 5850's table has none
    [InlineData(1, null, MoneyField.Fiscal, 5850)]
    [InlineData(null, 3, MoneyField.Other, 0)]             // 预算最高的三个项目的其他资金合计
    [InlineData(null, 3, MoneyField.Budget, 16443.83)]
    public void Execute_OrderedByOneFieldAskedAnother_RanksByTheOrderField(int? nth, int? top, MoneyField asked, double expected)
    {
        var engine = corpus.Get<ProjectQueryEngine>();
        var query = new ProjectQuery { Sort = ProjectSort.BudgetDescending, Nth = nth, Top = top, Ask = QueryAsk.Sum, Field = asked, OrderField = MoneyField.Budget };

        var indexed = engine.Execute(query);

        // Brute force: the tables with the largest 预算数, the asked field summed over them.
        var ranked = engine.Index.Projects.OrderByDescending(p => p.Budget.Total).Take(top ?? 1).ToList();
        Assert.Equal((decimal)expected, indexed.Value);
        Assert.Equal(ranked.Sum(p => MoneyFields.Of(p, asked)), indexed.Value);
        Assert.Equal(ranked.Select(p => p.Name), indexed.Projects.Select(p => p.Name));
        Assert.Equal(JsonSerializer.Serialize(indexed), JsonSerializer.Serialize(engine.ExecuteByScan(query)));
    }

    [Fact]
    public void Execute_OrderFieldWithoutMoneyOrder_NamesTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => _plugin.Query(new() { Sort = ProjectSort.RowsDescending, OrderField = MoneyField.Budget }));

        Assert.StartsWith("OrderField", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 681)]
    [InlineData("产出指标", 472)]
    [InlineData("效益指标", 114)]
    [InlineData("满意度指标", 95)]
    [InlineData("成本指标", 95 + 1)] // one table sets two 成本 rows
    public void Execute_RowsOfACategory_CountsOnlyThoseRows(string? category, int expected)
    {
        var result = _plugin.Query(new() { Ask = QueryAsk.Rows, RowsOf = category });

        var projects = corpus.Get<ProjectQueryEngine>().Index.Projects;
        Assert.Equal(expected, result.Value);
        Assert.Equal(projects.Sum(p => p.Indicators.Count(i => category is null || IndicatorCategory.Find(category)!.Contains(i))), result.Value);
    }

    [Fact]
    public void Execute_RowsOfAnUnknownCategory_NamesTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => _plugin.Query(new() { Ask = QueryAsk.Rows, RowsOf = "专家库人数" }));

        Assert.Contains("RowsOf「专家库人数」", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_FirstThreeSummed_IsTheirSumNotEach()
    {
        var result = _plugin.Query(new() { Sort = ProjectSort.BudgetAscending, Top = 3, Ask = QueryAsk.Sum });

        Assert.Equal((22m, false), (result.Value!.Value, result.Each)); // 6 + 8 + 8: the first N are added up
    }

    [Fact]
    public void Execute_LowestSatisfactionTarget_ComparesPercentagesOnly()
    {
        var result = _plugin.Query(new() { Filter = new() { Subject = "满意度" }, Sort = ProjectSort.TargetAscending, Nth = 1 });

        // 天津市大学生创新方法大赛's 满意度 row is 参赛对象提出异议次数 ≤2次: a count, never the lowest satisfaction.
        Assert.DoesNotContain(result.Projects, p => p.Name == "天津市大学生创新方法大赛");
        Assert.All(result.Projects, p => Assert.Contains(p.Evidence,
            e => TargetNormaliser.Normalise(e.Value, 2025) is { Kind: TargetKind.Percent, Number: 80m }));
    }

    [Fact]
    public void Execute_ByDepartment_GivesTheTableNotOneFigure()
    {
        var result = _plugin.Query(new() { Ask = QueryAsk.Sum, ByDepartment = true, Filter = new() { Departments = [Information, Strategy] } });

        Assert.Null(result.Value);
        Assert.Equal([(Information, 1025m), (Strategy, 278m)], result.Departments.Select(d => (d.Department, d.Budget)));
    }

    [Fact]
    public void Execute_AmbiguousDepartmentName_IsRefusedNotGuessed()
    {
        Assert.Throws<ArgumentException>(() => _plugin.Query(new() { Ask = QueryAsk.Count, Filter = new() { Department = "研究院" } }));
    }

    [Fact]
    public void Execute_AverageOfNothing_IsNoNumber()
    {
        var result = _plugin.Query(new() { Ask = QueryAsk.Average, Filter = new() { NameContains = "量子" } });

        Assert.Null(result.Value);
        Assert.Empty(result.Projects);
    }

    [Fact]
    public void Execute_YearNotHeld_IsEmptyNotAnotherYear()
    {
        var result = _plugin.Query(new() { Ask = QueryAsk.Count, Year = 2024 });

        Assert.Equal(0, result.Value);
        Assert.Equal(2024, result.Year);
    }
}
