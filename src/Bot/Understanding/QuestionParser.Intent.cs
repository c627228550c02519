using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>What is asked, and which project a question names.</summary>
public sealed partial class QuestionParser
{
    private Intent DecideIntent(string q, Understanding u)
    {
        // A review request (检查…, 有什么问题) runs the review; a rule named as a condition (成本超预算的项目有几个) is a query.
        if (ValidateRegex().IsMatch(q) && (u.Project is not null || u.Rule is not null || u.RefersBack || ProblemRegex().IsMatch(q)))
        {
            return Intent.Validate;
        }

        // 检查一下信息所的表: a command to review the tables the conditions select (it listed 信息所's projects).
        if (CheckCommandRegex().IsMatch(q) && u.HasConditions)
        {
            return Intent.Validate;
        }

        if (u.Ordinal is not null)
        {
            return Intent.Lookup;
        }

        if (u.Ask is QueryAsk.Average or QueryAsk.Max or QueryAsk.Min or QueryAsk.Rows or QueryAsk.Excess)
        {
            return Intent.Figure;
        }

        if (u.AllYears && YearByYearRegex().IsMatch(q) && SaysBudget(q) && u.Subject is null)
        {
            return Intent.Sum; // 两年的预算对比: the budget year by year
        }

        if (NormsRegex().IsMatch(q) && u.Subject is not null)
        {
            return Intent.Norms;
        }

        // 加起来有几个: a count word after the sum word asks how many (加起来一共多少 stays a sum).
        if (SumRegex().Match(q) is { Success: true } sum)
        {
            return StrongCountRegex().Match(q, sum.Index + sum.Length).Success ? Intent.Count : Intent.Sum;
        }

        if (CountRegex().IsMatch(q))
        {
            return Intent.Count;
        }

        // 天津科技会展服务的预算 / 它的财政资金 / 它们的预算: a project's (or those just shown) money field, named as the whole ask, asks the figure.
        if ((u.Project is not null || RefersBackRegex().IsMatch(q)) && u.Subject is null && FieldAskedRegex().IsMatch(q))
        {
            return Intent.Sum;
        }

        // "科技成果登记服务的满意度目标是多少": one project, perhaps one of its indicators.
        if (u.Project is not null && u is { Department: null, Budget: null, Deadline: null, HasCategory: null, LacksCategory: null, Topic: null })
        {
            return Intent.Lookup;
        }

        // A rule alone (成本超预算的项目) is best answered by the review itself, whose findings say by how much.
        if (u.Rule is not null && u.Conditions == new ProjectFilter { FailsRule = u.Rule, FailsRuleSeverity = u.Conditions.FailsRuleSeverity } &&
            u is { Department: null, Budget: null, Subject: null, Deadline: null, HasCategory: null, LacksCategory: null, Topic: null, Project: null })
        {
            return Intent.Validate;
        }

        if (u.HasConditions || u.Top is not null || u.Sort != ProjectSort.Default)
        {
            return Intent.List;
        }

        // 有哪些部门: the departments, listed with their projects.
        return ListRegex().IsMatch(q) && (u.IsFollowUp || u.ByDepartment || q.Contains("项目", StringComparison.Ordinal)) ? Intent.List : Intent.Unknown;
    }

    // The one project name holding a part of four or more characters, or null when none or several do.
    private string? OnlyNameHolding(string part) =>
        part.Length >= 4 && vocabulary.Names.Containing(part, limit: 2) is [var only] ? vocabulary.ProjectNames[only] : null;

    private (string Name, Span Span)? ReadProject(string q)
    {
        // A whole name: the longest (then the first in corpus order) of the names the question holds.
        var best = -1;
        for (var start = 0; start < q.Length; start++)
        {
            for (var length = 1; length <= vocabulary.MaxNameLength && start + length <= q.Length; length++)
            {
                var id = vocabulary.NameId(q.AsSpan(start, length));
                if (id >= 0 && (best < 0 || id < best))
                {
                    best = id;
                }
            }
        }

        if (best >= 0)
        {
            var name = vocabulary.ProjectNames[best];
            var at = q.IndexOf(name, StringComparison.Ordinal);
            return (name, new Span(at, at + name.Length));
        }

        if (MostOfOneName(q) is { } most)
        {
            return most;
        }

        // "科技志鉴编纂那个项目": part of one name, pointed at.
        if (PointedNameRegex().Match(q) is { Success: true } pointed && OnlyNameHolding(pointed.Groups["name"].Value) is { } pointedAt)
        {
            return (pointedAt, Span.Of(pointed));
        }

        // "科技志鉴编纂的预算是多少": part of one name opening the question, asked for one of its fields.
        if (OpeningNameRegex().Match(q) is { Success: true } opening && OnlyNameHolding(opening.Groups["name"].Value) is { } opened)
        {
            return (opened, new Span(0, opening.Groups["name"].Length));
        }

        // "外国专家项目资助的指标": part of one name, followed by a lookup word.
        if (LookupRegex().Match(q) is { Success: true } m && OnlyNameHolding(m.Groups["name"].Value) is { } looked)
        {
            var part = m.Groups["name"];
            return (looked, new Span(part.Index, part.Index + part.Length));
        }

        return null;
    }

    // Most of one project's name (科技成果登记服务 for 天津市科技成果登记服务): the longest piece (then the first) that
    // one name alone holds. The names holding a piece starting at one place only shrink as it grows, so only the
    // longest piece any name holds can be held by one alone; that length is found by halving.
    private (string Name, Span Span)? MostOfOneName(string q)
    {
        (int Start, int Length, int Name)? part = null;
        for (var start = 0; start + MinNamePart <= q.Length; start++)
        {
            var (held, longest) = (MinNamePart, Math.Min(q.Length - start, MaxNameLength));
            if ((part is { } found && longest <= found.Length) || !vocabulary.Names.Contains(q.Substring(start, held)))
            {
                continue;
            }

            while (held < longest)
            {
                var length = (held + longest + 1) / 2;
                (held, longest) = vocabulary.Names.Contains(q.Substring(start, length)) ? (length, longest) : (held, length - 1);
            }

            var matches = vocabulary.Names.Containing(q.Substring(start, held), limit: 2);
            if ((part is not { } best || held > best.Length) && matches.Count == 1 &&
                (held * 10 >= vocabulary.ProjectNames[matches[0]].Length * 6 || held >= 10))
            {
                part = (start, held, matches[0]);
            }
        }

        return part is { } piece ? (vocabulary.ProjectNames[piece.Name], new Span(piece.Start, piece.Start + piece.Length)) : null;
    }
}
