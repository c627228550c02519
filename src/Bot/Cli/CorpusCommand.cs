using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Assistant.Bot.Hosting;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Parsing;

namespace Assistant.Bot.Cli;

/// <summary>The <c>corpus stats</c> and <c>corpus export</c> verbs.</summary>
public static class CorpusCommand
{
    /// <summary>Builds the <c>corpus</c> command.</summary>
    public static Command Create(TextWriter output)
    {
        var statsFormat = CommonOptions.Format();
        var stats = new Command("stats", "项目数、指标行数、预算合计和无法识别的指标值") { statsFormat };
        stats.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var result = Load(parse);
            var parseMilliseconds = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
            var statistics = CorpusStatistics.Compute(result.Projects);
            var years = result.Projects.GroupBy(p => p.Year).OrderBy(g => g.Key)
                .Select(g => (Year: g.Key, Statistics: CorpusStatistics.Compute(g.ToList()))).ToList();
            if (parse.GetValue(statsFormat) == OutputFormat.Json)
            {
                var byYear = years.Select(y => new { year = y.Year, statistics = y.Statistics });
                output.WriteLine(JsonSerializer.Serialize(new { statistics, years = byYear, errors = result.Errors, parseMilliseconds }, JsonOutput.Indented));
            }
            else
            {
                foreach (var (year, perYear) in years.Where(_ => years.Count > 1))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{year} 年: {perYear.Projects} 个项目, {perYear.Indicators} 行指标, 预算数 {perYear.Budget.Total:0.00} 万元"));
                }

                WriteStats(output, statistics, result.Errors);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"解析耗时 parse time: {parseMilliseconds} ms"));
            }

            return result.IsClean ? 0 : 1;
        });

        var exportFormat = CommonOptions.Format(OutputFormat.Json);
        var export = new Command("export", "以 JSON 输出读入的全部表格") { exportFormat };
        export.SetAction(parse =>
        {
            var result = Load(parse);
            output.WriteLine(JsonSerializer.Serialize(new { projects = result.Projects, errors = result.Errors }, JsonOutput.Indented));
            return result.IsClean ? 0 : 1;
        });

        return new Command("corpus", "语料：统计与导出") { stats, export };
    }

    private static CorpusParseResult Load(System.CommandLine.ParseResult parse) =>
        CorpusLoader.Load(CorpusLocator.Resolve(parse.GetValue(CommonOptions.Corpus)));

    private static void WriteStats(TextWriter output, CorpusStatistics s, IReadOnlyList<ParseDiagnostic> errors)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"项目 projects:          {s.Projects}"));
        output.WriteLine(string.Create(c, $"指标行 indicator rows:  {s.Indicators}"));
        output.WriteLine(string.Create(c, $"预算数 budget (万元):    {s.Budget.Total:0.00} (财政资金 {s.Budget.Fiscal:0.00}, 其他资金 {s.Budget.Other:0.00})"));
        output.WriteLine();
        output.WriteLine("部门 departments:");
        foreach (var d in s.Departments)
        {
            output.WriteLine(string.Create(c, $"  {d.DepartmentCode} {d.Department}: {d.Projects} 个项目, {d.Budget:0.00} 万元"));
        }

        output.WriteLine();
        output.WriteLine("一级/二级指标 levels:");
        foreach (var l in s.Levels)
        {
            output.WriteLine(string.Create(c, $"  {l.Level1} / {l.Level2}: {l.Rows}"));
        }

        output.WriteLine();
        output.WriteLine("指标值类型 value kinds: " + string.Join(", ", s.Kinds.Select(k => $"{k.Key} {k.Value}")));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"无法识别的指标值 unreadable values: {s.Unreadable.Count}"));
        foreach (var u in s.Unreadable)
        {
            output.WriteLine(string.Create(c, $"  {u.Source}: {u.Project} / {u.Level3}: 「{u.Value}」"));
        }

        if (errors.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(c, $"解析错误 parse errors: {errors.Count}"));
            foreach (var e in errors)
            {
                output.WriteLine(string.Create(c, $"  {e}"));
            }
        }
    }
}
