using Assistant.Plugins.Queries;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Tests.Queries;

/// <summary>
/// Random typed queries over a corpus's own vocabulary: every kind of condition, alone, combined and under 或, with
/// every kind of figure, order, first N and N-th place. Deterministic for a seed.
/// </summary>
public sealed class QueryGenerator(IReadOnlyList<Project> projects, int seed)
{
    private static readonly string[] Subjects = ["满意度", "服务对象满意度", "专家库人数", "技术合同成交额", "培训", "成本指标", "质量指标", "完成率", "不存在的指标词"];
    private static readonly string[] Categories = IndicatorCategory.All.Select(c => c.Name).ToArray();
    private static readonly string[] Rules = ["R01", "R03", "R04", "R06", "R07", "R08", "R09", "R10"];
    private static readonly string[] Topics = ["人工智能", "天开园", "科技成果转化", "自然科学基金", "培训", "京津冀", "外国专家", "不存在的主题"];
    private static readonly string[] Units = ["%", "万元", "亿元", "人", "项", "次"];
    private readonly Random _random = new(seed);
    private readonly string[] _departments = projects.Select(p => p.Department).Distinct().ToArray();
    private readonly decimal[] _budgets = projects.Select(p => p.Budget.Total).Distinct().ToArray();

    /// <summary>The next query.</summary>
    public ProjectQuery Next()
    {
        var sort = Pick(Enum.GetValues<ProjectSort>());
        var filter = Filter(depth: 0);
        if (sort is ProjectSort.TargetAscending or ProjectSort.TargetDescending && filter.Subject is null)
        {
            filter = filter with { Subject = Pick(Subjects[..5]) };
        }

        return new ProjectQuery
        {
            Filter = filter,
            Ask = Pick(Enum.GetValues<QueryAsk>().Where(a => a != QueryAsk.Excess || filter.FailsRule is not null).ToArray()),
            Field = Pick(Enum.GetValues<MoneyField>()),
            Sort = sort,
            Top = Chance(0.2) ? _random.Next(1, 8) : null,
            Nth = Chance(0.15) ? _random.Next(1, 6) : null,
            ByDepartment = Chance(0.1),
            ByProjectCount = Chance(0.5),
            RowsOf = Chance(0.2) ? Pick(IndicatorCategory.All.ToArray()).Name : null,
            OrderField = sort is ProjectSort.BudgetAscending or ProjectSort.BudgetDescending && Chance(0.3) ? Pick(Enum.GetValues<MoneyField>()) : null,
        };
    }

    // The first three characters of a name (two picks here took one name's length to cut another, shorter one).
    private static string Opening(string name) => name[..Math.Min(3, name.Length)];

    private ProjectFilter Filter(int depth)
    {
        var f = new ProjectFilter();
        var conditions = _random.Next(depth == 0 ? 0 : 1, 4);
        for (var i = 0; i < conditions; i++)
        {
            f = _random.Next(20) switch
            {
                0 => f with { Department = Pick(_departments) },
                1 => f with { Departments = [Pick(_departments), Pick(_departments)] },
                2 => f with { ExceptDepartments = [Pick(_departments)] },
                3 => f with { Budget = Money(), BudgetField = Pick(Enum.GetValues<MoneyField>()) },
                4 => f with { Subject = Pick(Subjects), Threshold = Chance(0.6) ? Range(0, 100) : null, ThresholdUnit = Chance(0.5) ? Pick(Units) : null },
                5 => f with { Deadline = Deadline() },
                6 => f with { HasCategory = Pick(Categories), CategoryRows = Chance(0.3) ? Range(0, 4) : null },
                7 when Chance(0.3) => f with { LacksCategories = [Pick(Categories), Pick(Categories)] },
                7 => f with { LacksCategory = Pick(Categories) },
                8 => f with { Topic = Pick(Topics) },
                9 when Chance(0.3) => f with { NameLacks = Piece(Pick(projects).Name) },
                9 => f with { NameContains = Piece(Pick(projects).Name) },
                10 => f with { NameStartsWith = Opening(Pick(projects).Name) },
                11 => f with { NameEndsWith = Piece(Pick(projects).Name)[^1..] },
                12 => f with { GoalsContain = Piece(Pick(projects).Goals) },
                13 => f with { TextContains = Pick(Topics) },
                14 => f with { RowCount = Range(3, 11) },
                15 => f with { HasCategories = [Pick(Categories), Pick(Categories)] },
                16 => f with { FailsRule = Pick(Rules), FailsRuleSeverity = Chance(0.4) ? Pick(Enum.GetValues<Severity>()) : null },
                17 => f with { Rows = new RowForm { Category = Pick(Categories), Kind = Chance(0.5) ? Pick(Enum.GetValues<TargetKind>()) : null, Written = Chance(0.3) ? "百分比" : null, Unit = Chance(0.2) ? Pick(["人次", "场", "%", "万元"]) : null, Named = Chance(0.2) ? Pick(["及时率", "完成时间", "满意度"]) : null } },
                18 when depth == 0 => f with { AnyOf = [Filter(depth + 1), Filter(depth + 1)] },
                18 => f with { Within = projects.Take(_random.Next(1, 30)).Select(p => p.Name).ToHashSet() },
                _ when depth == 0 && Chance(0.5) => f with { VersusAverage = Pick([Comparator.Greater, Comparator.Less]) },
                _ => f with { Except = new HashSet<string>([Pick(projects).Name, Pick(projects).Name], StringComparer.Ordinal) },
            };
        }

        return f;
    }

    private NumberRange Money() => Chance(0.3)
        ? new NumberRange(Pick(_budgets), Pick(_budgets))
        : NumberRange.From(Pick([Comparator.Greater, Comparator.GreaterOrEqual, Comparator.Less, Comparator.LessOrEqual, Comparator.Equal]), Pick(_budgets));

    private NumberRange Range(int low, int high)
    {
        var a = _random.Next(low, high);
        return Chance(0.3) ? new NumberRange(a, a + _random.Next(0, 10), Chance(0.5), Chance(0.5))
            : NumberRange.From(Pick([Comparator.Greater, Comparator.GreaterOrEqual, Comparator.Less, Comparator.LessOrEqual, Comparator.Equal]), a);
    }

    private DateRange Deadline()
    {
        var from = new DateOnly(2025, _random.Next(1, 13), 1);
        return Chance(0.3) ? new DateRange(null, from) : new DateRange(from, from.AddMonths(_random.Next(1, 6)));
    }

    private string Piece(string text)
    {
        if (text.Length <= 2)
        {
            return text;
        }

        var start = _random.Next(text.Length - 2);
        return text.Substring(start, Math.Min(text.Length - start, _random.Next(2, 6)));
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
