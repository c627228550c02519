using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Assistant.Bot.Conversation;
using Assistant.Bot.Hosting;
using Assistant.Plugins.Drafting;
using Assistant.Plugins.Hosting;
using Assistant.Retrieval.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Cli;

/// <summary>
/// The <c>bench</c> verb: builds an index of a synthetic corpus of N projects (recombined from the real one) in a
/// temporary folder and measures build time, index size, peak memory and search latency over a fixed query mix.
/// </summary>
public static class BenchCommand
{
    private const int Rounds = 40;
    private const int AskRounds = 30;
    private const int AskWarmUpRounds = 3;
    private const int ScanRounds = 5;

    /// <summary>The fixed mix of searches and filtered queries timed by the benchmark.</summary>
    public static IReadOnlyList<SearchRequest> QueryMix { get; } =
    [
        // Topic searches, as the search verb and "X相关的项目" run them: ranked projects.
        new("人工智能", Scope: SearchScope.Projects),
        new("自然科学基金", Scope: SearchScope.Projects),
        new("外国专家", Scope: SearchScope.Projects),
        new("天开园", Scope: SearchScope.Projects),
        new("科技成果转化", Scope: SearchScope.Projects),
        new("项目评审", Department: "天津市科学技术局资源配置与管理处", Scope: SearchScope.Projects),
        new(Budget: new NumericRange(100m, 500m), Scope: SearchScope.Projects),
        // Indicator searches, as norms and subject filters run them: ranked rows.
        new("专家库人数", Scope: SearchScope.Indicators),
        new("技术合同成交额", Kind: TargetKind.Money),
        new("满意度", Level1: "满意度指标", Number: new NumericRange(95m, null)),
        new(Deadline: new DateRange(null, new DateOnly(2025, 10, 31))),
        new("培训", Budget: new NumericRange(null, 50m), Limit: 20),
        // Both at once.
        new("科技成果登记"),
    ];

    /// <summary>Builds the <c>bench</c> command.</summary>
    public static Command Create(TextWriter output)
    {
        var scale = new Option<int>("--scale") { Description = "合成项目数（测规模用，至少 1）", DefaultValueFactory = _ => 95 }.AtLeast(1);
        var format = CommonOptions.Format();
        var server = new Option<bool>("--server") { Description = "改测网页服务：多个用户同时通过 HTTP 提问" };
        var users = new Option<int>("--users") { Description = "--server 的并发用户数", DefaultValueFactory = _ => 50 }.AtLeast(1);
        var seconds = new Option<int>("--seconds") { Description = "--server 持续的秒数", DefaultValueFactory = _ => 20 }.AtLeast(1);
        var drafting = new Option<bool>("--drafting") { Description = "改测起草：对语料逐个留一起草（recall、precision、bondRows）" };
        var think = new Option<int>("--think-ms") { Description = "--server 每个用户两次提问之间的停顿毫秒数（0：不停顿）", DefaultValueFactory = _ => 500 }.AtLeast(0);
        var command = new Command("bench", "测量索引构建时间、大小、内存和查询延迟；或（--server）负载下的 HTTP 延迟")
        {
            scale, format, server, users, seconds, think, drafting,
        };
        command.SetAction(async (parse, ct) =>
        {
            var corpus = CorpusLocator.Resolve(parse.GetValue(CommonOptions.Corpus));
            var report = parse.GetValue(drafting)
                ? MeasureDrafting(corpus, parse.GetValue(SearchCommand.Data))
                : parse.GetValue(server)
                ? await ServerLoad.RunAsync(corpus, parse.GetValue(users), TimeSpan.FromSeconds(parse.GetValue(seconds)), TimeSpan.FromMilliseconds(parse.GetValue(think)), ct).ConfigureAwait(false)
                : Run(CorpusLoader.Load(corpus).Projects, parse.GetValue(scale));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                output.WriteLine(JsonSerializer.Serialize(report, JsonOutput.Compact));
            }
            else
            {
                foreach (var (key, value) in report)
                {
                    if (value is Dictionary<string, double> nested)
                    {
                        output.WriteLine(key);
                        foreach (var (question, ms) in nested)
                        {
                            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,9:0.000}  {question}"));
                        }

                        continue;
                    }

                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key,-22} {value}"));
                }
            }

