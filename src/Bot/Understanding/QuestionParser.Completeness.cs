using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>The parser's last step: a reading is complete, or it is unclear and says what was not read.</summary>
public sealed partial class QuestionParser
{
    [GeneratedRegex(@"(?:那|这)(?:一)?个项目|的那个(?!部门|单位)|那一项|这一项")]
    private static partial Regex SingularRegex();

    [GeneratedRegex(@"多少|几何|合计|总额|加起来")]
    private static partial Regex HowMuchRegex();

    [GeneratedRegex(@"指标(?:条数|数)?最")]
    private static partial Regex RowsSuperlativeRegex();

    [GeneratedRegex(@"平均(?:预算|值|数|水平|线)?(?:以上|以下|之上|之下)|(?:高于|低于|超过|不到|不足|少于|多于|大于|小于)(?:[^，,。？?\d%]{0,6}的)?平均")]
    private static partial Regex VersusAverageRegex();

    [GeneratedRegex(@"(?:多少|几)个?项目|项目(?:数|个数|数量)")]
    private static partial Regex ProjectCountAskedRegex();

    // A word that turns the question around: never taken as a word of a project's rows.
    [GeneratedRegex(@"^[不没未非无别]$")]
    private static partial Regex NegationRegex();

    // Read completely, or say what was not read: nothing is answered from a partial reading.
    private Understanding Complete(string q, Understanding u, List<Span> used)
    {
        // A back-reference (这三个, 上面那些) counts only where no reader took the words (写的是“百分比”这三个字).
        // 前两个… with no order of its own refers back as well, and so does 去掉信息所的 (read as a department left out).
        // 科技奖励评审服务这个项目的预算: the project is named, and 这个项目 only points at it.
        var back = RefersBackRegex().Matches(q).Where(m => !Span.IsCovered(used, m) && !(u.Project is not null && m.Value.EndsWith("项目", StringComparison.Ordinal))).ToList();
        u = u with
        {
            RefersBack = u.Drop is not null || DropRegex().IsMatch(q) || back.Count > 0 || OpensWithFirstN(q, u),
            RefersToOne = back.Count > 0 && back.All(m => OneOfThemRegex().IsMatch(m.Value)),
        };
        var frame = FrameRegexes().SelectMany(r => r.Matches(q)).Select(m => Span.Of(m));
        // A table's own fields asked of a project named, or of the one just shown (它的资金用途是什么).
        if (u is { Project: not null, Subject: null } || u is { RefersBack: true, Subject: null, HasConditions: false })
        {
            frame = frame.Concat(TableFieldWordsRegex().Matches(q).Select(m => Span.Of(m)));
        }

        // 我是信息所的…我们所今年报了几个项目: 我们所 is the one department the question names; with none named it stays unread.
        if (u.Department is not null && u.Conditions.Departments is null)
        {
            frame = frame.Concat(OwnUnitRegex().Matches(q).Select(m => Span.Of(m)));
        }

        var unread = u.Unread.Concat(Completeness.Unread(q, used.Concat(frame))).ToList();
        if (u.Threshold is { } t && u.Subject is null)
        {
            if (u is { IsFollowUp: true, HasConditions: false, Project: null, Within: null, Top: null, Nth: null, Ask: null } && !t.IsMoney)
            {
                u = u with { ThresholdAlone = true }; // ≥98%的呢: the previous question's indicator, or unclear (FollowUpResolver)
            }
            else
            {
                unread.Add(q[t.Start..t.End]); // a number with nothing to compare it with
            }
        }

        // 满意度不低于0.95: 95% or 0.95? Targets are written in percent; a bare fraction is never compared as it stands.
        if (u.Threshold is { Unit: null, Value: > 0 and < 1 } fraction)
        {
            unread.Add(q[fraction.Start..fraction.End]);
        }

        // An average of an indicator's targets (信息所满意度目标平均是多少, 满意度高于平均的项目) is not computed: never the
        // average budget instead.
        // 预算在1000万以上的项目平均满意度: the average is the indicator's, said next to it, whatever else speaks of the budget.
        if (u is { Subject: { } averaged } && (u is { Ask: QueryAsk.Average, Threshold: null } || u.Conditions.VersusAverage is not null) &&
            (!SaysBudget(q) || q.Contains("平均" + averaged, StringComparison.Ordinal) || q.Contains(averaged + "平均", StringComparison.Ordinal) ||
             q.Contains(averaged + "的平均", StringComparison.Ordinal)))
        {
            unread.Add($"{averaged}的平均值");
        }

        // 项目最多的单位有多少预算: the department is chosen by its count, the figure asked is its money; one step is read.
        if (u is { ByDepartment: true, ByProjectCount: true } && (SaysBudget(q) || q.Contains('钱', StringComparison.Ordinal)))
        {
            unread.Add("按项目数选出的部门的金额");
        }

        // 预算是信息所平均预算以上的资源配置处项目: a comparison with an average no reader took is never an average asked
        // (it gave the two departments' average budget, 460.67 万元, as the figure).
        if (u.Conditions.VersusAverage is null && VersusAverageRegex().Match(q) is { Success: true } versus && !Span.IsCovered(used, versus))
        {
            unread.Add("与平均值比较");
        }

        // 预算最高的部门有多少个项目: the department is chosen by its money, the figure asked is its count (it gave the money).
        if (u is { ByDepartment: true, ByProjectCount: false, Ask: QueryAsk.Max or QueryAsk.Min } && ProjectCountAskedRegex().IsMatch(q))
        {
            unread.Add("按金额选出的部门的项目数");
        }

        // 哪个部门设的指标最多 / 哪个部门的满意度目标最高: departments are ranked by project count or money only; ranked by
        // rows or an indicator it listed the one project ranked first, as if that were the department's answer.
        if (!u.ByDepartment && WhichDepartmentRegex().IsMatch(q) && (u.Sort != ProjectSort.Default || u.Nth is not null || u.Top is not null))
        {
            unread.Add("按指标条数或指标目标给部门排名（部门之间只比较项目数或金额合计）");
        }

        // Per-department averages are not computed: the department table shows totals, never to be read as averages.
        if (u is { ByDepartment: true, Ask: QueryAsk.Average })
        {
            unread.Add("各部门的平均值");
        }

        // A superlative said of a department (…最少的部门, 预算最高的三个部门) is a department's figure: never a project's rank instead.
        if (!u.ByDepartment && DepartmentSuperlativeRegex().Match(q) is { Success: true } department)
        {
            unread.Add(department.Value);
        }

        // 其他部门的项目 with nothing excluded: other than what is not said; never read as every table.
        if (OthersRegex().Match(q) is { Success: true } others && u.Conditions is { ExceptDepartments: null, Except: null, NameLacks: null } &&
            u is { Drop: null, RefersBack: false })
        {
            unread.Add(others.Value);
        }

        // 最贵/最便宜 is said of money only: 满意度最贵 is not read as the highest 满意度 target.
        if (u.Sort is ProjectSort.TargetDescending or ProjectSort.TargetAscending && MoneySuperlativeRegex().Match(q) is { Success: true } money)
        {
            unread.Add(money.Value);
        }

        // 专家库人数最多的项目 ranks by that indicator's target, read only as "…目标最高"; never answered by budget instead.
        if (u.Topic is { } ranked && u.Sort is ProjectSort.BudgetDescending or ProjectSort.BudgetAscending &&
            !SaysBudget(q) && !MoneySuperlativeRegex().IsMatch(q))
        {
            unread.Add(ranked);
        }

        // 人工智能那个项目的预算: one project is meant, and the words name no single one (it added up the 3 about 人工智能).
        if (u is { Topic: { } meant, Project: null } && SingularRegex().IsMatch(q))
        {
            unread.Add($"「{meant}」那个项目（说的是一个项目，但有关的项目不止一个；请说项目全称）");
        }

        // 监理费一共多少 / 培训费是多少: an expense of one kind, which no table breaks its budget into (it counted the one
        // table mentioning 监理费). The tables mentioning it can still be listed: 和监理费有关的项目.
        if (u.Topic is { } expense && expense.EndsWith('费') && expense.Length > 2 && HowMuchRegex().IsMatch(q))
        {
            unread.Add($"{expense}的金额（表格只有预算数、财政资金、其他资金，没有按费用类别分列）");
        }

        // 小项目有几个, 大项目有哪些: a size no table records (it counted all 95, or the one table writing 大项目); with an
        // amount of its own (预算超过1000万的大项目) it is only the noun.
        if (u.Budget is null && u.Conditions.Budget is null && SizeRegex().Match(q) is { Success: true } size)
        {
            unread.Add($"{size.Value}（没有统一的金额标准；请给出预算范围，如“预算1000万以上的项目”）");
        }

        // 成本指标合计是多少 / 信息所成本指标加起来多少: the rows' targets added up, which no reader computes (it gave the budget
        // total of the tables holding one). A money word says the figure is the budget's (设了成本指标的项目预算合计).
        if (u.Intent is Intent.Sum && (u.HasCategory ?? u.Subject) is { } rowsOf && RowsSummedRegex().Match(q) is { Success: true } summed &&
            summed.Groups["of"].Value.EndsWith(rowsOf.EndsWith("指标", StringComparison.Ordinal) ? rowsOf[..^2] : rowsOf, StringComparison.Ordinal) &&
            !MoneyFieldRegex().IsMatch(q))
        {
            unread.Add($"{rowsOf}的目标值相加（还不能把指标的目标值加起来；可以问“设了{rowsOf}的项目有哪些”看各自的值）");
        }

        // 社会效益指标最多的项目 ranks by one category's rows, which is not computed: never by all of a table's rows instead.
        if (u.Sort is ProjectSort.RowsDescending or ProjectSort.RowsAscending && RowsSuperlativeRegex().Match(q) is { Success: true } most &&
            IndicatorCategory.EndingOf(q[..most.Index]) is { } category)
        {
            unread.Add($"按{category.Name}的条数排序");
        }

        var dated = new string(q.Select((c, i) => used.Any(s => s.Start <= i && i < s.End && IsDateOrName(u, q, s)) ? ' ' : c).ToArray());
        var reason = Completeness.MissingYears(dated, vocabulary.Years) switch
        {
            { Count: > 0 } years => $"表格里没有{string.Join("、", years)}年的数据（现有：{string.Join("、", vocabulary.Years)}年）",
            // Data the tables do not hold is refused whatever read the words; a form not yet read only where no reader took it.
            _ => Completeness.NotHeld.FirstOrDefault(c => c.Cue.IsMatch(q)).Reason ??
                 Completeness.NotComputed.FirstOrDefault(c => c.Cue.IsMatch(q)).Reason ??
                 Completeness.NotYetRead.FirstOrDefault(c => c.Cue.Matches(q).Any(m => !Span.IsCovered(used, m))).Reason,
        };
        reason ??= u.NotAnswerable; // a reader's own finding (近两年 of a corpus holding one year)
        // 信息所的技术市场服务项目预算是多少: the project is 战略院's; it answered 0 万元 of 0 projects.
        if (reason is null && u is { Project: { } asked, Department: { } askedOf } &&
            vocabulary.Projects.Where(p => p.Name == asked).Select(p => p.Department).Distinct().ToList() is { Count: > 0 } owners && !owners.Contains(askedOf))
        {
            reason = $"「{asked}」是{string.Join("、", owners)}的项目，不是{askedOf}的";
        }

        // 满意度≥95%的指标有多少条 counts the rows of that indicator meeting the target, which no figure computes (it counted
        // every row of the 43 tables, 338); 满意度≥95%的项目有多少条指标 is those tables' rows, and is computed.
        if (reason is null && u is { Ask: QueryAsk.Rows, RowsOf: null, Subject: not null } && !q.Contains("项目", StringComparison.Ordinal))
        {
            reason = $"还不能只数「{u.Subject}」这类指标的行数；可以问符合条件的项目有几个，或这些项目一共有多少条指标（例如把“的指标有多少条”换成“的项目有几个”）";
        }

        // Words of the named project's own rows name that row (出版 in 编辑出版《天津科技年鉴》): read, for a look-up.
        if (u.Project is { } named && u.Intent is Intent.Lookup && vocabulary.Projects.FirstOrDefault(p => p.Name == named) is { } table)
        {
            var rows = string.Join('\n', table.Indicators.Select(i => i.Level3 + "\n" + i.Description));
            // A one-character verb (发 of 发布) counts beside a longer word of the rows, never a negation.
            unread.RemoveAll(fragment => fragment.Split(' ') is var words && words.Any(w => w.Length >= 2) &&
                                         words.All(w => (w.Length >= 2 || !NegationRegex().IsMatch(w)) && rows.Contains(w, StringComparison.Ordinal)));
        }

        // An average over another set than the question's (信息所的项目比战略院的平均高) is not read yet.
        if (u.AverageOf is { } of && !AverageIsOverTheQuestionsSet(of, u))
        {
            unread.Add(of);
        }

        // Nothing of the tables read at all (天气, 笑话): out of scope, answered as such with examples.
        if (unread.Count == 0 && reason is null || u.Intent is Intent.Help or Intent.Export or Intent.Draft || u.Intent is Intent.Unknown && reason is null)
        {
            return u with { Unread = u.Intent is Intent.Unknown ? unread : [] };
        }

        return u with { Intent = Intent.Unclear, Unread = unread, NotAnswerable = reason };
    }

