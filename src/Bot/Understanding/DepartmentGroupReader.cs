using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Figures per department: 各部门的预算分别是多少, 每个单位有几个项目, 信息所和战略院的预算对比 (a table, no single figure),
/// and 四个单位里预算总额最少的那个 (the department whose total is the smallest, with that total).
/// </summary>
public static partial class DepartmentGroupReader
{
    /// <summary>Reads the grouping into <paramref name="u"/> and records the words it took.</summary>
    public static Understanding Read(string question, Understanding u, List<Span> used)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(used);
        var extreme = ExtremeRegex().Match(question);
        if (!extreme.Success || !Span.IsFree(used, extreme))
        {
            extreme = CountExtremeRegex().Match(question);
        }

        if (extreme.Success && Span.IsFree(used, extreme))
        {
            used.Add(Span.Of(extreme));
            var smallest = extreme.Groups["dir"].Value is "少" or "低" or "小";
            // 哪个部门的最多 names no figure: most projects, or the most money? Never one of them picked for the clerk.
            var unsaid = !extreme.Groups["count"].Success && !FigureWordRegex().IsMatch(question)
                ? (IReadOnlyList<string>)[.. u.Unread, $"最{extreme.Groups["dir"].Value}（项目数还是预算？）"]
                : u.Unread;
            return u with
            {
                Unread = unsaid,
                ByDepartment = true, ByProjectCount = extreme.Groups["count"].Success, Ask = smallest ? QueryAsk.Min : QueryAsk.Max,
                Sort = ProjectSort.Default, Top = null, Nth = null,
            };
        }

        // 一共有几个部门 / 有哪些部门 / 分布在几个单位: the departments holding the projects, counted or listed.
        if (DepartmentsAskedRegex().Match(question) is { Success: true } asked && Span.IsFree(used, asked))
        {
            used.Add(Span.Of(asked));
            return u with { ByDepartment = true, CountsDepartments = asked.Groups["count"].Success };
        }

        var each = EachRegex().Match(question);
        var compare = CompareRegex().Match(question);
        var several = u.Conditions.Departments is { Count: > 1 };
        if (each.Success && Span.IsFree(used, each))
        {
            used.Add(Span.Of(each));
            return u with { ByDepartment = true };
        }

        // 战略院和信息所谁的预算多: the one of the departments named with more (or less) money, or more projects.
        if (several && WhichOfThemRegex().Match(question) is { Success: true } which && Span.IsFree(used, which) &&
            (which.Groups["count"].Success || which.Groups["money"].Success))
        {
            used.Add(Span.Of(which));
            var fewer = which.Groups["dir"].Value is "少" or "低" or "小";
            return u with
            {
                ByDepartment = true, ByProjectCount = which.Groups["count"].Success, Ask = fewer ? QueryAsk.Min : QueryAsk.Max,
                Sort = ProjectSort.Default, Top = null, Nth = null,
            };
        }

        if (compare.Success && several && Span.IsFree(used, compare))
        {
            used.Add(Span.Of(compare));
            return u with { ByDepartment = true };
        }

        return u;
    }

    // A project count per department (部门有几个项目) is not a count of departments: no 项目 may follow in the clause.
    [GeneratedRegex(@"(?:(?:分布在|分布于|涉及|来自|属于)(?<count>几个|多少个)(?:部门|单位)|(?<count>几个|多少个)(?:部门|单位)(?![^，,。？?]*项目)|(?:部门|单位)(?:一共|总共|共)?有?(?<count>几个|多少个)(?![^，,。？?]*项目)|^(?:请问)?(?:一共|总共|都)?有(?:哪些|哪几个)(?:部门|单位)[？?]*$|(?:分布在|分布于|涉及|来自|属于)(?:哪些|哪几个)(?:部门|单位))")]
    private static partial Regex DepartmentsAskedRegex();

    [GeneratedRegex(@"(?:四个|几个|各个|各|所有|哪个)?(?:单位|部门)(?:里|中|当中|之中)?[，, ]*(?:的)?(?:预算|财政资金)?(?:总额|合计|加起来|总数|总和)?最(?<dir>多|少|高|低|大|小)的(?:那个|那家|一个|一家)?(?:单位|部门)?")]
    private static partial Regex ExtremeRegex();

    // 哪个部门的项目最多, 项目数(量)最少的部门, 哪个单位预算最多: the department whose count or total is; not 预算最高的是
    // 哪个部门的项目 (the department of the project with the largest budget).
    // 哪个部门的项目预算合计最高: the money of its projects, said with 项目 (it was refused as a ranking by rows).
    [GeneratedRegex(@"(?:哪个|哪家|哪一个)(?:部门|单位)(?:的)?(?:(?<count>项目(?:数量|数|个数)?)|(?:项目)?(?:的)?(?:总预算|预算|经费|资金))?(?:总额|合计|加起来|总和|之和)?最(?<dir>多|少|高|低|大|小)|(?:(?<count>项目(?:数量|数|个数)?)|预算|经费)(?:总额|合计)?最(?<dir>多|少|高|低|大|小)的(?:是哪个|是哪家|是哪一个)?(?:部门|单位)(?:是哪个|是哪家)?(?!的?项目)")]
    private static partial Regex CountExtremeRegex();

    [GeneratedRegex(@"各部门|各个部门|每个部门|各单位|各个单位|每个单位|每家单位|哪些部门|哪几个部门|哪些单位|哪几个单位|哪几家单位|按部门(?:统计|分组|分别|汇总)?|分部门")]
    private static partial Regex EachRegex();

    [GeneratedRegex(@"预算|经费|资金|钱|项目|总额|合计|加起来|总和|总数")]
    private static partial Regex FigureWordRegex();

    [GeneratedRegex(@"(?:谁|哪个|哪家|哪一个)(?:的)?(?:(?<count>项目(?:数量|数|个数)?)|(?<money>(?:项目)?(?:的)?(?:总预算|预算|经费|资金|钱)))(?:总额|合计|加起来)?(?:更)?(?<dir>多|高|大|少|低|小)(?:一些|些|点)?")]
    private static partial Regex WhichOfThemRegex();

    // 信息所和战略院各有几个: one figure each (it gave the two together, 2).
    [GeneratedRegex(@"对比|比较|相比|分别|各自|对照|各有|各是|各为|各占")]
    private static partial Regex CompareRegex();
}