            return 0;
        });
        return command;
    }

    // Leave-one-out over the corpus: every table drafted with itself left out, scored against itself.
    private static Dictionary<string, object> MeasureDrafting(string corpus, string? data)
    {
        using var services = AssistantServices.Build(corpus, data);
        var score = DraftingMeasure.Measure(services.GetRequiredService<DraftingPlugin>(), services.GetRequiredService<CorpusProvider>().Current.Projects);
        return new Dictionary<string, object>
        {
            ["projects"] = score.Projects, ["recall"] = score.Recall, ["precision"] = score.Precision, ["bondRows"] = score.BondRows,
        };
    }

    /// <summary>Runs the benchmark on <paramref name="scale"/> projects generated from <paramref name="seeds"/>.</summary>
    public static Dictionary<string, object> Run(IReadOnlyList<Project> seeds, int scale)
    {
        var projects = scale == seeds.Count ? seeds : SyntheticCorpus.Generate(seeds, scale);
        var indicators = projects.Sum(p => p.Indicators.Count);
        var data = Directory.CreateTempSubdirectory("assistant-bench-").FullName;
        try
        {
            using var index = CorpusIndex.Open(projects, [], $"bench-{scale}", data);
            var latencies = new List<double>(Rounds * QueryMix.Count);
            var byRequest = QueryMix.Select(_ => new List<double>(Rounds)).ToList();
            // Warm up as a server would be: tiered JIT promotes Lucene's hot loops after repeated calls, and the first
            // calls would otherwise time unoptimised code.
            JitWarmUp.Run(_ =>
            {
                foreach (var request in QueryMix)
                {
                    index.Search(request);
                }
            });

            for (var round = 0; round < Rounds; round++)
            {
                for (var i = 0; i < QueryMix.Count; i++)
                {
                    var clock = Stopwatch.StartNew();
                    index.Search(QueryMix[i]);
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                    byRequest[i].Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            latencies.Sort();

            // Peak memory of building and searching, before the answer timing adds the conversation services.
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var peakMemory = process.PeakWorkingSet64;
            var (asks, scanAsks, compared, identical, byQuestion) = TimeAnswers(index);
            return new Dictionary<string, object>
            {
                ["projects"] = projects.Count,
                ["indicators"] = indicators,
                ["buildSeconds"] = Math.Round(index.Info.BuildSeconds, 3),
                ["buildDocsPerSecond"] = Math.Round((projects.Count + indicators) / Math.Max(index.Info.BuildSeconds, 1e-6)),
                ["indexBytes"] = index.Info.IndexBytes,
                ["peakMemoryBytes"] = peakMemory,
                ["searchP50Ms"] = Math.Round(Percentile(latencies, 0.50), 3),
                ["searchP99Ms"] = Math.Round(Percentile(latencies, 0.99), 3),
                ["searches"] = latencies.Count,
                ["searchP50MsByRequest"] = QueryMix.Select((request, i) => (Label: Label(request), Median: Percentile([.. byRequest[i].Order()], 0.50)))
                    .ToDictionary(r => r.Label, r => Math.Round(r.Median, 3), StringComparer.Ordinal),
                ["askP50Ms"] = Math.Round(Percentile(asks, 0.50), 3),
                ["askP99Ms"] = Math.Round(Percentile(asks, 0.99), 3),
                ["asks"] = asks.Count,
                ["scanAskP50Ms"] = Math.Round(Percentile(scanAsks, 0.50), 3),
                ["scanAskP99Ms"] = Math.Round(Percentile(scanAsks, 0.99), 3),
                ["scanAsks"] = scanAsks.Count,
                ["answersCompared"] = compared,
                ["answersIdentical"] = identical,
                ["askP50MsByQuestion"] = byQuestion,
            };
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>
    /// The offline questions timed end to end (understanding, plugin calls through the kernel, composing), one
    /// conversation each: every kind of query, and a follow-up (only a conversation's last question is timed).
    /// </summary>
    public static IReadOnlyList<string[]> QuestionMix { get; } =
    [
        ["哪些项目的服务对象满意度目标不低于95%？"], ["预算超过1000万元的项目有哪些？"], ["信息所的项目预算合计是多少？"],
        ["一共有多少个项目？"], ["和人工智能相关的项目有哪些？"], ["预算最高的3个项目是哪些？"], ["满意度一般设多少？"],
        ["哪些项目对专家库人数设了目标？"], ["哪些项目的时效指标要求在2025年10月31日前完成？"], ["技术合同成交额目标不低于2000亿元的项目"],
        ["战略院项目的平均预算是多少"], ["财政资金最少的那个项目有多少财政资金"], ["资源配置处预算排第三的是哪个项目"], ["战略院或者健研院的项目有哪些"],
        ["除了信息所，其他部门一共有多少预算"], ["项目名称中包含“重大专项”的一共几个"], ["正好有8条绩效指标的项目有几个"], ["第三季度到期的项目有哪些"],
        ["技术市场服务的预算是多少"], ["2024年信息所的预算合计是多少"], ["信息所的项目有哪些", "其中预算超过100万元的有几个"],
    ];

    // Each conversation once to warm up, then timed rounds, through the index and through the reference scan on the
    // same index; the last answers of the first timed round are compared.
    private static (List<double> Indexed, List<double> Scan, int Compared, int Identical, Dictionary<string, double> ByQuestion) TimeAnswers(CorpusIndex index)
    {
        using var indexed = AnswerServices(index, useScan: false);
        using var scan = AnswerServices(index, useScan: true);
        var (indexedTimes, indexedAnswers, byQuestion) = Time(indexed.GetRequiredService<IConversationEngine>(), AskRounds);
        var (scanTimes, scanAnswers, _) = Time(scan.GetRequiredService<IConversationEngine>(), ScanRounds);
        var identical = indexedAnswers.Zip(scanAnswers).Count(p => p.First == p.Second);
        return (indexedTimes, scanTimes, indexedAnswers.Count, identical, byQuestion);
    }

    private static ServiceProvider AnswerServices(CorpusIndex index, bool useScan)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new CorpusProvider(index));
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Queries:UseScan"] = useScan ? "true" : "false" }).Build());
        services.AddPlugins();
        services.AddConversation();
        return services.BuildServiceProvider();
    }

    private static (List<double> Timings, List<string> Answers, Dictionary<string, double> ByQuestion) Time(IConversationEngine engine, int rounds)
    {
        var timings = new List<double>();
        var answers = new List<string>();
        var byQuestion = QuestionMix.ToDictionary(turns => turns[^1], _ => new List<double>(), StringComparer.Ordinal);
        // Warm up as the searches do, until the JIT is quiet and at least a few rounds: the tiered JIT promotes a method
        // after it has run 30 times, and a path one question takes runs once a round, so a few rounds would time
        // unoptimised code that a running server has long since left behind.
        JitWarmUp.Run(warmUpRound =>
        {
            foreach (var turns in QuestionMix)
            {
                var conversation = $"bench-warm-{warmUpRound}-{turns[0]}";
                foreach (var turn in turns)
                {
                    engine.AskAsync(conversation, turn).GetAwaiter().GetResult();
                }
            }
        }, AskWarmUpRounds);

        for (var round = 0; round < rounds; round++)
        {
            foreach (var turns in QuestionMix)
            {
                var conversation = $"bench-{round}-{turns[0]}";
                foreach (var earlier in turns[..^1])
                {
                    engine.AskAsync(conversation, earlier).GetAwaiter().GetResult();
                }

                var clock = Stopwatch.StartNew();
                var answer = engine.AskAsync(conversation, turns[^1]).GetAwaiter().GetResult();
                timings.Add(clock.Elapsed.TotalMilliseconds);
                byQuestion[turns[^1]].Add(clock.Elapsed.TotalMilliseconds);

                if (round == 0)
                {
                    // Download links name a random snapshot token each time: not part of what is compared.
                    answers.Add(JsonSerializer.Serialize(answer with { Exports = null }));
                }
            }
        }

        timings.Sort();
        return (timings, answers, byQuestion.ToDictionary(q => q.Key, q => Math.Round(Percentile([.. q.Value.Order()], 0.50), 3), StringComparer.Ordinal));
    }

    // A search of the mix in a few words: its text and the filters it sets.
    private static string Label(SearchRequest r) => string.Join(' ', new[]
    {
        r.Text, r.Department is null ? null : "部门", r.Level1, r.Level2, r.Kind?.ToString(),
        r.Budget is null ? null : $"预算{r.Budget.Min}–{r.Budget.Max}", r.Number is null ? null : $"数值{r.Number.Min}–{r.Number.Max}",
        r.Deadline is null ? null : $"截止≤{r.Deadline.To:yyyy-MM-dd}", r.Scope.ToString(), $"limit {r.Limit}",
    }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0–1) of ascending <paramref name="sorted"/>.</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
