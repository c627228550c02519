using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>
/// The offline question understanding: reads a Chinese question into an <see cref="Understanding"/> by small readers
/// (department, numbers with comparators and units, dates, ranks, categories, subject, topic), then decides the intent.
/// Deterministic: the same question over the same corpus gives the same reading.
/// </summary>
public sealed partial class QuestionParser(CorpusVocabulary vocabulary)
{
    /// <summary>The latest budget year the corpus holds: the year of a question that names none.</summary>
    public int Year => vocabulary.Year;

    /// <summary>The budget years the corpus holds, ascending.</summary>
    public IReadOnlyList<int> Years => vocabulary.Years;

    /// <summary>
    /// The year a reading is answered in: the one it names; else, for one named project, the latest year holding that
    /// project's table; else the latest year held.
    /// </summary>
    public int YearFor(Understanding u)
    {
        ArgumentNullException.ThrowIfNull(u);
        return u.Year ?? (u.Project is { } name ? vocabulary.LatestYearOf(name) : null) ?? vocabulary.Year;
    }

    private const int MinNamePart = 5;
    private const int MaxNameLength = 40;
    private static readonly string[] BudgetWords = ["预算", "经费", "资金", "金额", "投入"];

    // True when the question names the budget in any of its words.
    private static bool SaysBudget(string q) => BudgetWords.Any(w => q.Contains(w, StringComparison.Ordinal));
    private readonly SubjectReader _subjects = new(vocabulary);

    /// <summary>Reads one question; a change to a draft it asks for is kept beside the reading, for the engine to apply when there is a draft.</summary>
    public Understanding Parse(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // Folded and cleaned once: the reading and the draft change read the same text.
        var cleaned = Clean(question);
        var reading = Read(question, cleaned);
        return DraftEditReader.Read(cleaned) is { } edit ? reading with { DraftEdit = edit } : reading;
    }

