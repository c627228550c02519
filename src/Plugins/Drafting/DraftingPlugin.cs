using System.ComponentModel;
using System.Globalization;
using Assistant.Plugins.Norms;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Normalisation;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Drafting;

/// <summary>
/// Drafts a target table for a new project from the most similar past projects: their 三级指标 that fit, the 成本 row
/// from the budget, 时效 at the end of the budget year, 满意度 at the similar projects' usual value. Every row names
/// where it came from, and the draft passes validation with no errors.
/// </summary>
public sealed partial class DraftingPlugin(CorpusProvider corpus, TableValidator validator)
{
    private const int SimilarCount = 8;

    /// <summary>Drafts a table.</summary>
    [KernelFunction("draft_table")]
    [Description("为新项目起草绩效目标表：参照最相似的往年项目的指标，成本指标取预算数，时效取预算年度年底，满意度取相似项目常用值；" +
                 "每行注明来源，草稿通过审核规则无错误。Draft a target table for a new project modelled on the most similar past projects. " +
                 "Budget is in 万元 (10,000 CNY), e.g. 80 for 80万元.")]
    public DraftResult Draft(
        [Description("新项目名称 / new project's name")] string name,
        [Description("预算数，万元 / budget in 万元")] decimal budget,
        [Description("项目简介或主要任务（可选）/ description (optional)")] string? description = null,
        [Description("部门（可选）/ department (optional)")] string? department = null,
        [Description("预算年度（可选，默认取语料年度）/ budget year (optional)")] int? year = null) =>
        Draft(name, budget, description, department, year, leaveOut: false);

    /// <summary>
    /// A draft made as if the corpus held no table of this name (<c>draft --leave-out</c>, and the leave-one-out
    /// measure): nothing is carried forward and no table of the same name is a source.
    /// </summary>
    public DraftResult DraftLeavingOut(string name, decimal budget, string? description = null, string? department = null, int? year = null) =>
        Draft(name, budget, description, department, year, leaveOut: true);

    private DraftResult Draft(string name, decimal budget, string? description, string? department, int? year, bool leaveOut)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (budget <= 0)
        {
            throw new ArgumentException("budget: must be a positive amount in 万元", nameof(budget));
        }

        var index = corpus.Current;
        if (!leaveOut && index.Projects.Where(p => SameName(p.Name, name.Trim()) && (year is null || p.Year < year)).MaxBy(p => p.Year) is { } earlier)
        {
            // The project has a table already: next year's starts from it.
            var carried = CarryForward(earlier, budget, year ?? earlier.Year + 1, department, index.Projects);
            return new DraftResult(carried, validator.Validate([ToProject(carried)], index.Projects));
        }

        var budgetYear = year ?? index.Projects.Select(p => p.Year).DefaultIfEmpty(DateTime.Today.Year).Max();
        var neighbours = Neighbours(index, name.Trim(), description);
        var (similar, confidence, warnings) = Sources(neighbours, name.Trim());
        var why = confidence == "high" ? $"同类（{ProjectKind.Of(name.Trim())?.Name}）且名称相近" : "名称相近";
        var sources = similar.Select(s => s.Project).ToList();
        var departments = string.IsNullOrWhiteSpace(department)
            ? new HashSet<string>(StringComparer.Ordinal)
            : DepartmentResolver.Candidates(department, index.Projects.Select(p => p.Department)).ToHashSet(StringComparer.Ordinal);
        var rows = Borrow(similar, neighbours.Take(SimilarCount).ToList(), departments, why).Select(r => Scaled(r.Row, budget, sources, r.Why)).ToList();
        if (rows.Count == 0 && similar.Count > 0)
        {
            // Similar projects, but no row they agree on: the draft is the framework, and must not look finished.
            confidence = "low";
            warnings.Add($"相似项目（{string.Join("、", sources.Take(3).Select(p => p.Name))}）的指标各不相同，没有可借用的共同指标；以下只是框架，标【请填写】的行请按项目实际填写。");
        }

        rows.AddRange(MissingParts(rows));
        var amount = budget.ToString("0.##", CultureInfo.InvariantCulture);
        var deadline = DeadlineWording(index.Projects, budgetYear, leaveOut ? name.Trim() : null);
        rows.Add(new DraftIndicator("产出指标", "时效指标", deadline, "项目各项工作完成时间", $"{budgetYear}年12月31日前完成", "预算年度；写法取本年度各表最常见的时效指标"));
        rows.Add(new DraftIndicator("产出指标", "成本指标", "项目总成本", "项目预算支出控制", $"≤{amount}万元", "预算数"));
        rows.Add(Satisfaction(sources));

