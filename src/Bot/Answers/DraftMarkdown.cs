using System.Globalization;
using System.Text;
using Assistant.Plugins.Drafting;

namespace Assistant.Bot.Answers;

/// <summary>Renders a draft as a Markdown table a person can read and paste.</summary>
public static class DraftMarkdown
{
    /// <summary>The draft, its similar projects and its own findings, in Markdown.</summary>
    public static string Render(DraftResult result) => Compose(result).Markdown;

    /// <summary>The draft as an answer's text: the heading and warnings, the rows as a table, then the review.</summary>
    public static AnswerText Compose(DraftResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = result.Draft;
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"## {d.Name}绩效目标表（草稿）");
        sb.AppendLine(c, $"可信度：**{DraftNote.Confidence(d.Confidence)}**");
        foreach (var warning in d.Warnings ?? [])
        {
            sb.AppendLine(c, $"> ⚠ {warning}");
        }

        if (d.CarriedFromYear is { } from)
        {
            sb.AppendLine(c, $"本项目已有 {from} 年的表：草稿由它延续（年份顺延，满意度低于常用值的已提高，成本按新预算重写），每行注明出处。");
        }

        sb.AppendLine(c, $"预算数 {d.Budget.Total:0.##} 万元（财政资金 {d.Budget.Fiscal:0.##}，其他资金 {d.Budget.Other:0.##}），预算年度 {d.Year}");
        sb.AppendLine();
        sb.AppendLine("**绩效目标**（请修改）：");
        sb.AppendLine(d.Goals);
        sb.AppendLine();
        var rows = MarkdownTable.Render(["一级指标", "二级指标", "三级指标", "指标值", "来源"], d.Indicators.Select(i => (IReadOnlyList<string>)
            [i.Level1, i.Level2, i.Level3, i.Value, i.Source + (i.Origin is { } origin ? $"（{origin}）" : string.Empty)]));
        var after = new StringBuilder();
        after.AppendLine();
        after.AppendLine(d.CarriedFromYear is { } year
            ? $"参照：本项目 {year} 年的表"
            : "参照的相似项目：" + string.Join("、", d.Similar.Select(s => s.Name)));
        after.AppendLine(result.Findings.Count == 0
            ? "审核：未发现问题。"
            : "审核：" + string.Join("；", result.Findings.Select(f => $"{f.Rule} {f.Message}")));
        return sb.ToString() + rows + after.ToString();
    }
}
