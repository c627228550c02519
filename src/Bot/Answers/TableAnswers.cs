using System.Globalization;
using Assistant.Bot.Understanding;
using Assistant.Plugins.Drafting;
using Assistant.Plugins.Lookup;
using Assistant.Plugins.Norms;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Corpus;

namespace Assistant.Bot.Answers;

/// <summary>Composes answers about tables: one project's table, norms, review findings and drafts.</summary>
public static class TableAnswers
{
    /// <summary>One project's whole table.</summary>
    /// <param name="question">The question as asked.</param>
    /// <param name="result">The look-up's result.</param>
    /// <param name="note">A line shown before the table (why the whole table is shown), or null.</param>
    public static Answer Lookup(string question, ProjectLookupResult result, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Project is not { } p)
        {
            var text = result.Candidates.Count == 0
                ? "没有找到这个项目。可以换个说法，或说出项目名称中的几个字。"
                : "有几个项目符合，请说明是哪一个：\n\n" + string.Join('\n', result.Candidates.Select((c, i) => $"{i + 1}. {c}"));
            return Answer.Plain(question, Intent.Lookup, text);
        }

        var header = (note is null ? string.Empty : note + "\n\n") +
                     $"**{p.Name}**（{p.Department}；预算数 {Numbers.Format(p.Budget.Total)} 万元；来源 {p.Source}）\n\n" +
                     $"资金用途：{p.Usage}\n\n绩效目标：{p.Goals.ReplaceLineEndings(" ")}\n\n";
        var rows = p.Indicators.Select(i => (IReadOnlyList<string>)[i.Level1, i.Level2, i.Level3, i.Value.Trim(), i.Line.ToString(CultureInfo.InvariantCulture)]);
        var table = MarkdownTable.Render(["一级指标", "二级指标", "三级指标", "指标值", "行"], rows);
        return new Answer(question, Intent.Lookup, header + $"共 {p.Indicators.Count} 项指标：\n\n" + table,
            [new AnswerProject(p.Name, p.Department, p.Budget.Total, p.Year)],
            null, null, p.Indicators.Select(i => new AnswerCitation(p.Name, i.Level3, i.Value, p.Year)).ToList(), null, null);
    }

    /// <summary>
    /// One project's rows of one subject (科技成果登记服务的满意度目标); the value when there is one number. With
    /// <paramref name="unmet"/>, the rows are shown as not meeting that condition (满意度超过95%的技术市场服务), with no value.
    /// </summary>
    public static Answer Indicators(string question, string project, string subject, QueryResult result, string? unmet = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Projects is not [var found])
        {
            return Answer.Plain(question, Intent.Lookup, $"「{project}」没有「{subject}」这类指标。可以问“{project}有哪些指标”查看全部指标。");
        }

        var rows = found.Evidence.Where(e => e.Indicator != "预算数").ToList();
        var targets = rows.Select(r => TargetNormaliser.Normalise(r.Value, found.Year)).ToList(); // a year-less date is in the table's year
        var single = unmet is null && targets is [{ IsQuantified: true, Number: { } n } t] ? (Number: (decimal?)n, t.Unit) : (null, null);
        var lines = string.Join('\n', rows.Select(r => $"- {r.Indicator}：**{r.Value.Trim()}**（{r.Source}）"));
        var opening = unmet is null ? $"「{found.Name}」的「{subject}」指标：" : $"「{found.Name}」的「{subject}」指标不满足条件（{unmet}），它写的是：";
        return new Answer(question, Intent.Lookup, $"{opening}\n\n{lines}",
            [new AnswerProject(found.Name, found.Department, found.Budget, found.Year)], single.Number, single.Unit,
            rows.Select(r => new AnswerCitation(r.Project, r.Indicator, r.Value, r.Year)).ToList(), null, null);
    }

    /// <summary>How past projects set an indicator's target.</summary>
    public static Answer Norms(string question, NormResult norms, IReadOnlyList<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(norms);
        if (norms.Rows == 0)
        {
            return Answer.Plain(question, Intent.Norms, $"语料中没有找到「{norms.Subject}」这类指标。可以换个说法，例如“满意度一般设多少”。");
        }

        var common = norms.MostCommon;
        // A value written as words or a date (2025年12月31日前) may be used more than any number: the headline says so
        // first, and the figure is the numbers' only when a number is also what most projects wrote.
        var writtenMost = norms.Values.Count > 0 && norms.Values[0].Count > (common?.Count ?? 0) ? norms.Values[0] : null;
        var median = norms.MedianThreshold is { } m ? $"，阈值中位数 {Numbers.Format(m)}{norms.Unit}" : string.Empty;
        // Every value used once (可持续影响指标: five rows, five wordings): none is "the most common", and no figure is the norm.
        var noneShared = norms.Values.Count > 1 && norms.Values.All(v => v.Count == 1);
        var headline = (common, writtenMost) switch
        {
            ({ } only, null) when norms.Projects == 1 => $"只有 1 个项目设了「{norms.Subject}」这类指标（{norms.Rows} 行），目标值是 **{only.Value}**；一个项目的写法还算不上常用值，仅供参考。",
            _ when noneShared => $"「{norms.Subject}」在 {norms.Projects} 个项目的 {norms.Rows} 行指标中，每个目标值都只有 1 个项目使用，没有常用值；各项目的写法如下。",
            (null, _) => $"「{norms.Subject}」共 {norms.Rows} 行指标，都不是数值目标。",
            (_, { } words) => $"「{norms.Subject}」在 {norms.Projects} 个项目的 {norms.Rows} 行指标中，最常见的写法是 **{words.Value}**（{words.Count} 个项目）；" +
                $"数值目标中最常见的是 **{common.Value}**（{common.Count} 个项目）{median}。",
            _ => $"「{norms.Subject}」在 {norms.Projects} 个项目的 {norms.Rows} 行指标中，最常见的目标值是 **{common.Value}**（{common.Count} 个项目）{median}。",
        };
        var rows = norms.Values.Select(v => (IReadOnlyList<string>)[v.Value, v.Count.ToString(CultureInfo.InvariantCulture), string.Join("、", v.Projects.Take(5)) + (v.Projects.Count > 5 ? " 等" : string.Empty)]);
        var text = headline + "\n\n" + MarkdownTable.Render(["目标值", "项目数", "项目"], rows);
        var about = projects.Select(p => new AnswerProject(p.Name, p.Department, p.Budget.Total, p.Year)).ToList();
        var figure = writtenMost is null && !noneShared;
        return new Answer(question, Intent.Norms, text, about, figure ? common?.Number : null, figure ? norms.Unit : null,
            norms.Citations.Select(c => new AnswerCitation(c.Project, c.Indicator, c.Value, c.Year)).ToList(), null, null);
    }

    /// <summary>
    /// Review findings; with a <paramref name="rule"/>, only that rule's findings; with a <paramref name="severity"/>, only
    /// findings of it (R04 成本超预算 is its errors; 哪些项目有错误 is every rule's errors).
    /// </summary>
    public static Answer Validation(string question, ValidationReport report, IReadOnlyList<Project> projects, string? rule, Severity? severity = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.ParseErrors.Count > 0)
        {
            var errors = string.Join('\n', report.ParseErrors.Select(e => $"- 第 {e.Location.Line} 行，{e.Field}：{e.Message}"));
            return new Answer(question, Intent.Validate, $"这张表没能完整读取：\n\n{errors}\n\n请按 Word 表格原样复制（每行单元格以制表符分隔）后再发。",
                [], null, null, [], null, report.Findings);
        }

        // A named rule keeps its findings, of the severity the question meant (成本超预算 is R04's error, not its notes).
        var findings = rule is null && severity is null ? report.Findings : report.Findings.Where(f => (rule is null || f.Rule == rule) && (severity is null || f.Severity == severity)).ToList();
        var names = findings.Select(f => f.Project).Distinct().ToList();
        var about = names.Select(n => projects.FirstOrDefault(p => p.Name == n)).OfType<Project>()
            .Select(p => new AnswerProject(p.Name, p.Department, p.Budget.Total, p.Year)).ToList();
        var headline = findings.Count == 0
            ? $"检查了 {report.Tables} 张表，没有发现{(rule is null && severity is null ? "问题" : "此类问题")}。"
            : $"检查了 {report.Tables} 张表，发现 {findings.Count} 条{(rule is not null ? "问题" : severity is { } only ? SeverityName(only) : $"问题（错误 {report.Errors}，警告 {report.Warnings}）")}，涉及 {names.Count} 个项目：";
        var rows = findings.Select(f => (IReadOnlyList<string>)[f.Rule, SeverityName(f.Severity), f.Project, f.Level3 ?? "—", f.Message, f.Source.ToString()]);
        var text = findings.Count == 0 ? headline : headline + "\n\n" + MarkdownTable.Render(["规则", "级别", "项目", "指标", "说明", "来源"], rows);
        return new Answer(question, Intent.Validate, text, about, null, null,
            findings.Where(f => f.Level3 is not null).Select(f => new AnswerCitation(f.Project, f.Level3!, f.Value ?? string.Empty)).ToList(), null, findings);
    }

    /// <summary>A drafted table.</summary>
    public static Answer Draft(string question, DraftResult result, IReadOnlyList<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(result);
        var about = result.Draft.Similar.Select(s => projects.FirstOrDefault(p => p.Name == s.Name)).OfType<Project>()
            .Select(p => new AnswerProject(p.Name, p.Department, p.Budget.Total, p.Year)).ToList();
        var citations = result.Draft.Indicators.Where(i => about.Any(a => a.Name == i.Source))
            .Select(i => new AnswerCitation(i.Source, i.Level3, i.Value)).ToList();
        return new Answer(question, Intent.Draft, DraftMarkdown.Compose(result) + "\n请修改草稿中标注的内容；改好后把表格发给我，我再按审核规则检查一遍。",
            about, null, null, citations, result.Draft, result.Findings);
    }

    private static string SeverityName(Severity severity) => severity switch
    {
        Plugins.Validation.Severity.Error => "错误",
        Plugins.Validation.Severity.Warning => "警告",
        _ => "提示",
    };
}
