using Assistant.Bot.Understanding;
using Assistant.Plugins.Comparison;
using Assistant.Plugins.Results;

namespace Assistant.Bot.Answers;

/// <summary>Composes the answer comparing a project's table with its previous year's.</summary>
public static class ComparisonAnswers
{
    /// <summary>The budget change and every row raised, lowered, added or dropped, with both years' values and source rows.</summary>
    public static Answer YearOverYear(string question, YearComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var current = comparison.CurrentBudget;
        if (comparison.PreviousYear is not { } before || comparison.PreviousBudget is not { } previous || current is null)
        {
            return Answer.Plain(question, Intent.Compare,
                $"「{comparison.Name}」只有 {comparison.Year} 年的表，表格里没有它上一年的表可以比较。");
        }

        var renamed = comparison.PreviousName == comparison.Name
            ? string.Empty
            : $"（{before} 年没有同名的表，按名称最接近的「{comparison.PreviousName}」比较，相似度 {comparison.Similarity:0.00}）";
        var changed = comparison.Rows.Where(r => r.Change != "不变").ToList();
        var head = $"「{comparison.Name}」{comparison.Year} 年与 {before} 年相比{renamed}：预算数 {previous.Value} → {current.Value}；" +
                   (changed.Count == 0 ? "指标没有变化。" : $"{changed.Count} 行指标有变化（共 {comparison.Rows.Count} 行）。");
        var rows = comparison.Rows.Select(r => (IReadOnlyList<string>)
            [r.Level3, r.Previous?.Value.Trim() ?? "—", r.Current?.Value.Trim() ?? "—", r.Change, Sources(r)]);
        var text = head + "\n\n" + MarkdownTable.Render(["三级指标", $"{before} 年", $"{comparison.Year} 年", "变化", "来源行"], rows);
        var citations = new[] { previous, current }.Concat(comparison.Rows.SelectMany(r => new[] { r.Previous, r.Current }).OfType<Citation>())
            .Select(c => new AnswerCitation(c.Project, c.Indicator, c.Value, c.Year)).ToList();
        return new Answer(question, Intent.Compare, text, [], null, null, citations, null, null);
    }

    private static string Sources(RowChange row) =>
        string.Join("；", new[] { row.Previous, row.Current }.OfType<Citation>().Select(c => $"{c.Year}：{c.Source}"));
}
