using Assistant.Bot.Understanding;
using Assistant.Plugins.Queries;

namespace Assistant.Bot.Conversation;

/// <summary>
/// Merges a follow-up into the previous question: 其中预算超过1000万元的呢 adds a condition among the previous
/// projects; 那战略院呢 replaces the department; 按预算排序 re-sorts; 第二个项目的指标 looks up the second project shown.
/// </summary>
public static class FollowUpResolver
{
    /// <summary>The understanding to answer, given the conversation's state.</summary>
    public static Understanding.Understanding Resolve(Understanding.Understanding u, ConversationState? state)
    {
        ArgumentNullException.ThrowIfNull(u);
        if (u.Intent is Intent.Unclear || u is { Intent: Intent.Unknown, Unread.Count: > 0 })
        {
            return u; // a question not read completely stays unanswered, follow-up or not (它们的绩效目标 listed them again)
        }

        if (u is { ThresholdAlone: true, Threshold: { } alone })
        {
            // ≥98%的呢 after 满意度≥95%的项目有几个: the same indicator with the new target (a bare 98% keeps ≥). With no
            // indicator compared before, or a number of another unit, there is nothing to compare it with.
            // 1000以上的呢 after 预算超过500万的项目: a number without a unit after a money condition is that money again.
            if (state?.Last is { Subject: null, Budget: { } amount } && alone.Unit is null)
            {
                return Resolve(u with
                {
                    ThresholdAlone = false, Threshold = null,
                    Budget = alone with { Unit = amount.Unit, Comparator = alone.Comparator ?? (alone.NotEqual ? null : amount.Comparator) },
                }, state);
            }

            if (state?.Last is not { Subject: { } subject, Threshold: { } compared } || (alone.Unit is not null && alone.Unit != compared.Unit))
            {
                return u with { Intent = Intent.Unclear, NotAnswerable = $"只给了一个数「{alone.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{alone.Unit}」，上一个问题里没有可以和它比较的同单位指标；请说明是哪个指标，如“满意度≥98%的呢”" };
            }

            u = u with
            {
                Subject = subject, ThresholdAlone = false,
                Threshold = alone.Comparator is null && !alone.NotEqual
                    ? alone with { Comparator = compared.Comparator, NotEqual = compared.NotEqual, Unit = alone.Unit ?? compared.Unit }
                    : alone with { Unit = alone.Unit ?? compared.Unit },
            };
        }

        if ((state?.Last is null || state.Projects.Count == 0 && state.Last.Intent is not (Intent.Count or Intent.Sum or Intent.Norms)) && u.RefersBack)
        {
            // 这些/它们/上面那些 with nothing before: never an answer over all projects.
            return u with { Intent = Intent.Unclear, NotAnswerable = "问题指的是上一条回答的项目，但这次对话里还没有上一条回答" };
        }

        if (u.Remainder && state?.Last is not { LeftAfterDrop: true })
        {
            // 剩下的项目 after a list nothing was taken from: the rest of what is not said, never that list again.
            return u with { Intent = Intent.Unclear, NotAnswerable = "“剩下的”要在“去掉…”之后才知道指哪些项目；请说明去掉哪些，或直接说条件" };
        }

        if (u.Ordinal == Understanding.Understanding.LastOrdinal)
        {
            // 最后一个: the last shown, when the answer showed them all; a long list's last is not known.
            if (state is null || state.Projects.Count == 0)
            {
                return u with { Intent = Intent.Unclear, NotAnswerable = "“最后一个”指上一条回答列出的项目，但这次对话里还没有列出项目的回答" };
            }

            if (state.Partial)
            {
                return u with { Intent = Intent.Unclear, NotAnswerable = "上一条回答没有列出全部项目，不知道“最后一个”是哪个；请加上条件缩小范围再问" };
            }

            u = u with { Ordinal = state.Projects.Count };
        }

        if (state is null)
        {
            return u;
        }

        if (u.Ordinal is { } n && n >= 1 && n <= state.Projects.Count)
        {
            return u with { Intent = u.Intent == Intent.Validate ? Intent.Validate : Intent.Lookup, Project = state.Projects[n - 1] };
        }

        if (u.Ordinal is { } beyond && state.Projects.Count > 0 && !state.Partial)
        {
            // 第二个呢 after an answer about one project: there is no second to pick.
            return u with { Intent = Intent.Unclear, NotAnswerable = $"上一条回答只有 {state.Projects.Count} 个项目，没有第 {beyond} 个" };
        }

        var previous = state.Last;
        if (previous is null)
        {
            return u;
        }

        // 检查一下它 / 审核这些项目: the review of the previous answer's tables, whatever else that answer asked.
        if (u is { Intent: Intent.Validate, RefersBack: true, Project: null } && state.Projects.Count > 0)
        {
            return state.Partial
                ? u with { Intent = Intent.Unclear, NotAnswerable = $"上一条回答的项目太多（只列出了前 {state.Projects.Count} 个），请加上条件缩小范围后再检查" }
                : u with { Within = state.Projects, Project = state.Projects is [var only] ? only : null, Year = previous.Year, IsFollowUp = true };
        }

        // A draft that was waiting for its budget: 80万 completes it. Anything else (今天天气怎么样) is not a draft again.
        if (previous is { Intent: Intent.Draft, DraftBudget: null, DraftEdit: null } && u.Intent is Intent.Unknown or Intent.List && u.Budget is { } budget &&
            u is { Department: null, Subject: null, Topic: null, Project: null })
        {
            return previous with { DraftBudget = budget.InWan(budget.Value) };
        }

        // 预算合计多少 / 一共有多少个 right after an answer, with no condition of its own and no word for every table: the
        // figure of that answer's projects (after 战略院的项目有哪些 it added up all 95 tables).
        if (!u.IsFollowUp && state.Projects.Count > 0 && u.Intent is Intent.Sum or Intent.Count or Intent.Figure && !u.SaysAll &&
            u is { HasConditions: false, Project: null, Within: null, Year: null, ByDepartment: false, Top: null, Nth: null, Threshold: null, AllYears: false })
        {
            u = u with { IsFollowUp = true };
        }

        // 满意度是多少 / 数量指标有哪些 right after one project's table: that table's rows of it (it listed every table's).
        // With a word for every table (所有项目的满意度) or any condition, it is a question of its own.
        if (!u.IsFollowUp && previous is { Intent: Intent.Lookup, Project: { } shown } && !u.SaysAll && (u.Subject ?? u.HasCategory) is { } rowsAsked &&
            u is { Project: null, Department: null, Budget: null, Deadline: null, Topic: null, Ask: null, Threshold: null, Top: null, Nth: null, Sort: ProjectSort.Default } &&
            u.Conditions == new ProjectFilter() && u.Intent is Intent.List or Intent.Lookup)
        {
            return u with { Project = shown, Subject = rowsAsked, HasCategory = null, Intent = Intent.Lookup, Within = null, IsFollowUp = true };
        }

        // Otherwise only a question marked as a follow-up (其中…, …呢, 按预算排序, 这些…) refines; "预算最高的3个项目是哪些"
        // is a question of its own, whatever was asked before.
        if (!u.IsFollowUp)
        {
            return u;
        }

        // 时效呢 with nothing of it read: never the previous question asked again (it listed the 满意度 rows once more).
        if (u is { Intent: Intent.Unknown, HasConditions: false, Ask: null, Project: null, Top: null, Nth: null, Ordinal: null, Drop: null, Year: null, ByDepartment: false } &&
            u.Sort == ProjectSort.Default && !u.RefersBack)
        {
            return u;
        }

        // A condition of the same kind replaces the old one (那100万到300万的呢 is a new range, not an intersection).
        if (u.Drop is { } drop)
        {
            // 去掉网络安全那个: the previous projects less those whose name holds the words; nothing matched is unclear.
            if (state.Partial)
            {
                return u with { Intent = Intent.Unclear, NotAnswerable = $"上一条回答的项目太多（只列出了前 {state.Projects.Count} 个），无法逐个去掉名称含“{drop}”的；请加上条件缩小范围再问" };
            }

            var dropped = state.Projects.Where(n => n.Contains(drop, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            if (dropped.Count == 0)
            {
                return u with { Intent = Intent.Unclear, NotAnswerable = $"上一条回答的项目里没有名称含“{drop}”的" };
            }

            return previous with
            {
                Within = state.Projects.Where(n => !dropped.Contains(n)).ToList(),
                Intent = Intent.List, IsFollowUp = true, Project = null, Ordinal = null, Drop = null, Top = null, Nth = null,
                Sort = ProjectSort.Default, Ask = null, LeftAfterDrop = true,
            };
        }

        // 那科技宣传专项工作呢 after 科技帮扶工程的预算是多少: the same question of the project now named (it answered the
        // previous project's 150 万元 again). A follow-up naming a project with words of its own is a question of its own.
        if (u.Project is { } named && named != previous.Project)
        {
            return previous.Project is not null && u is { HasConditions: false, Ask: null, Top: null, Nth: null } &&
                   u.Intent is Intent.List or Intent.Lookup or Intent.Unknown
                ? previous with { Project = named, Within = previous.Within is null ? null : [named], Year = u.Year ?? previous.Year, IsFollowUp = true, Ordinal = null }
                : u;
        }

        // 它的预算 / 这个项目一共多少 after several projects: which one is not known, and their total is not what was asked.
        if (u is { RefersToOne: true, Project: null } && previous.Project is null && state.Projects.Count > 1 && u.Intent is Intent.Sum or Intent.Count or Intent.Figure)
        {
            return u with { Intent = Intent.Unclear, NotAnswerable = $"问题说的是一个项目，但上一条回答有 {state.Projects.Count} 个项目，不知道指哪一个；请说项目名称，或“第一个项目的预算”这样指明" };
        }

        // 它的成本指标呢 / 满意度目标呢 after one project: that project's rows of the new subject. A condition on the rows
        // (满意度是90%的) or a figure (加起来多少) is a question of its own over the previous projects, not a look-up.
        var one = previous.Project ?? (state.Projects is [var single] ? single : null);
        if (one is not null && u is { RefersBack: true, Project: null, HasConditions: false, Ask: null } &&
            u.Intent is Intent.List or Intent.Unknown or Intent.Lookup)
        {
            // 它的指标有哪些 after one project: its table.
            return u with { Project = one, Intent = Intent.Lookup, Within = null, IsFollowUp = true };
        }

        if (one is not null && (u.Subject ?? u.HasCategory) is { } asked && u.Project is null &&
            u is { Department: null, Budget: null, Deadline: null, Topic: null, Ask: null, Threshold: null } &&
            u.Intent is not (Intent.Sum or Intent.Count or Intent.Figure) && u.Conditions == new ProjectFilter())
        {
            return u with { Project = one, Subject = asked, HasCategory = null, Intent = Intent.Lookup, Within = null, IsFollowUp = true };
        }

        // 成本指标呢 after 满意度一般设多少: the norms of that category (it gave 满意度's again, among tables with a 成本 row).
        if (previous.Intent is Intent.Norms && u is { Subject: null, HasCategory: { } category })
        {
            u = u with { Subject = category, HasCategory = null };
        }

        // 时效呢 after 满意度呢 (rows of one indicator shown for each project): that category's rows now, in its place (it
        // showed the 满意度 rows again, among tables that also have a 时效 row).
        if (previous is { Subject: not null, Threshold: null, Conditions.Threshold: null } && u is { Subject: null, HasCategory: { } rowsNow, Threshold: null, Conditions.CategoryRows: null })
        {
            u = u with { Subject = rowsNow, HasCategory = null };
        }

        // 5000万呢 after 超过1000万的呢: the same comparison with the new amount (it read 预算 = 5000万 and said none).
        if (u.Budget is { Comparator: null, Upper: null, NotEqual: false } bare && previous.Budget is { Comparator: { } kept, Upper: null } before)
        {
            u = u with { Budget = bare with { Comparator = kept, NotEqual = before.NotEqual } };
        }

        var replaces = (u.Department is not null && previous.Department is not null) || (u.Budget is not null && previous.Budget is not null) ||
                       (TextOf(u.Conditions) is not null && TextOf(previous.Conditions) is not null) ||
                       (u.Deadline is not null && previous.Deadline is not null) || (u.Subject is not null && previous.Subject is not null) ||
                       (u.Topic is not null && previous.Topic is not null) || (u.Year is not null && u.Year != previous.Year) ||
                       // 那战略院呢 after one project's row asks about 战略院's projects, not that project within 战略院.
                       (previous.Project is not null && (u.Department is not null || u.Topic is not null || u.Budget is not null));
        if (state.Partial && !replaces && previous.Top is { } top)
        {
            // The first N of a list too long to carry: its conditions find more than those N again.
            return u with { Intent = Intent.Unclear, NotAnswerable = $"上一条回答的前 {top} 个项目太多，没有全部记下，无法在其中再筛选；请加上条件缩小范围再问" };
        }

        var merged = previous with
        {
            Department = u.Department ?? previous.Department,
            Year = u.Year ?? previous.Year,
            Budget = u.Budget ?? previous.Budget,
            Subject = u.Subject ?? previous.Subject,
            Threshold = u.Subject is not null ? u.Threshold : u.Threshold ?? previous.Threshold,
            Deadline = u.Deadline ?? previous.Deadline,
            HasCategory = u.HasCategory ?? previous.HasCategory,
            LacksCategory = u.LacksCategory ?? previous.LacksCategory,
            Topic = u.Topic ?? previous.Topic,
            Sort = u.Sort != ProjectSort.Default ? u.Sort : previous.Sort,
            Top = u.Top ?? (u.Sort != ProjectSort.Default || u.HasConditions ? null : previous.Top),
            // The previous answer's projects, when it carried them all; else its conditions (merged above) find them again.
            // 第二少的呢 after 哪个预算最少: another place among the same projects, not within the one place shown.
            Within = replaces || state.Projects.Count == 0 ? null
                : state.Partial || (previous.Nth is not null && u is { HasConditions: false } && (u.Nth is not null || u.Top is not null || u.Sort != ProjectSort.Default)) ? previous.Within
                : state.Projects,
            WithinSaid = null, // the previous answer's projects now, however they were first said
            IsFollowUp = true,
            Project = null,
            Ordinal = null,
            // What a 去掉 left stays "what is left" until a condition narrows it.
            LeftAfterDrop = previous.LeftAfterDrop && !u.HasConditions,
            // A target range belongs to its subject: a new subject or target drops the old range (它的时效指标 after 满意度 90–99%).
            Conditions = Merge(previous.Conditions, u.Conditions) is var conditions && (u.Subject is not null || u.Threshold is not null)
                ? conditions with { Threshold = u.Conditions.Threshold, ThresholdUnit = u.Conditions.ThresholdUnit }
                : conditions,
            Ask = u.Ask,
            Field = u.Field,
            RowsOf = u.RowsOf,
            Nth = u.Nth,
            ByDepartment = u.ByDepartment,
            CountsDepartments = u.CountsDepartments, // 这些部门的预算合计 after 一共有几个部门 asks the money, not the count again
            ReviewSeverity = u.ReviewSeverity,
            Corrections = u.Corrections,
        };
        // A follow-up without a figure of its own asks the previous one again (其中预算超过1000万元的呢); one that asks
        // which (其中满意度最高的是哪个: a place or the first N), only orders (按预算从高到低排一下) or only asks for the
        // list (列出来, 具体是哪些: nothing but the list word; 其中信息所的是哪个: a list word) lists, whatever was added up before.
        var intent = u.Intent is Intent.Count or Intent.Sum or Intent.Figure or Intent.Norms or Intent.Validate
            ? u.Intent
            : u.Intent is Intent.List && (u.Nth is not null || u.Top is not null || !u.HasConditions || u.AsksWhich) ? Intent.List
            : previous.Intent is Intent.List or Intent.Count or Intent.Sum or Intent.Norms ? previous.Intent : Intent.List;
        return merged with { Intent = intent };
    }

    // A condition of the new question replaces the same kind of the old one; a new text condition (不只看名称，表里任何
    // 地方提到监理的) replaces every old text condition rather than narrowing it.
    private static string? TextOf(ProjectFilter f) => f.NameContains ?? f.NameStartsWith ?? f.NameEndsWith ?? f.GoalsContain ?? f.UsageContains ?? f.TextContains;

    private static ProjectFilter Merge(ProjectFilter old, ProjectFilter now)
    {
        var kept = TextOf(now) is null ? old : old with { NameContains = null, NameStartsWith = null, NameEndsWith = null, GoalsContain = null, UsageContains = null, TextContains = null };
        return kept with
        {
            Departments = now.Departments ?? kept.Departments,
            ExceptDepartments = now.ExceptDepartments ?? kept.ExceptDepartments,
            Budget = now.Budget ?? kept.Budget,
            BudgetField = now.Budget is null ? kept.BudgetField : now.BudgetField,
            NameContains = now.NameContains ?? kept.NameContains,
            NameLacks = now.NameLacks ?? kept.NameLacks,
            NameStartsWith = now.NameStartsWith ?? kept.NameStartsWith,
            NameEndsWith = now.NameEndsWith ?? kept.NameEndsWith,
            GoalsContain = now.GoalsContain ?? kept.GoalsContain,
            UsageContains = now.UsageContains ?? kept.UsageContains,
            TextContains = now.TextContains ?? kept.TextContains,
            RowCount = now.RowCount ?? kept.RowCount,
            HasCategories = now.HasCategories ?? kept.HasCategories,
            LacksCategories = now.LacksCategories ?? kept.LacksCategories,
            CategoryRows = now.CategoryRows ?? kept.CategoryRows,
        };
    }
}
