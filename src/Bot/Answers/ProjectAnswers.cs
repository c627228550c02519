using Assistant.Bot.Understanding;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Results;
using Assistant.Retrieval.Corpus;

namespace Assistant.Bot.Answers;

/// <summary>Composes answers about sets of projects: lists, counts and budget sums.</summary>
public static class ProjectAnswers
{
    /// <summary>
    /// The answer to a typed query: a list, a count, a sum, or one figure (average, maximum, minimum, row count), each
    /// with its projects and the rows or budget lines the figure comes from.
    /// </summary>
    /// <param name="question">The question as asked.</param>
    /// <param name="intent">How it was read.</param>
    /// <param name="query">The typed query executed.</param>
    /// <param name="result">Its result.</param>
    /// <param name="listed">Rows of a project list written in the text (<c>Conversation:ListedRows</c>).</param>
    /// <param name="severalYears">True when the corpus holds more than one year: a list then names its year.</param>
    public static Answer Query(string question, Intent intent, ProjectQuery query, QueryResult result, int listed = 20, bool severalYears = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(result);
        var field = MoneyFields.Label(query.Field);
        var n = result.Kept;
        var value = result.Value ?? 0;
        var text = query.ByDepartment ? ByDepartment(query, result, field, listed) : query.Ask switch
        {
            QueryAsk.List when n == 0 => $"没有找到满足条件的项目（{result.Criteria}）。",
            QueryAsk.List => $"满足条件（{result.Criteria}）的{(severalYears ? $" {result.Year} 年" : string.Empty)}项目共 {result.Total} 个{(n < result.Total ? $"，列出其中 {n} 个" : string.Empty)}：\n\n" + Table(result.Projects, result.Kept, listed),
            QueryAsk.Count => $"共 **{result.Value}** 个项目（{result.Criteria}）。" + Breakdown(result.Departments) + (n > 0 ? "\n\n" + Table(result.Projects, result.Kept, listed) : string.Empty),
            QueryAsk.Sum when result.Each => $"并列的 {n} 个项目{(query.Field == MoneyField.Budget ? "预算" : field)}各为 **{Numbers.Format(value)} 万元**（合计 {Numbers.Format(MoneyFields.Of(result.Totals, query.Field))} 万元；{result.Criteria}）。\n\n" +
                                             Table(result.Projects, result.Kept, listed),
            QueryAsk.Sum => $"{(query.Field == MoneyField.Budget ? "预算" : field)}合计 **{Numbers.Format(result.Value ?? 0)} 万元**{InYi(question, result.Value ?? 0)}（{n} 个项目，{Split(result.Totals)}；{result.Criteria}）。" +
                            Breakdown(result.Departments) + "\n\n各项目（来源：各表预算栏）：\n\n" + Table(result.Projects, result.Kept, listed),
            _ when result.Value is null => $"没有找到满足条件的项目（{result.Criteria}），无法计算。",
            QueryAsk.Average => $"{field}平均 **{Numbers.Format(value)} 万元**（{n} 个项目合计 {Numbers.Format(MoneyFields.Of(result.Totals, query.Field))} 万元 ÷ {n}；{result.Criteria}）。\n\n" + Table(result.Projects, result.Kept, listed),
            QueryAsk.Max or QueryAsk.Min => $"{field}{(query.Ask == QueryAsk.Max ? "最大" : "最小")}为 **{Numbers.Format(value)} 万元**（{result.Criteria}），是：\n\n" + Table(result.Projects, result.Kept, listed),
            QueryAsk.Excess => $"合计超出 **{Numbers.Format(value)} 万元**（{n} 个项目，按审核规则 {query.Filter.FailsRule} 逐表计算；{result.Criteria}）。\n\n" + Table(result.Projects, result.Kept, listed),
            QueryAsk.Rows when result.Each => $"并列的 {n} 个项目各有 **{value}** 条绩效指标（{result.Criteria}）。\n\n" + Table(result.Projects, result.Kept, listed),
            _ => $"共 **{value}** 条{query.RowsOf ?? "绩效指标"}（{n} 个项目；{result.Criteria}）。\n\n" + Table(result.Projects, result.Kept, listed),
        };
        if (result.TiedAtCut > 0 && query.Top is { } top)
        {
            text += $"\n\n注意：第 {top} 名与另外 {result.TiedAtCut} 个项目并列（排序所依据的数值相同），以上按表格顺序取了前 {top} 个，并列的其余项目没有列出。";
        }

        if (result.AheadOfPlace > 0 && query.Nth is { } nth)
        {
            text += $"\n\n注意：前面有并列的项目（数值相同的算同一名次），排在它前面的共 {result.AheadOfPlace} 个项目；以上是第 {nth} 个不同的数值。如果按逐个排列数到第 {nth} 个，会落在并列的项目中。";
        }

        var citations = Citations(result.Projects);
        // A maximum's or minimum's projects are its holders; any other answer's are the first MaxProjects of those kept.
        var partial = query.Ask is not (QueryAsk.Max or QueryAsk.Min) && result.Projects.Count < result.Kept;
        return new Answer(question, intent, text, Projects(result.Projects), result.Value, result.Unit, citations, null, null)
        {
            Total = partial ? result.Kept : null,
            TiedAtCut = result.TiedAtCut > 0,
        };
    }