        var ordered = InTableOrder(rows);
        var draft = new DraftTable(name.Trim(), department?.Trim() ?? string.Empty, new Budget(budget, budget, 0m), budgetYear,
            Goals(name.Trim(), amount, description), ordered, similar.Select(s => new SimilarReference(s.Project.Name, s.Score)).ToList(),
            Confidence: confidence, Warnings: [.. warnings, .. OutOfScale(ordered, budget, sources), .. ScaledFar(ordered, budget, sources), .. NoDepartment(department), .. NoYear(year, budgetYear)]);
        return new DraftResult(draft, validator.Validate(ToProject(draft)));
    }

    private static IEnumerable<string> NoDepartment(string? department)
    {
        if (string.IsNullOrWhiteSpace(department))
        {
            yield return "没有说明是哪个部门的项目：请告诉我部门（例如“部门是信息所”，或“帮信息所起草…”），或在表中填写。";
        }
    }

    // A year not named is the corpus's latest: said, since the deadline row and the table carry it.
    private static IEnumerable<string> NoYear(int? year, int budgetYear)
    {
        if (year is null)
        {
            yield return $"没有说明预算年度，按语料中最新的 {budgetYear} 年度起草（时效指标的年份也是 {budgetYear} 年）；如果是其他年度，请在请求里写明，例如“预算年度{budgetYear + 1}年”。";
        }
    }

    // 天津科技会展服务 and 天津科技会展服务项目 are the same project as a request names it.
    private static bool SameName(string table, string asked) =>
        table == asked || table + "项目" == asked || table == asked + "项目";

    /// <summary>The draft as a corpus project, for validation and export.</summary>
    public static Project ToProject(DraftTable draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var source = new SourceLocation("草稿", 0);
        var indicators = draft.Indicators
            .Select((r, n) => new Indicator(r.Level1, r.Level2, r.Level3, r.Description, r.Value, TargetNormaliser.Normalise(r.Value, draft.Year), n + 1))
            .ToList();
        // A draft may not name its department yet; the official table still needs the line, so it says what to fill in.
        var department = string.IsNullOrWhiteSpace(draft.Department) ? "（请填写部门）" : draft.Department;
        return new Project(1, draft.Name, department, string.Empty, draft.Budget, "（请填写资金用途）", draft.Goals, draft.Year, source, indicators);
    }

    internal static DraftIndicator Satisfaction(IReadOnlyList<Project> sources)
    {
        var rows = sources.SelectMany(p => p.Indicators.Where(i => i.Level1 == "满意度指标" && i.Target.Kind == TargetKind.Percent)
            .Select(i => (Project: p, Indicator: i))).ToList();
        var norm = rows.GroupBy(r => NormsPlugin.Normalised(r.Indicator.Target))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.First().Indicator.Target.Number)
            .FirstOrDefault();
        if (norm is null || norm.Key is null)
        {
            return new DraftIndicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象对项目实施的满意程度", "≥90%", "满意度常用值（全库）");
        }

        var model = norm.First();
        var projects = string.Join("、", norm.Select(r => r.Project.Name).Distinct());
        return new DraftIndicator("满意度指标", "服务对象满意度指标", model.Indicator.Level3, model.Indicator.Description, norm.Key,
            $"相似项目常用值（{projects}）");
    }

    private static string Goals(string name, string amount, string? description)
    {
        var task = string.IsNullOrWhiteSpace(description) ? "【请填写主要任务】" : description.Trim();
        return $"【草稿，请根据项目实际修改】\n1.围绕「{name}」，{task}。\n2.【请填写预期产出：数量、质量、完成时间】\n" +
               $"3.【请填写预期效益和服务对象】\n（预算{amount}万元；以上内容除用户提供的信息外均为待填写的占位文字。）";
    }

    // The order of a target table: 产出 (数量, 质量, 时效, 成本), 效益, 满意度; rows of one kind keep their order.
    private static List<DraftIndicator> InTableOrder(IEnumerable<DraftIndicator> rows) =>
        rows.OrderBy(r => Level1Order(r.Level1)).ThenBy(r => Level2Order(r.Level2)).ToList();

    private static int Level1Order(string level1) => level1 switch { "产出指标" => 0, "效益指标" => 1, _ => 2 };

    private static int Level2Order(string level2) => level2 switch
    {
        "数量指标" => 0, "质量指标" => 1, "时效指标" => 2, "成本指标" => 3, "社会效益指标" => 4, "经济效益指标" => 5, _ => 6,
    };
}
