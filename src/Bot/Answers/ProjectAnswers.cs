using Assistant.Bot.Understanding;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Results;
using Assistant.Plugins.Statistics;

namespace Assistant.Bot.Answers;

/// <summary>Composes answers about sets of projects: lists, counts and budget sums.</summary>
public static class ProjectAnswers
{
    private const int MaxRows = 100;

    /// <summary>A list of projects with the rows that show why each is listed.</summary>
    public static Answer List(string question, ProjectQueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Projects.Count == 0
            ? $"没有找到满足条件的项目（{result.Criteria}）。"
            : $"满足条件（{result.Criteria}）的项目共 {result.Total} 个{(result.Projects.Count < result.Total ? $"，列出前 {result.Projects.Count} 个" : string.Empty)}：\n\n" +
              Table(result.Projects);
        return new Answer(question, Intent.List, text, Projects(result.Projects), null, null, Citations(result.Projects), null, null);
    }

    /// <summary>How many projects satisfy a filter.</summary>
    public static Answer Count(string question, StatisticsResult result, IReadOnlyList<ProjectSummary> projects)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = $"共 **{result.Count}** 个项目（{result.Criteria}）。" + Breakdown(result) + (projects.Count > 0 ? "\n\n" + Table(projects) : string.Empty);
        // Each project counted is cited: by the rows that made it match, else by its table (预算数 line).
        var citations = Citations(projects);
        if (citations.Count == 0)
        {
            citations = result.Citations.Select(c => new AnswerCitation(c.Project, c.Indicator, c.Value)).ToList();
        }

        return new Answer(question, Intent.Count, text, Projects(projects), result.Count, "个", citations, null, null);
    }

    /// <summary>The budget total of the projects satisfying a filter, each budget cited.</summary>
    public static Answer Sum(string question, StatisticsResult result, IReadOnlyList<ProjectSummary> projects)
    {
        ArgumentNullException.ThrowIfNull(result);
        var b = result.Budget;
        var parts = b.Other == 0 ? "全部为财政资金" : $"财政资金 {Numbers.Format(b.Fiscal)} 万元，其他资金 {Numbers.Format(b.Other)} 万元";
        var text = $"预算合计 **{Numbers.Format(b.Total)} 万元**（{result.Count} 个项目，{parts}；{result.Criteria}）。" + Breakdown(result) +
                   "\n\n各项目预算数（来源：各表「预算数」栏）：\n\n" + Table(projects);
        var citations = result.Citations.Select(c => new AnswerCitation(c.Project, c.Indicator, c.Value)).ToList();
        return new Answer(question, Intent.Sum, text, Projects(projects), b.Total, "万元", citations, null, null);
    }

    /// <summary>The projects of an answer as the JSON lists them.</summary>
    public static List<AnswerProject> Projects(IEnumerable<ProjectSummary> projects) =>
        projects.Select(p => new AnswerProject(p.Name, p.Department, p.Budget)).ToList();

    private static List<AnswerCitation> Citations(IEnumerable<ProjectSummary> projects) =>
        projects.SelectMany(p => p.Evidence).Select(c => new AnswerCitation(c.Project, c.Indicator, c.Value)).ToList();

    private static string Breakdown(StatisticsResult result) => result.Departments.Count <= 1
        ? string.Empty
        : "\n\n" + MarkdownTable.Render(["部门", "项目数", "预算（万元）"],
            result.Departments.Select(d => (IReadOnlyList<string>)[d.Department, d.Projects.ToString(System.Globalization.CultureInfo.InvariantCulture), Numbers.Format(d.Budget)]));

    private static string Table(IReadOnlyList<ProjectSummary> projects)
    {
        var rows = projects.Take(MaxRows).Select((p, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, p.Department, Numbers.Format(p.Budget), Evidence(p),
        ]);
        var more = projects.Count > MaxRows ? $"\n（另有 {projects.Count - MaxRows} 个未列出）" : string.Empty;
        return MarkdownTable.Render(["#", "项目", "部门", "预算（万元）", "依据（指标：值，来源行）"], rows) + more;
    }

    private static string Evidence(ProjectSummary project)
    {
        var evidence = project.Evidence.Where(e => e.Indicator != "预算数").Take(2).Select(Cite).ToList();
        return evidence.Count > 0 ? string.Join("；", evidence) : $"预算数（{project.Source}）";
    }

    private static string Cite(Citation c) => $"{c.Indicator}：{c.Value.Trim()}（{c.Source}）";
}
