using Assistant.Bot.Understanding;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Tests.Understanding;

/// <summary>
/// Questions composed from a grammar of the typed query (departments by several names, a money condition in every
/// comparator wording, a 满意度 threshold, a category present or missing, four kinds of ask): each must parse back to
/// the query it was made from. Thousands of combinations, none written by hand.
/// </summary>
public sealed class GeneratedQuestionTests
{
    private static readonly QuestionParser Parser = new(new CorpusVocabulary(CorpusLoader.Load(Path.Combine(AppContext.BaseDirectory, "corpus")).Projects));

    private static readonly (string Name, string? Department)[] Departments =
    [
        ("", null),
        ("信息所", "天津市科学技术信息研究所"), ("天津市科学技术信息研究所", "天津市科学技术信息研究所"),
        ("战略院", "天津市科学技术发展战略研究院"), ("天津市科学技术发展战略研究院", "天津市科学技术发展战略研究院"),
        ("健研院", "天津医学健康研究院"), ("资源配置处", "天津市科学技术局资源配置与管理处"),
    ];

    // Comparator wordings before the number, and after it (以上, 以下, 以内).
    private static readonly (string Before, string After, Comparator Comparator)[] Comparisons =
    [
        ("超过", "", Comparator.Greater), ("高于", "", Comparator.Greater), ("大于", "", Comparator.Greater), ("多于", "", Comparator.Greater),
        ("不低于", "", Comparator.GreaterOrEqual), ("不少于", "", Comparator.GreaterOrEqual), ("至少", "", Comparator.GreaterOrEqual),
        ("低于", "", Comparator.Less), ("少于", "", Comparator.Less), ("不足", "", Comparator.Less), ("不到", "", Comparator.Less),
        ("不超过", "", Comparator.LessOrEqual), ("不高于", "", Comparator.LessOrEqual), ("没超过", "", Comparator.LessOrEqual),
        ("正好", "", Comparator.Equal), ("刚好是", "", Comparator.Equal), ("恰好", "", Comparator.Equal),
        ("在", "以上", Comparator.GreaterOrEqual), ("在", "以下", Comparator.LessOrEqual), ("在", "以内", Comparator.LessOrEqual),
    ];

    private static readonly (string Text, decimal Wan)[] Amounts =
    [
        ("30万", 30), ("50万元", 50), ("100万", 100), ("一百万", 100), ("五十万元", 50), ("两千万", 2000), ("1000万元", 1000), ("0.5亿", 5000),
    ];

    private static readonly (string Text, QueryAsk Ask)[] Asks =
    [
        ("的项目有哪些", QueryAsk.List), ("的项目有几个", QueryAsk.Count), ("的项目一共多少个", QueryAsk.Count),
        ("的项目预算合计是多少", QueryAsk.Sum), ("的项目预算加起来多少钱", QueryAsk.Sum), ("的项目平均预算是多少", QueryAsk.Average),
    ];

    private static readonly (string Text, string? Has, string? Lacks)[] Categories =
    [
        ("", null, null), ("设了经济效益指标、", "经济效益指标", null), ("缺少质量指标、", null, "质量指标"), ("没有设置成本指标、", null, "成本指标"),
    ];

    // The whole grammar is about 27 000 budget and 8 500 threshold questions; a fixed-seed sample of each keeps CI short
    // while every part of the grammar is drawn many times.
    private const int BudgetSample = 6000;
    private const int ThresholdSample = 2000;

    [Fact]
    public void Parse_BudgetQuestionsFromTheGrammar_ReadBackToTheirQuery()
    {
        var failures = new List<string>();
        var grammar = new List<(string Question, ProjectFilter Expected, QueryAsk Ask)>();
        foreach (var (name, department) in Departments)
        {
            foreach (var (categoryText, has, lacks) in Categories)
            {
                foreach (var (before, after, comparator) in Comparisons)
                {
                    foreach (var (amount, wan) in Amounts)
                    {
                        foreach (var (askText, ask) in Asks)
                        {
                            var question = $"{name}{(name.Length > 0 ? "的" : string.Empty)}{categoryText}预算{before}{amount}{after}{askText}";
                            var expected = new ProjectFilter
                            {
                                Department = department, Budget = NumberRange.From(comparator, wan), HasCategory = has, LacksCategory = lacks,
                            };
                            grammar.Add((question, expected, ask));
                        }
                    }
                }
            }
        }

        var sample = Sample(grammar, BudgetSample, seed: 27);
        foreach (var (question, expected, ask) in sample)
        {
            Check(question, expected, ask, failures);
        }

        Assert.True(grammar.Count >= 5000 && sample.Count == BudgetSample, $"{grammar.Count} questions, {sample.Count} sampled");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sample.Count} read differently, e.g.:\n" + string.Join('\n', failures.Take(15)));
    }

    private static List<T> Sample<T>(List<T> all, int count, int seed)
    {
        var random = new Random(seed);
        return all.OrderBy(_ => random.Next()).Take(count).ToList();
    }

    [Fact]
    public void Parse_SatisfactionQuestionsFromTheGrammar_ReadBackToTheirQuery()
    {
        var thresholds = new (string Text, decimal Value)[] { ("95%", 95), ("90%", 90), ("百分之九十九", 99), ("98％", 98) };
        var subjects = new[] { "满意度", "满意度目标", "服务对象满意度" };
        var failures = new List<string>();
        var grammar = new List<(string Question, string? Department, Comparator Comparator, decimal Value, QueryAsk Ask)>();
        foreach (var (name, department) in Departments)
        {
            foreach (var subject in subjects)
            {
                foreach (var (before, after, comparator) in Comparisons.Where(c => c.After.Length == 0))
                {
                    foreach (var (threshold, value) in thresholds)
                    {
                        foreach (var (askText, ask) in Asks)
                        {
                            grammar.Add(($"{name}{(name.Length > 0 ? "的" : string.Empty)}{subject}{before}{threshold}{after}{askText}", department, comparator, value, ask));
                        }
                    }
                }
            }
        }

        foreach (var (question, department, comparator, value, ask) in Sample(grammar, ThresholdSample, seed: 95))
        {
            var u = Parser.Parse(question);
            var filter = QuestionParser.ToQuery(u, 2025);
            var ok = u.Intent != Intent.Unclear && filter.Filter.Department == department && filter.Ask == ask &&
                     filter.Filter.Subject?.Contains("满意", StringComparison.Ordinal) == true &&
                     filter.Filter.Threshold == NumberRange.From(comparator, value) && filter.Filter.Budget is null;
            if (!ok)
            {
                failures.Add($"{question} → {u.Intent} {filter.Filter.Department} {filter.Filter.Subject} {filter.Filter.Threshold?.Describe("%")} {filter.Ask}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {ThresholdSample} read differently, e.g.:\n" + string.Join('\n', failures.Take(15)));
    }

    private static void Check(string question, ProjectFilter expected, QueryAsk ask, List<string> failures)
    {
        var u = Parser.Parse(question);
        var query = QuestionParser.ToQuery(u, 2025);
        var f = query.Filter;
        if (u.Intent == Intent.Unclear || f.Department != expected.Department || f.Budget != expected.Budget || f.HasCategory != expected.HasCategory ||
            f.LacksCategory != expected.LacksCategory || query.Ask != ask || f.Subject is not null || f.Topic is not null)
        {
            failures.Add($"{question} → {u.Intent} [{string.Join("|", u.Unread)}] {f.Department} {f.Budget?.Describe("万元")} {f.HasCategory}{f.LacksCategory} {f.Subject}{f.Topic} {query.Ask}");
        }
    }
}