    private Understanding Read(string question, string cleaned)
    {
        if (IsPastedTable(question))
        {
            return new Understanding { Intent = Intent.Validate, PastedTable = question };
        }

        var (q, corrections) = SpellingReader.Correct(cleaned, vocabulary.Text);
        if (q.Length == 0 || HelpRegex().IsMatch(q))
        {
            return new Understanding { Intent = Intent.Help };
        }

        if (ConceptReader.Read(q) is { } concepts)
        {
            return new Understanding { Intent = Intent.Concept, Concepts = concepts, Corrections = corrections };
        }

        if (DefinitionRegex().IsMatch(q))
        {
            // 什么是项目支出: a definition the glossary does not hold; never the tables that mention the words.
            return new Understanding { Intent = Intent.Unclear, NotAnswerable = "这是在问一个概念的含义，术语表里没有它的解释；可以问“产出指标和效益指标有什么区别”这类问题" };
        }

        if (Completeness.IsEnglish(q))
        {
            // A known English frame is read as the Chinese question it means, and says so; any other English is not read.
            return EnglishFrameReader.Translate(question) is { } chinese && !Completeness.IsEnglish(chinese)
                ? Parse(chinese) with { Corrections = [$"英文问题读作「{chinese}」"] }
                : new Understanding { Intent = Intent.Unknown, NotAnswerable = "暂不支持英文提问，请用中文问，例如“科技帮扶工程的预算是多少”" };
        }

        if (ExportRegex().Match(q) is { Success: true } export)
        {
            return new Understanding { Intent = Intent.Export, Topic = export.Groups["excel"].Success ? "xlsx" : "docx" };
        }

        if (DraftRequestReader.IsDraftRequest(q))
        {
            var (name, budget, description) = DraftRequestReader.Read(q);
            // 帮信息所起草… / 部门：战略院 / …，信息所: the department the table is for, when words name exactly one.
            var department = DraftRequestReader.DepartmentMentions(q)
                .Select(forWhom => DepartmentResolver.Candidates(forWhom, vocabulary.Departments) is [var theOne] ? theOne : null)
                .FirstOrDefault(d => d is not null);
            return new Understanding
            {
                Intent = Intent.Draft, DraftName = name, DraftBudget = budget, DraftDescription = description, Department = department,
                DraftYear = DraftRequestReader.Year(q),
            };
        }

        var used = new List<Span>();
        var refersBack = RefersBackRegex().IsMatch(q);
        var u = new Understanding
        {
            IsFollowUp = refersBack || FollowUpRegex().IsMatch(q), RefersBack = refersBack, Remainder = RemainderRegex().IsMatch(q),
            SaysAll = BureauRegex().IsMatch(q) || EveryTableRegex().IsMatch(q), Corrections = corrections,
        };

        // How a category's rows are written (数量指标写了“场”) before quoted or placed text, which would take the quote as
        // text anywhere in the table (it matched 市场); then quoted text (名称含“重大专项”), never a project name or a topic.
        u = RowFormReader.Read(q, u, used, vocabulary.Projects);
        u = TextConditionReader.Read(q, u, used);
        u = RuleConditionReader.Read(q, u, used);
        if (DropRegex().Match(q) is { Success: true } drop)
        {
            // 不要资源配置处的 / 去掉信息所的: that department's projects left out, not the names holding its short name.
            var left = drop.Groups["x"].Value;
            u = DepartmentReader.Read(left, vocabulary.Departments) is { } department && department.Span.End - department.Span.Start == left.Length
                ? u with { Conditions = u.Conditions with { ExceptDepartments = [department.Department] }, IsFollowUp = true, RefersBack = true }
                : u with { Drop = left, IsFollowUp = true, RefersBack = true };
            used.Add(Span.Of(drop));
        }

        var project = ReadProject(q);
        if (project is { } compared && used.Count == 0 && YearOverYearReader.IsComparison(q, compared.Span))
        {
            // 天津科技会展服务和上一年比有什么变化: the project against its previous year, nothing else asked.
            var held = HeldYearRegex().Match(q);
            int? year = held.Success && vocabulary.Years.Contains(int.Parse(held.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture))
                ? int.Parse(held.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : null;
            return new Understanding { Intent = Intent.Compare, Project = compared.Name, Year = year, Corrections = corrections };
        }

        if (project is { } p && !used.Any(s => s.Overlaps(p.Span)))
        {
            u = u with { Project = p.Name };
            used.Add(p.Span);
        }

        // The bureau itself (科技局, 天津市科学技术局, 本局) is every table of the corpus, not a topic to search for.
        used.AddRange(BureauRegex().Matches(q).Select(m => Span.Of(m)).Where(s => !used.Any(o => o.Overlaps(s))));
        u = AggregateReader.ReadVersusAverage(q, u, used);
        u = DepartmentSetReader.Read(q, u, used, vocabulary.Departments);
        u = DepartmentGroupReader.Read(q, u, used); // before 项目数量 is taken: 项目数量最少的部门 is a department's count
        // 项目数量 after a department or at the start asks how many projects, not for tables mentioning 项目数量 (支持项目数量).
        used.AddRange(ProjectCountRegex().Matches(q).Select(m => Span.Of(m)).Where(s => !used.Any(o => o.Overlaps(s))));
        u = RowCountReader.Read(q, u, used);
        u = AggregateReader.ReadFigure(q, u, used);

        // Ranks: a figure (最大的一笔), a row order (指标最多) or a department total already read the superlative.
        var (sort, top, ordinal, rankSpans, nth) = RankReader.Read(q);
        if (u.Ask is not (QueryAsk.Max or QueryAsk.Min) && u.Sort == ProjectSort.Default && !u.ByDepartment)
        {
            u = u with { Sort = sort, Top = top ?? u.Top, Nth = nth ?? u.Nth };
        }
        else if (u.Sort is ProjectSort.RowsDescending or ProjectSort.RowsAscending)
        {
            // 哪个设的指标最多: first place, shared by ties; 指标最多的三个项目: the first three.
            // 指标第二多: the second; 按指标条数排序 (no superlative, no place): the order alone.
            u = top is { } count ? u with { Top = count, Nth = null } : u.Top is 1 || u.Nth is not null ? u with { Top = null, Nth = u.Nth ?? 1 } : u;
        }

        // 场次最多的项目 / 人次最多的: a superlative of a count (场次, 人次, 篇数) ranks by that count, which no column holds;
        // its words are frame words elsewhere (多少场), so read as a budget order it named the largest budget.
        if (u is { Sort: ProjectSort.BudgetDescending or ProjectSort.BudgetAscending, ByDepartment: false } && CountedSuperlativeRegex().Match(q) is { Success: true } counted)
        {
            u = u with { Unread = [.. u.Unread, counted.Value], Sort = ProjectSort.Default, Top = null, Nth = null };
        }

        u = u with { Ordinal = ordinal };
        used.AddRange(rankSpans);
        if (OpensWithFirstN(q, u))
        {
            u = u with { IsFollowUp = true, RefersBack = true };
        }

        if (DateReader.Read(q, vocabulary.Year) is { } date)
        {
            u = u with { Deadline = date };
            used.Add(new Span(date.Start, date.End));
        }

        var quantities = QuantityReader.Read(q).Where(x => !used.Any(s => s.Overlaps(new Span(x.Start, x.End)))).ToList();
        used.AddRange(quantities.Select(x => new Span(x.Start, x.End)));

        var category = u.HasCategory is null ? CategoryReader.Read(q) : null;
        if (CategoryReader.ReadNeither(q) is { } neither && u.Rule is null)
        {
            // 既没有经济效益指标也没有可持续影响指标: none of them.
            u = u with { Conditions = u.Conditions with { LacksCategories = neither.Categories } };
            used.Add(neither.Span);
            category = null;
        }
        else if (CategoryReader.ReadPresent(q) is { Count: > 1 } several && u.Rule is null)
        {
            // 既有经济效益指标、又有社会效益指标: every one of them.
            u = u with { Conditions = u.Conditions with { HasCategories = several.Select(c => c.Category).Distinct().ToList() } };
            used.AddRange(several.Select(c => c.Span));
            category = null;
        }

        var thresholdQuantity = quantities.FirstOrDefault(x => !IsBudgetQuantity(q, x));
        var targetOfAnother = false;
        if (category is { } c && u.Rule is null)
        {
            used.Add(c.Span);
            // 有经济效益指标而且满意度不低于95%: the target is 满意度's, said between them; the category is only present.
            targetOfAnother = thresholdQuantity is not null && thresholdQuantity.Start > c.Span.End && !c.Category.StartsWith("满意度", StringComparison.Ordinal) &&
                              q[c.Span.End..thresholdQuantity.Start].Contains("满意", StringComparison.Ordinal);
            if (thresholdQuantity is not null && !targetOfAnother)
            {
                u = u with { Subject = c.Category };
            }
            else if (c.Lacks)
            {
                u = u with { LacksCategory = c.Category };
            }
            else
            {
                u = u with { HasCategory = c.Category };
            }
        }

        // 有社会效益指标但没有经济效益指标: one category present, another missing; both conditions.
        if (u.LacksCategory is null && u.Rule is null && CategoryReader.ReadLacking(q) is [var lacking] && !used.Any(s => s.Overlaps(lacking.Span)))
        {
            u = u with { LacksCategory = lacking.Category };
            used.Add(lacking.Span);
        }

        if (u is { HasCategory: null, Subject: null, Rule: null, LacksCategory: not null } && CategoryReader.ReadPresent(q) is [var present] &&
            !used.Any(s => s.Overlaps(present.Span)))
        {
            u = u with { HasCategory = present.Category }; // 没有可持续影响指标但有质量指标
            used.Add(present.Span);
        }

        // A topic (人工智能相关的) is read before a subject, so its words are not also taken for an indicator.
        // A year the corpus holds (2025年信息所的预算合计) scopes the question; it is not a topic.
        if (AllYearsRegex().Match(q) is { Success: true } allYears && !used.Any(s => s.Overlaps(Span.Of(allYears))))
        {
            // 近两年/历年 (and 两年的预算对比): every year held, not one; the comparison word is part of it. Two years asked
            // of a corpus holding one is a year not there: never that one year's figure as the two years'.
            u = u with
            {
                AllYears = true,
                NotAnswerable = allYears.Value.Contains('两', StringComparison.Ordinal) && vocabulary.Years.Count < 2
                    ? $"问的是两个年度，表格里只有{string.Join("、", vocabulary.Years)}年的数据"
                    : u.NotAnswerable,
            };
            used.Add(Span.Of(allYears));
            used.AddRange(YearByYearRegex().Matches(q).Select(m => Span.Of(m)).Where(s => !used.Any(o => o.Overlaps(s))));
        }

        var heldYears = HeldYearRegex().Matches(q).Where(m => vocabulary.Years.Contains(int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(m => !used.Any(u2 => u2.Overlaps(Span.Of(m)))).ToList();
        used.AddRange(heldYears.Select(m => Span.Of(m)));
        if (heldYears.Select(m => m.Groups["y"].Value).Distinct().ToList() is [var namedYear])
        {
            u = u with { Year = int.Parse(namedYear, System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (TopicReader.Read(q) is { } topic && !used.Any(s => s.Overlaps(topic.Span) && s.End - s.Start >= topic.Topic.Length))
        {
            u = u with { Topic = topic.Topic };
            used.Add(topic.Span);
        }

        // A category present or missing and a target of 满意度 beside it (有经济效益指标而且满意度不低于95%): both conditions.
        if (u.Subject is null && u.Rule is null && (u.HasCategory is null && u.LacksCategory is null || targetOfAnother) && _subjects.Read(q, used) is { } subject)
        {
            u = u with { Subject = subject.Subject };
            used.Add(subject.Span);
        }

        // Without 指标/目标 a money amount is a budget condition, not an indicator's target (1700万以上的大项目).
        if (u.Subject is { } after && !IndicatorWordRegex().IsMatch(q) && IndicatorCategory.Find(after) is null &&
            quantities.Count > 0 && quantities.All(x => x.IsMoney) && q.IndexOf(after, StringComparison.Ordinal) > quantities[0].Start)
        {
            used.RemoveAll(span => q[span.Start..span.End] == u.Subject);
            u = u with { Subject = null };
        }

        // 财政资金 is a budget field of the table, not an indicator; 资金拨付 (of 资金拨付率) names rows, and when it is not
        // read as one its words stay unread (dropped with them, 资金拨付率一般是多少 gave the budget total).
        if (u.Subject is { } named && named.Length <= 4 && MoneyFieldRegex().Match(named) is { Success: true } money)
        {
            if (money.Length < named.Length)
            {
                used.RemoveAll(span => q[span.Start..span.End] == named);
            }

            u = u with { Subject = null };
        }

        if (u is { Project: not null, Subject: { } field } && TableFieldRegex().IsMatch(field))
        {
            u = u with { Subject = null }; // 某项目的绩效目标/资金用途: the table's own fields, which its look-up shows
        }
        else if (u is { Project: null, Subject: { } tableField } && TableFieldRegex().IsMatch(tableField))
        {
            // 它的绩效目标: the one just shown, whose look-up shows it. 它们的/所有项目的绩效目标 is no row of any table (it said
            // none of the 12 tables had one): each table's goals are seen one project at a time.
            u = OneBackRegex().IsMatch(q)
                ? u with { Subject = null }
                : u with { Subject = null, Unread = [.. u.Unread, $"多个项目的{tableField}（请逐个项目查看，如“第一个项目的{tableField}”）"] };
        }

        u = Reconcile(q, u);
        // A number without a unit is an amount of money only where money is spoken of (目标值为1份的: never 预算 = 1万元).
        var spokenOfMoney = SaysBudget(q) || MoneyFieldRegex().IsMatch(q);
        var budgets = quantities.Where(x => IsBudgetQuantity(q, x) || (u.Subject is null && (Units.IsMoney(x.Unit) || (x.Unit is null && spokenOfMoney)))).ToList();
        var targets = quantities.Except(budgets).ToList();
        if (u.Subject is not null && targets is [var lower, var upper] && (lower.Unit ?? upper.Unit) is var targetUnit &&
            (lower.Unit is null || upper.Unit is null || lower.Unit == upper.Unit) && Bounds(lower, upper) is { } between)
        {
            // 满意度高于90%但低于99%: one range of the indicator's target from two bounds, each end as said.
            u = u with { Conditions = u.Conditions with { Threshold = between, ThresholdUnit = targetUnit } };
            targets = [];
        }

        u = targets.Aggregate(u, (current, x) => current.Threshold is null ? current with { Threshold = x } : current with { Unread = [.. current.Unread, q[x.Start..x.End]] });
        if (budgets is [var onlyBudget])
        {
            u = u with { Budget = onlyBudget };
        }
        else if (budgets is [var first, var second] && AggregateReader.DifferentFields(q, first.Start, second.Start) is var (saidFirst, saidSecond))
        {
            // 预算在100万以上、财政资金在80万以下: a condition on each field, never one range of either.
            u = u with { Unread = [.. u.Unread, $"{MoneyFields.Label(saidFirst)}和{MoneyFields.Label(saidSecond)}各自的金额条件"] };
        }
        else if (budgets is [var low, var high] && Bounds(low, high) is { } both)
        {
            // 大于等于500万小于1000万: one range from two bounds.
            u = u with { Conditions = u.Conditions with { Budget = both } };
        }
        else if (budgets.Count > 1)
        {
            u = u with { Unread = [.. u.Unread, .. budgets.Skip(1).Select(x => q[x.Start..x.End])] }; // two amounts that make no range
        }

        u = AggregateReader.ReadField(q, u);

        // 满意度目标最低的, 成本指标最高的, 技术合同成交额目标最高是多少: a superlative over an indicator (or a category),
        // with no money word, ranks by that indicator's target and shows the row; it is never a budget figure.
        // With a money word too, the superlative written right after the indicator is the indicator's (预算超过100万的项目中
        // 哪个满意度最高); one after the money word stays the budget's (满意度≥95%的项目中预算最高的).
        var rankedBy = u.Subject ?? u.HasCategory;
        if (rankedBy is not null && (u.Budget is null && !MoneyFieldRegex().IsMatch(q) || SaidOf(q, rankedBy)) &&
            (u.Sort is ProjectSort.BudgetAscending or ProjectSort.BudgetDescending || u.Ask is QueryAsk.Max or QueryAsk.Min))
        {
            var lowest = u.Sort == ProjectSort.BudgetAscending || u.Ask == QueryAsk.Min;
            u = u with
            {
                Subject = rankedBy, HasCategory = null, Ask = null, Nth = u.Top is null ? u.Nth ?? 1 : null, // 满意度目标第二高: the second place
                Sort = lowest ? ProjectSort.TargetAscending : ProjectSort.TargetDescending,
            };
        }

        if (u is { Project: not null, HasCategory: { } rowsOf, Subject: null, Department: null, Budget: null, Deadline: null, Topic: null } &&
            u.Conditions == new ProjectFilter())
        {
            u = u with { Subject = rowsOf, HasCategory = null }; // 某项目有哪些数量指标: that project's rows of the category
        }

        // Intent words inside a name a reader took (火炬统计调查 holds 统计), or inside an indicator's or a topic's words
        // (统计调查单位数量定的多少: it counted the 2 tables), say nothing about what is asked.
        var nameSpans = used.Where(s => s.End - s.Start >= 4 && q[s.Start..s.End] is var words &&
            ((u.Project is { } p && p.Contains(words, StringComparison.Ordinal)) || words == u.Topic || words == u.Subject)).ToList();
        var framed = new string(q.Select((c, i) => nameSpans.Any(s => s.Start <= i && i < s.End) ? '□' : c).ToArray());
        // 科技成果登记服务的预算和满意度: a money field beside a row asked of one project is its whole table (the budget was
        // dropped and the 满意度 row alone shown).
        var rowAndMoney = u is { Project: { } table, Subject: { } row, Threshold: null } && !row.Contains("预算", StringComparison.Ordinal) &&
                          MoneyFieldRegex().IsMatch(framed.Replace(table, string.Empty, StringComparison.Ordinal)) && AlsoRegex().IsMatch(framed);
        if (rowAndMoney)
        {
            u = u with { Subject = null };
        }

        // 这些项目满意度都是多少 asks each one's value (a list with its rows), never the previous count again (it said 40).
        u = u with
        {
            Intent = DecideIntent(framed, u),
            AsksWhich = ListRegex().IsMatch(framed) || (u is { Subject: not null, Threshold: null } && ValuesAskedRegex().IsMatch(framed)),
        };
        if (rowAndMoney)
        {
            u = u with { Intent = Intent.Lookup }; // its table shows both
        }

        if (u.Intent == Intent.Validate && u.Rule is null && ErrorsOnlyRegex().IsMatch(framed))
        {
            // 哪些项目有错误 / 审核不通过的: the errors only; a warning does not fail a table (it listed 25 tables with any finding).
            u = u with { ReviewSeverity = Assistant.Plugins.Validation.Severity.Error };
        }

        // 技术市场服务的财政资金和其他资金分别是多少: several of its money fields at once, which its table shows together
        // (a sum gave the one nearest the question word alone).
        if (u is { Project: not null, Budget: null, Intent: Intent.Sum } && AggregateReader.FieldsNamed(q) > 1)
        {
            u = u with { Intent = Intent.Lookup };
        }

        if (u.Project is { } one && u.Intent is Intent.Sum or Intent.Count or Intent.Figure)
        {
            u = u with { Within = [one] }; // 技术市场服务的预算是多少: that project's figure, not the bureau's
        }

        // 最贵的是哪个 / 最便宜的三个加起来多少 with no noun and no condition of its own ask of the last answer's projects
        // (nothing before: all of them); 预算最高的3个项目是哪些 names what it ranks and stands alone.
        if (u is { Intent: Intent.List or Intent.Sum or Intent.Count or Intent.Figure, HasConditions: false, Project: null, SaysAll: false } && (u.Nth ?? u.Top) is not null &&
            !q.Contains("项目", StringComparison.Ordinal))
        {
            u = u with { IsFollowUp = true };
        }

        var complete = Complete(q, u, used);
        return complete.Intent != Intent.Unclear ? complete : Either(q) ?? Pair(q) ?? complete;
    }

    // Readings that only make sense together: a deadline question's 完成时限 is not an indicator subject; a corpus
    // phrase asked about without 指标/目标 or a number is a topic (天开园的项目); a norms question about a category.
    private static Understanding Reconcile(string q, Understanding u)
    {
        // 信息所的项目什么时候完成, 信息所项目的完成时间: the 时效 rows of those tables, never the tables whose text holds the
        // words 完成时间 (4 of 信息所's 12).
        if (u is { Deadline: null, Project: null, HasCategory: null, LacksCategory: null, Sort: ProjectSort.Default } && WhenAskedRegex().IsMatch(q) &&
            (u.Topic is null || WhenAskedRegex().IsMatch(u.Topic)) && (u.Subject is null || WhenAskedRegex().IsMatch(u.Subject)))
        {
            u = u with { Topic = null, Subject = null, HasCategory = "时效指标" };
        }
        else if (u is { Deadline: null, Project: not null, Subject: null, HasCategory: null, Topic: null } && WhenAskedRegex().IsMatch(q))
        {
            u = u with { Subject = "时效指标" }; // 科技帮扶工程什么时候完成: that table's 时效 rows, not the whole table
        }

        if (u.Deadline is not null && u.Subject is { } s && DeadlineSubjectRegex().IsMatch(s))
        {
            u = u with { Subject = null };
        }

        if (u.Subject is { } subject && IndicatorCategory.Find(subject) is null && u.Topic is null && u.Project is null &&
            !IndicatorWordRegex().IsMatch(q) && !QuantityReader.Read(q).Any() && !NormsRegex().IsMatch(q))
        {
            u = u with { Subject = null, Topic = TopicReader.WithoutProjectWord(subject) };
        }

        if (NormsRegex().IsMatch(q) && u.Subject is null && (u.HasCategory ?? u.LacksCategory) is { } category)
        {
            u = u with { Subject = category, HasCategory = null, LacksCategory = null };
        }

        return u;
    }

    // 前两个加起来多少 with no order of its own: the first N of the last answer, as shown; never the corpus's first N.
    private static bool OpensWithFirstN(string q, Understanding u) =>
        u is { Top: not null, Sort: ProjectSort.Default } && RankReader.LeadsWithTop(q);

    // True when a superlative (最高, 最低 …) follows the indicator's name directly (满意度最高, 满意度目标最低).
    private static bool SaidOf(string q, string indicator) =>
        Regex.IsMatch(q, Regex.Escape(indicator.EndsWith("指标", StringComparison.Ordinal) ? indicator[..^2] : indicator) +
                         "(?:指标)?(?:的)?(?:目标值|指标值|目标|金额|数额|数值|值)?(?:设得|定得|要求)?最(?:高|低|多|少|大|小)"); // 成本指标金额最大: the row's amount

    private static bool IsBudgetQuantity(string q, Quantity quantity)
    {
        var before = q[..quantity.Start];
        var budgetAt = BudgetWords.Select(w => before.LastIndexOf(w, StringComparison.Ordinal)).Max();
        if (budgetAt < 0)
        {
            return false;
        }

        // The budget word must be the nearest subject before the number (预算超过1000万元且满意度≥95%).
        var between = before[budgetAt..];
        return !between.Contains("满意", StringComparison.Ordinal) && !between.Contains("指标", StringComparison.Ordinal) &&
               (quantity.Unit is null || Units.IsMoney(quantity.Unit));
    }

    private static bool IsPastedTable(string text) =>
        text.Contains('\t', StringComparison.Ordinal) && text.Count(c => c == '\n') >= 3;
}
