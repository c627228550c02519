using System.Globalization;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Drafting;

/// <summary>Choosing the projects a draft borrows from, and saying how far to trust them.</summary>
public sealed partial class DraftingPlugin
{
    private const int Candidates = 40;

    // Words too common in the bureau's project names to say two projects do the same thing.
    private static readonly HashSet<string> Generic =
    [
        "项目", "服务", "工作", "建设", "研究", "管理", "专项", "天津", "天津市", "科技", "发展", "经费", "资金", "中心", "平台", "应用",
        "示范", "经济", "技术", "创新", "支持", "相关", "年度", "我市", "全市", "工程", "计划", "重点", "能力", "提升", "科学",
    ];

    // The most similar projects of the same kind (a 债券还息 project only for a 债券还息 draft); with no kind read, the
    // most similar of any kind but 债券还息. Confidence says how many same-kind projects there were.
    private static (List<SimilarProject> Similar, string Confidence, List<string> Warnings) Sources(
        IReadOnlyList<SimilarProject> neighbours, string name)
    {
        var kind = ProjectKind.Of(name);
        // A source must share a telling word of the name (量子, 会展, 评价 …), not only generic ones (研究, 服务).
        var words = ChineseSegmenter.Segment(name).Select(w => w.Word).Where(w => w.Length >= 2 && !Generic.Contains(w)).Distinct().ToList();
        var candidates = neighbours
            .Where(s => words.Any(w => s.Project.Name.Contains(w, StringComparison.Ordinal)))
            .ToList();
        var warnings = new List<string>();
        if (kind is null)
        {
            var any = candidates.Take(SimilarCount).ToList();
            warnings.Add(any.Count == 0
                ? $"语料中没有与「{name}」相近的项目，以下只是框架，标【请填写】的行请按项目实际填写。"
                : $"没能从名称判断「{name}」属于哪类项目，指标按名称相近的项目选取，请逐行核对是否适用。");
            return (any, any.Count == 0 ? "low" : "medium", warnings);
        }

        var same = candidates.Where(s => ProjectKind.Of(s.Project) == kind).Take(SimilarCount).ToList();
        switch (same.Count)
        {
            case 0 when candidates.Count == 0:
                warnings.Add($"语料中没有与「{name}」同类（{kind.Name}）或相近的项目，以下只是框架，标【请填写】的行请按项目实际填写。");
                return (same, "low", warnings);
            case 0:
                // No project of the same kind, but some share a telling word of the name: borrow, and say so.
                var near = candidates.Take(SimilarCount).ToList();
                warnings.Add($"语料中没有与「{name}」同类（{kind.Name}）的项目，指标按名称相近的项目选取（{string.Join("、", near.Select(n => n.Project.Name).Take(3))}），请逐行核对是否适用。");
                return (near, "medium", warnings);
            case 1:
                warnings.Add($"语料中只有 1 个同类（{kind.Name}）项目可参照（{same[0].Project.Name}），请逐行核对。");
                return (same, "medium", warnings);
            default:
                return (same, "high", warnings);
        }
    }

    // The projects most like the new one by text (a 债券还息 project only for a 债券还息 draft), best first.
    private static List<SimilarProject> Neighbours(CorpusIndex index, string name, string? description)
    {
        var bond = ProjectKind.Of(name) == ProjectKind.Bond;
        return index.FindSimilar(name, description, Candidates)
            .Where(s => !SameName(s.Project.Name, name) && ProjectKind.IsBond(s.Project) == bond)
            .ToList();
    }

    // A whole-city outcome (亿元 totals, far beyond the budget) copied into a small project's table is flagged.
    private static IEnumerable<string> OutOfScale(IReadOnlyList<DraftIndicator> rows, decimal budget, IReadOnlyList<Project> sources)
    {
        foreach (var row in rows.Where(r => r.Level2 != "成本指标"))
        {
            var target = TargetNormaliser.Normalise(row.Value, DateTime.Today.Year);
            if (target is { Kind: TargetKind.Money, AmountWan: { } wan } && wan > budget * 10 && sources.Any(p => p.Name == row.Source))
            {
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"「{row.Level3}」{row.Value} 取自「{row.Source}」，远大于本项目预算 {budget:0.##} 万元，可能是全市层面的成果，请核实后再用。");
            }
        }
    }
}
