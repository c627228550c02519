using Assistant.Bot.Answers;
using Assistant.Bot.Understanding;
using Assistant.Plugins.Comparison;
using Assistant.Plugins.Drafting;
using Assistant.Plugins.Glossary;
using Assistant.Plugins.Hosting;
using Assistant.Plugins.Lookup;
using Assistant.Plugins.Norms;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Assistant.Bot.Conversation;

/// <summary>
/// The default engine: the deterministic question understanding turns a question into plugin calls through the
/// Semantic Kernel <see cref="Kernel"/>, the same functions a model would call, and composes the answer from their
/// typed results. No model and no network.
/// </summary>
public sealed partial class OfflineConversationEngine(Kernel kernel, CorpusProvider corpus, IConversationStore store, TimeProvider clock,
    ILogger<OfflineConversationEngine> logger, IOptions<ConversationOptions> options) : IConversationEngine
{
    private readonly Lock _lock = new();
    private (CorpusIndex Index, QuestionParser Parser)? _parser;

    /// <summary>The polite answer to a question over <c>Conversation:MaxQuestionLength</c>, which is not read at all.</summary>
    public Answer? TooLong(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var max = options.Value.MaxQuestionLength;
        return text.Length <= max
            ? null
            : Answer.Plain(text[..Math.Min(text.Length, 100)] + "…", Intent.Unclear,
                $"这个问题太长了（{text.Length} 个字符），我最多读 {max} 个字符。请只发问题本身；要审核整张表格，请上传 Word 或 Excel 文件。");
    }

    /// <inheritdoc />
    public async Task<Answer> AskAsync(string conversationId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(text);
        if (TooLong(text) is { } refusal)
        {
            return refusal;
        }

        var state = store.Get(conversationId);
        var parsed = Parser().Parse(text);
        var understood = await WithinRankedSetAsync(text, cancellationToken).ConfigureAwait(false) ?? FollowUpResolver.Resolve(parsed, state);
        if (parsed.DraftEdit is { } asked && state?.Draft is not null && state.Last?.Intent == Intent.Draft)
        {
            understood = new Understanding.Understanding { Intent = Intent.Draft, DraftEdit = asked }; // a change to the draft just made
        }
        LogUnderstood(logger, understood.Intent, understood.IsFollowUp);
        Answer answer;
        try
        {
            answer = await AnswerAsync(text, understood, state, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            // A condition the plugins cannot apply (an ambiguous department, a draft row that is not there): tell the user,
            // answer nothing else, and keep the conversation as it was (the draft can still be changed or exported).
            var reason = ex.ParamName is { } name ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : ex.Message;
            answer = Answer.Plain(text, Intent.Unclear, $"这个问题里有一处我无法确定：{reason}。请换个说法再问。");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not ArgumentException)
        {
            // Every front door gets a polite answer; the error goes to the log (without the question's text).
            LogFailed(logger, understood.Intent, ex);
            answer = Answer.Plain(text, Intent.Unknown, "抱歉，处理这个问题时出错了，已记录下来。请换个说法再试，或稍后再问。");
        }

        if (answer.Intent is not (Intent.Help or Intent.Unknown or Intent.Unclear or Intent.Export or Intent.Concept))
        {
            var year = answer.Draft?.Year ?? Parser().YearFor(understood); // a draft is for its own budget year
            var reading = ReadingText.Line(understood, year, Parser().Years);
            answer = answer with { Text = reading + "\n\n" + answer.Text, Blocks = [AnswerBlock.Reading(reading), .. answer.Blocks], Reading = understood, Year = year };
        }

        var remembered = answer.Intent is Intent.Help or Intent.Unknown or Intent.Unclear or Intent.Export ? state?.Last : understood;
        // An answer about projects is the new "those": a count of none too (把它们列出来 after 共 0 个 listed an older answer's two).
        var newList = answer.Intent is not Intent.Export && (answer.Projects.Count > 0 || answer.Intent is Intent.List or Intent.Count or Intent.Sum or Intent.Figure);
        var projects = newList ? answer.Projects.Select(p => p.Name).ToList() : state?.Projects ?? [];
        var evidence = newList ? answer.Citations : state?.Evidence;
        // A new answer replaces the draft as the thing to export, unless it is the export itself or no answer at all.
        var draft = answer.Intent is Intent.Export or Intent.Unclear or Intent.Unknown or Intent.Help ? state?.Draft : answer.Draft;
        var listYear = newList ? answer.Year : state?.Year;
        var partial = newList ? answer.Total is not null : state?.Partial ?? false;
        var saved = new ConversationState(remembered, projects, draft, clock.GetUtcNow(), evidence, listYear, partial);
        store.Save(conversationId, saved);
        if (answer.Intent is not Intent.Export && (answer.Draft is not null || (newList && answer.Projects.Count > 0)))
        {
            var token = Snapshot(saved);
            answer = answer with { Exports = new AnswerExports(ExportLink(token, "docx"), ExportLink(token, "xlsx")) };
        }

        return answer;
    }

    // 预算最高的5个项目中有几个是资源配置处的: the five first (the set read alone and answered), then the rest asked of them
    // as a follow-up would be (其中有几个是资源配置处的); the condition never takes part in the ranking (it said 5, not 4).
    // Null when the question is not of this form or its set is not a first N; never the question read as one set of
    // conditions, which would rank after the condition.
    private async Task<Understanding.Understanding?> WithinRankedSetAsync(string text, CancellationToken ct)
    {
        if (RankedSetReader.Split(text) is not var (said, rest) || Parser().Parse(said) is not { Intent: Intent.List, Top: { } top } set)
        {
            return await OfRankedSetAsync(text, ct).ConfigureAwait(false);
        }

        var listed = await AnswerAsync(said, set, null, ct).ConfigureAwait(false);
        if (listed.Intent != Intent.List || listed.Total is not null || listed.TiedAtCut)
        {
            var why = listed.TiedAtCut
                ? $"「{said}」的第 {top} 名与其他项目并列，取哪 {top} 个由表格顺序决定，在其中再筛选的结果不确定；可以先问“{said}”，看全部并列的项目"
                : $"「{said}」没能得出一组确定的项目，无法在其中再筛选；可以先问“{said}”";
            return new Understanding.Understanding { Intent = Intent.Unclear, NotAnswerable = why };
        }

        return AskedOf(set, listed, said, "其中" + rest);
    }

    // 预算最高的项目的专家库人数目标 / 的绩效目标: the highest budget first (read alone and answered), then asked of that
    // project as if named (it ranked only the tables with such a row and showed another). Several projects (最高的三个项目
    // 的满意度) are asked their indicator as a follow-up. Null when the rest asks nothing of the project's table or rows
    // (预算最高的项目的部门: the list shows it); a tie at the place asked is unclear.
    private async Task<Understanding.Understanding?> OfRankedSetAsync(string text, CancellationToken ct)
    {
        if (RankedSetReader.SplitOwned(text) is not var (said, asked) || Parser().Parse(said) is not { Intent: Intent.List } set || (set.Top ?? set.Nth) is null)
        {
            return null;
        }

        var rows = Parser().Parse(asked);
        var indicator = (rows.Subject ?? rows.HasCategory) is not null && rows.Intent is Intent.List or Intent.Lookup or Intent.Unknown &&
                        !(rows with { Subject = null, HasCategory = null }).HasConditions;
        var ofTable = RankedSetReader.AsksTable(asked);
        if (!indicator && !ofTable)
        {
            return null;
        }

        var listed = await AnswerAsync(said, set, null, ct).ConfigureAwait(false);
        var names = listed.Projects.Select(p => p.Name).ToList();
        if (listed.Intent != Intent.List || listed.Total is not null || listed.TiedAtCut || names.Count == 0 ||
            (set.Nth is not null || ofTable) && names.Count > 1)
        {
            return new Understanding.Understanding
            {
                Intent = Intent.Unclear,
                NotAnswerable = $"「{said}」不是确定的一个项目（有并列，或没有这样的项目），无法再查它的「{asked}」；可以先问“{said}”",
            };
        }

        if (ofTable)
        {
            return new Understanding.Understanding { Intent = Intent.Lookup, Project = names[0], Year = set.Year, WithinSaid = said }; // its table
        }

        // One project: its rows of the indicator, as right after its table; several: those of them holding it (其中…).
        return names is [var one]
            ? AskedOf(set with { Intent = Intent.Lookup, Project = one }, listed, said, asked)
            : AskedOf(set, listed, said, "其中" + asked);
    }

    // The rest of a ranked-set question asked of the projects the set's answer listed, as a follow-up to it (previous);
    // the reading names the set as it was said.
    private Understanding.Understanding AskedOf(Understanding.Understanding previous, Answer listed, string said, string question)
    {
        var those = new ConversationState(previous, listed.Projects.Select(p => p.Name).ToList(), null, clock.GetUtcNow(), listed.Citations, listed.Year);
        var within = FollowUpResolver.Resolve(Parser().Parse(question), those);
        return within.Intent is Intent.Unclear or Intent.Unknown ? within : within with { WithinSaid = said };
    }

    /// <summary>The plan and answer for an understood question.</summary>
    private async Task<Answer> AnswerAsync(string text, Understanding.Understanding u, ConversationState? state, CancellationToken ct)
    {
        var projects = corpus.Current.Projects;
        if (u is { Intent: Intent.Draft, DraftEdit: { } edit } && state?.Draft is { } last)
        {
            // 把满意度改成95% right after a draft: the draft changed as asked, and reviewed again.
            var revised = await CallAsync<DraftResult>(AssistantPlugins.Drafting, "revise_draft",
                new KernelArguments { ["draft"] = last, ["edit"] = edit }, ct).ConfigureAwait(false);
            return TableAnswers.Draft(text, revised, projects);
        }

        if (u.AllYears && u.Intent is not (Intent.Count or Intent.Sum or Intent.Figure or Intent.List or Intent.Norms or Intent.Unclear or Intent.Unknown or Intent.Help))
        {
            // 近两年 asked of one table, a review or a draft: not answered as one year's.
            return Answer.Plain(text, Intent.Unclear, "“近两年/历年”只能用于统计、清单和常用指标值。要看一个项目两年的变化，请问“项目名称和上一年比有什么变化”。");
        }

        switch (u.Intent)
        {
            case Intent.Help:
                return GuidanceAnswers.Help(text);
            case Intent.Export:
                return GuidanceAnswers.Export(text, state, u.Topic ?? "docx", state is null ? string.Empty : ExportLink(Snapshot(state), u.Topic ?? "docx"));
            case Intent.Draft when u.DraftName is null:
                return Answer.Plain(text, Intent.Draft, "请告诉我新项目的名称，例如：帮我起草一个“科普进社区活动”项目的绩效目标表，预算30万元。");
            case Intent.Draft when u.DraftBudget is null:
                return Answer.Plain(text, Intent.Draft, $"「{u.DraftName}」的预算是多少万元？例如：预算30万元。");
            case Intent.Draft:
                var draft = await CallAsync<DraftResult>(AssistantPlugins.Drafting, "draft_table", new KernelArguments
                {
                    ["name"] = u.DraftName, ["budget"] = u.DraftBudget, ["description"] = u.DraftDescription, ["department"] = u.Department,
                    ["year"] = u.DraftYear,
                }, ct).ConfigureAwait(false);
                return TableAnswers.Draft(text, draft, projects);
            case Intent.Validate:
                return TableAnswers.Validation(text, await ValidateAsync(u, ct).ConfigureAwait(false), projects, u.Rule, u.Conditions.FailsRuleSeverity ?? u.ReviewSeverity);
            case Intent.Lookup when u.Project is not null && u.Subject is not null:
                var ofProject = u with { Within = [u.Project], Top = null, Nth = null, Sort = ProjectSort.Default, Ask = null };
                var rows = await QueryAsync(QuestionParser.ToQuery(ofProject, Parser().YearFor(u)), ct).ConfigureAwait(false);
                if (rows.Projects.Count == 0 && u.Threshold is not null)
                {
                    // 满意度超过95%的技术市场服务: it has the row, at ≥95%; "no such indicator" was not true.
                    var written = await QueryAsync(QuestionParser.ToQuery(ofProject with { Threshold = null }, Parser().YearFor(u)), ct).ConfigureAwait(false);
                    if (written.Projects.Count == 1)
                    {
                        return TableAnswers.Indicators(text, u.Project, u.Subject, written, rows.Criteria);
                    }
                }

                if (rows.Projects.Count == 0 && u.Threshold is null && IndicatorCategory.Find(u.Subject) is null)
                {
                    // 稿件数量 is not how the table words its 稿件 rows: never "no such indicator", the whole table instead.
                    var whole = await LookUpAsync(u, ct).ConfigureAwait(false);
                    return TableAnswers.Lookup(text, whole, $"「{u.Project}」的指标里没有写着「{u.Subject}」的一行，以下是它的全部指标，请从中查看。");
                }

                return TableAnswers.Indicators(text, u.Project, u.Subject, rows);
            case Intent.Lookup when u.Project is not null:
                var table = await LookUpAsync(u, ct).ConfigureAwait(false);
                return TableAnswers.Lookup(text, table);
            case Intent.Norms:
                var norms = await NormsAsync(u, ct).ConfigureAwait(false);
                // A table is its year and name: the norms of one year are about that year's tables only.
                var cited = norms.Citations.SelectMany(c => corpus.Current.OrdinalsNamed(c.Project).Where(o => projects[o].Year == c.Year))
                    .Distinct().Order().Select(o => projects[o]).ToList();
                return TableAnswers.Norms(text, norms, cited);
            case Intent.Count or Intent.Sum or Intent.Figure or Intent.List when u.AllYears:
                var perYear = new List<(int Year, QueryResult Result)>();
                foreach (var held in Parser().Years)
                {
                    perYear.Add((held, await QueryAsync(QuestionParser.ToQuery(u, held), ct).ConfigureAwait(false)));
                }

                return ProjectAnswers.ByYear(text, u.Intent, QuestionParser.ToQuery(u, Parser().Year), perYear);
            case Intent.Count or Intent.Sum or Intent.List or Intent.Figure:
                var query = QuestionParser.ToQuery(u, Parser().YearFor(u));
                var result = await QueryAsync(query, ct).ConfigureAwait(false);
                if (result.TieDecidesValue)
                {
                    // 指标最少的3个项目预算合计: the third place is shared, and which of the tied were taken changes the sum.
                    return GuidanceAnswers.Unclear(text, u with
                    {
                        NotAnswerable = $"前 {query.Top} 个的第 {query.Top} 名与另外 {result.TiedAtCut} 个项目并列（{result.Criteria}），取其中哪几个会改变所问的数字；可以先问这些项目有哪些，看全部并列的项目",
                    }, result.Year);
                }

                if (u.CountsDepartments)
                {
                    return ProjectAnswers.Departments(text, u.Intent, result);
                }

                if (await NoRowInUnitAsync(u, result.Kept, ct).ConfigureAwait(false) is { } incomparable)
                {
                    return GuidanceAnswers.Unclear(text, u with { NotAnswerable = incomparable }, result.Year);
                }

                if (query is { Nth: { } place, Ask: QueryAsk.Sum or QueryAsk.Average } && result is { Kept: > 1, Each: false })
                {
                    // 满意度最高的项目预算是多少: six tables share the highest target, and their budgets differ; it added them up.
                    return GuidanceAnswers.Unclear(text, u with
                    {
                        NotAnswerable = $"排第 {place} 的有 {result.Kept} 个项目并列（{result.Criteria}），所问的数各不相同，不知道指哪一个；可以先问这些项目有哪些，看各自的数",
                    }, result.Year);
                }

                return ProjectAnswers.Query(text, u.Intent, query, result, options.Value.ListedRows, Parser().Years.Count > 1);
            case Intent.Compare when u.Project is not null:
                var comparison = await CallAsync<YearComparison>(AssistantPlugins.Years, "compare_years",
                    new KernelArguments { ["name"] = u.Project, ["year"] = u.Year }, ct).ConfigureAwait(false);
                return ComparisonAnswers.YearOverYear(text, comparison);
            case Intent.Concept:
                var explained = await CallAsync<IReadOnlyList<ConceptExplanation>>(AssistantPlugins.Glossary, "explain",
                    new KernelArguments { ["terms"] = u.Concepts }, ct).ConfigureAwait(false);
                return GuidanceAnswers.Concepts(text, explained);
            case Intent.Unclear:
                return GuidanceAnswers.Unclear(text, u, Parser().Year);
            case Intent.Unknown when u.NotAnswerable is { } why:
                return Answer.Plain(text, Intent.Unknown, why);
            default:
                return GuidanceAnswers.NotUnderstood(text, u);
        }
    }

    // One project's whole table, of the question's year.
    private Task<ProjectLookupResult> LookUpAsync(Understanding.Understanding u, CancellationToken ct) =>
        CallAsync<ProjectLookupResult>(AssistantPlugins.Lookup, "get_project", new KernelArguments { ["name"] = u.Project, ["year"] = Parser().YearFor(u) }, ct);

    /// <summary>The conversation id under which an export snapshot is kept.</summary>
    public static string ExportKey(string token) => "export:" + token;

    // The export is a snapshot kept under an unguessable token, so the link works from any channel and names no conversation.
    private string Snapshot(ConversationState state)
    {
        var token = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        store.Save(ExportKey(token), state with { UpdatedAt = clock.GetUtcNow() });
        return token;
    }

    private string ExportLink(string token, string format)
    {
        var root = options.Value.PublicBaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" : string.Empty;
        return $"{root}api/export/{token}?format={format}";
    }

    // 预算超过100万的项目满意度一般设多少 / 这些项目的满意度一般是多少: the norms of the projects the rest of the question
    // selects (they counted all 95 tables while the reading named the condition).
    private async Task<NormResult> NormsAsync(Understanding.Understanding u, CancellationToken ct)
    {
        var year = Parser().YearFor(u);
        var rest = u with { Subject = null, Threshold = null };
        ProjectFilter among;
        if (u.Top is null && u.Nth is null)
        {
            among = QuestionParser.ToQuery(rest, year).Filter;
        }
        else
        {
            // 预算最高的5个项目满意度一般设多少: the projects at those places.
            var ranked = await QueryAsync(QuestionParser.ToQuery(rest with { Intent = Intent.List }, year), ct).ConfigureAwait(false);
            among = new ProjectFilter { Within = ranked.Projects.Select(p => p.Name).ToHashSet(StringComparer.Ordinal) };
        }

        return await CallAsync<NormResult>(AssistantPlugins.Norms, "indicator_norms", new KernelArguments
        {
            ["subject"] = u.Subject, ["department"] = u.Department, ["year"] = u.AllYears ? null : year,
            ["filter"] = among with { Department = null } == new ProjectFilter() ? null : among,
        }, ct).ConfigureAwait(false);
    }

    private async Task<ValidationReport> ValidateAsync(Understanding.Understanding u, CancellationToken ct)
    {
        if (u.PastedTable is { } pasted)
        {
            return await CallAsync<ValidationReport>(AssistantPlugins.Validation, "validate_table", new KernelArguments { ["text"] = pasted }, ct).ConfigureAwait(false);
        }

        if (u.Project is { } name && u.Rule is null)
        {
            return await CallAsync<ValidationReport>(AssistantPlugins.Validation, "validate_project", new KernelArguments { ["name"] = name }, ct).ConfigureAwait(false);
        }

        if (u.Within is { Count: > 0 } within)
        {
            // 检查一下这些项目: the previous answer's tables, never the whole corpus under a reading that names them.
            return await CallAsync<ValidationReport>(AssistantPlugins.Validation, "validate_projects", new KernelArguments
            {
                ["names"] = within.ToArray(), ["year"] = Parser().YearFor(u), ["rule"] = u.Rule,
            }, ct).ConfigureAwait(false);
        }

        if (u.Rule is null && u.HasConditions)
        {
            // 检查一下信息所的表: the tables the conditions select, found by the typed query, then reviewed by name.
            var selected = await QueryAsync(QuestionParser.ToQuery(u with { Intent = Intent.List, Ask = null, Top = null, Nth = null }, Parser().YearFor(u)), ct).ConfigureAwait(false);
            if (selected.Projects.Count < selected.Kept)
            {
                throw new ArgumentException($"满足条件的表有 {selected.Kept} 张，一次最多检查 {selected.Projects.Count} 张；请加上条件缩小范围", nameof(u));
            }

            return await CallAsync<ValidationReport>(AssistantPlugins.Validation, "validate_projects", new KernelArguments
            {
                ["names"] = selected.Projects.Select(p => p.Name).ToArray(), ["year"] = selected.Year, ["rule"] = null,
            }, ct).ConfigureAwait(false);
        }

        return await CallAsync<ValidationReport>(AssistantPlugins.Validation, "validate_corpus", new KernelArguments { ["rule"] = u.Rule }, ct).ConfigureAwait(false);
    }

    // The typed query goes to the plugin as it is: no string round trip.
    private Task<QueryResult> QueryAsync(ProjectQuery query, CancellationToken ct) =>
        CallAsync<QueryResult>(AssistantPlugins.Projects, "query", new KernelArguments { ["query"] = query }, ct);

    private async Task<T> CallAsync<T>(string plugin, string function, KernelArguments arguments, CancellationToken ct)
    {
        var result = await kernel.InvokeAsync(plugin, function, arguments, ct).ConfigureAwait(false);
        return result.GetValue<T>() ?? throw new InvalidOperationException($"{plugin}.{function} returned no {typeof(T).Name}");
    }

    // The parser holds the corpus vocabulary; rebuilt when an import swaps the corpus.
    private QuestionParser Parser()
    {
        var index = corpus.Current;
        lock (_lock)
        {
            if (_parser is not { } cached || !ReferenceEquals(cached.Index, index))
            {
                _parser = (index, new QuestionParser(new CorpusVocabulary(index.Projects)));
            }

            return _parser.Value.Parser;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering a question understood as {Intent} failed")]
    private static partial void LogFailed(ILogger logger, Intent intent, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Understood intent {Intent} (follow-up: {FollowUp})")]
    private static partial void LogUnderstood(ILogger logger, Intent intent, bool followUp);
}