    private bool AverageIsOverTheQuestionsSet(string of, Understanding u) =>
        of is "全部项目" or "所有项目" or "全部" or "所有" or "整体" ? u.Department is null && u.Conditions.Departments is null
            : DepartmentResolver.Candidates(of, vocabulary.Departments) is [var one] && one == u.Department;

    private static bool IsDateOrName(Understanding u, string q, Span s)
    {
        var text = q[s.Start..s.End];
        return (u.Project is { } p && p.Contains(text, StringComparison.Ordinal)) || DateLikeRegex().IsMatch(text) ||
               (u.Deadline is { } d && d.Start == s.Start && d.End == s.End);
    }

    private static IEnumerable<Regex> FrameRegexes() =>
        [SumFrameRegex(), CountRegex(), ListRegex(), NormsRegex(), ValidateRegex(), CheckCommandRegex(), ProblemRegex(), IndicatorWordRegex(), FollowUpRegex(), DeadlineSubjectRegex(), RefersBackRegex()];

    [GeneratedRegex(@"(?<!重)[大小](?:型)?项目")]
    private static partial Regex SizeRegex();

    [GeneratedRegex(@"(?<of>[\p{IsCJKUnifiedIdeographs}]{2,12}?)(?:指标)?(?:的)?(?:目标值|指标值|金额|数额)?(?:一共|总共)?(?:合计|加起来|加在一起|总和|总计|一共|总共)")]
    private static partial Regex RowsSummedRegex();
}