    /// <summary>
    /// The same figure year by year (近两年信息所的预算合计, 两年的预算对比): one row per year held, each computed by the
    /// typed query for that year. A list has no single figure, so it is not asked this way.
    /// </summary>
    public static Answer ByYear(string question, Intent intent, ProjectQuery query, IReadOnlyList<(int Year, QueryResult Result)> years)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(years);
        var field = MoneyFields.Label(query.Field);
        var what = query.Ask switch
        {
            QueryAsk.Count => "项目数",
            QueryAsk.Sum => $"{field}合计（万元）",
            QueryAsk.Average => $"{field}平均（万元）",
            QueryAsk.Max => $"{field}最大（万元）",
            QueryAsk.Min => $"{field}最小（万元）",
            QueryAsk.Rows => $"{query.RowsOf ?? "指标"}条数",
            _ => "满足条件的项目",
        };
        var counted = query.Ask is QueryAsk.Count or QueryAsk.List;
        var rows = years.Select(y => (IReadOnlyList<string>)(counted
            ? [y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Result.Kept.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            : [y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Result.Value is { } v ? Numbers.Format(v) : "—",
               y.Result.Kept.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        var criteria = years.Count > 0 ? years[0].Result.Criteria : string.Empty;
        var text = $"逐年（{criteria}）：\n\n" + MarkdownTable.Render(counted ? ["年度", "项目数"] : ["年度", what, "项目数"], rows);
        var projects = years.SelectMany(y => y.Result.Projects).ToList();
        return new Answer(question, intent, text, Projects(projects), null, years.LastOrDefault().Result?.Unit, Citations(projects), null, null);
    }

    /// <summary>The projects of an answer as the JSON lists them.</summary>
    public static List<AnswerProject> Projects(IEnumerable<ProjectSummary> projects) =>
        projects.Select(p => new AnswerProject(p.Name, p.Department, p.Budget, p.Year)).ToList();

    private static List<AnswerCitation> Citations(IEnumerable<ProjectSummary> projects) =>
        projects.SelectMany(p => p.Evidence).Select(c => new AnswerCitation(c.Project, c.Indicator, c.Value, c.Year)).ToList();

    /// <summary>
    /// How many departments hold the projects a query selects (一共有几个部门, 预算超过1000万的项目分布在几个部门), with each
    /// department's projects and budget: a department counts when it holds at least one of them.
    /// </summary>
    public static Answer Departments(string question, Intent intent, QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var held = result.Departments.Where(d => d.Projects > 0).ToList();
        var text = held.Count == 0
            ? $"没有找到满足条件的项目（{result.Criteria}），也就没有部门。"
            : $"共 **{held.Count}** 个部门（{result.Criteria}）：\n\n" + DepartmentTable(held) + $"\n\n合计 {result.Kept} 个项目、{Numbers.Format(result.Totals.Total)} 万元。";
        return new Answer(question, intent, text, Projects(result.Projects), held.Count, "个", Citations(result.Projects), null, null);
    }

    private static AnswerText Breakdown(IReadOnlyList<DepartmentTotal> departments) =>
        departments.Count <= 1 ? string.Empty : "\n\n" + DepartmentTable(departments);

    private static AnswerText DepartmentTable(IReadOnlyList<DepartmentTotal> departments) =>
        MarkdownTable.Render(["部门", "项目数", "预算（万元）"],
            departments.Select(d => (IReadOnlyList<string>)[d.Department, d.Projects.ToString(System.Globalization.CultureInfo.InvariantCulture), Numbers.Format(d.Budget)]));

    private static AnswerText ByDepartment(ProjectQuery query, QueryResult result, string field, int listed)
    {
        if (query.Ask is QueryAsk.Max or QueryAsk.Min && result.Value is { } total && result.Departments is [var department])
        {
            var most = query.Ask == QueryAsk.Max ? "最多" : "最少";
            return query.ByProjectCount
                ? $"项目{most}的部门是 **{department.Department}**：**{total}** 个项目（{result.Criteria}）。\n\n" + Table(result.Projects, result.Kept, listed)
                : $"{field}合计{most}的部门是 **{department.Department}**：**{Numbers.Format(total)} 万元**" +
                   $"（{department.Projects} 个项目；{result.Criteria}）。\n\n" + Table(result.Projects, result.Kept, listed);
        }

        return $"按部门（{result.Criteria}）：\n\n" + DepartmentTable(result.Departments) +
               $"\n\n合计 {result.Kept} 个项目、{Numbers.Format(result.Totals.Total)} 万元。";
    }

    // 预算总额是多少亿元: the tables' 万元, and the same amount in 亿元 as asked (the figure stays in 万元, the tables' unit).
    private static string InYi(string question, decimal wan) =>
        question.Contains("多少亿", StringComparison.Ordinal) || question.Contains("几亿", StringComparison.Ordinal)
            ? $"，合 **{Numbers.Format(Math.Round(wan / 10000m, 4))} 亿元**"
            : string.Empty;

    private static string Split(Budget totals) =>
        totals.Other == 0 ? "全部为财政资金" : $"财政资金 {Numbers.Format(totals.Fiscal)} 万元，其他资金 {Numbers.Format(totals.Other)} 万元";


    private static AnswerText Table(IReadOnlyList<ProjectSummary> projects, int total, int listed)
    {
        var rows = projects.Take(listed).Select((p, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, p.Department, Numbers.Format(p.Budget), Evidence(p),
        ]);
        var more = total > listed ? $"\n（共 {total} 个，以上列出前 {Math.Min(listed, projects.Count)} 个；回复“导出Excel”可下载清单）" : string.Empty;
        return MarkdownTable.Render(["#", "项目", "部门", "预算（万元）", "依据（指标：值，来源行）"], rows) + more;
    }

    private static string Evidence(ProjectSummary project)
    {
        var evidence = project.Evidence.Where(e => e.Indicator != "预算数").Take(2).Select(Cite).ToList();
        return evidence.Count > 0 ? string.Join("；", evidence) : $"预算数（{project.Source}）";
    }

    private static string Cite(Citation c) => $"{c.Indicator}：{c.Value.Trim()}（{c.Source}）";
}
