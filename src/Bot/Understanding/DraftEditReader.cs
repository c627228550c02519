using System.Text.RegularExpressions;
using Assistant.Plugins.Drafting;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Reads a change to the last draft: 把满意度改成95%, 第2行改为≥10场, 删掉第3行, 删除满意度指标, 加一个培训人次指标，≥300人次,
/// 预算改成80万, 部门是信息所, or 检查一下这个草稿 (no change, reviewed again). The whole question must be the change; anything else is not read as one.
/// </summary>
public static partial class DraftEditReader
{
    /// <summary>The change asked for, or null when the question is not a change to a draft.</summary>
    public static DraftEdit? Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = question.Trim().TrimEnd('。', '.', '！', '!');
        if (ReviewRegex().IsMatch(q))
        {
            return new DraftEdit { Action = "review" };
        }

        if (BudgetRegex().Match(q) is { Success: true } budget && QuantityReader.Read(budget.Groups["v"].Value) is [var amount])
        {
            return new DraftEdit { Action = "budget", Budget = amount.InWan(amount.Value) };
        }

        if (DepartmentRegex().Match(q) is { Success: true } department)
        {
            return new DraftEdit { Action = "department", Department = department.Groups["d"].Value };
        }

        if (RemoveRegex().Match(q) is { Success: true } remove)
        {
            return new DraftEdit { Action = "remove", Row = Row(remove), Indicator = Row(remove) is null ? remove.Groups["what"].Value : null };
        }

        if (AddRegex().Match(q) is { Success: true } add)
        {
            return new DraftEdit { Action = "add", Indicator = add.Groups["what"].Value, Value = add.Groups["v"].Value.Trim() };
        }

        if (SetRegex().Match(q) is { Success: true } set)
        {
            return new DraftEdit { Action = "set", Row = Row(set), Indicator = Row(set) is null ? set.Groups["what"].Value : null, Value = set.Groups["v"].Value.Trim() };
        }

        return null;
    }

    private static int? Row(Match m) => m.Groups["n"].Success
        ? int.TryParse(m.Groups["n"].Value, out var n) ? n : ChineseNumber.TryParse(m.Groups["n"].Value, out var c) ? (int)c : null
        : null;

    // 部门是信息所 / 部门：战略院 / 部门改成健研院 / 是信息所的项目: what the draft's warning asks for.
    [GeneratedRegex(@"^(?:(?:把|将)?(?:草稿的?)?(?:部门|单位|预算单位)(?:是|为|填|写|填写|：|:|改成|改为|填成|写成)\s*(?<d>[\p{IsCJKUnifiedIdeographs}]{2,24}?)|(?:这)?是(?<d>[\p{IsCJKUnifiedIdeographs}]{2,24}?)的(?:项目)?)$")]
    private static partial Regex DepartmentRegex();

    // 检查一下这个草稿 / 草稿有没有问题 / 审核一下草稿: the last draft reviewed again, unchanged.
    [GeneratedRegex(@"^(?:请|帮我|再)?(?:检查|审核|核对|校验)(?:一下|一遍)?(?:这个|这份|刚才的|上面的)?草稿$|^(?:这个|这份)?草稿(?:有没有|有什么|还有没有|还有什么)问题[？?]?$")]
    private static partial Regex ReviewRegex();

    [GeneratedRegex(@"^(?:把|将)?(?:草稿的?)?预算(?:数)?(?:改成|改为|调整为|调成|变成|改到)(?<v>.+)$")]
    private static partial Regex BudgetRegex();

    [GeneratedRegex(@"^(?:(?:删掉|删除|去掉|删去|拿掉)(?:第(?<n>\d+|[一二三四五六七八九十]+)行|(?<what>[^，,。]{2,20}?))(?:这一行|那一行|这行|那行|这个指标|这条指标|指标)?|(?:把|将)(?:第(?<n>\d+|[一二三四五六七八九十]+)行|(?<what>[^，,。]{2,20}?))(?:这一行|那一行|这行|那行|这个指标|这条指标|指标)?(?:删掉|删除|去掉|删去|拿掉))$")]
    private static partial Regex RemoveRegex();

    [GeneratedRegex(@"^(?:再)?(?:加|添加|增加|新增|补充)(?:上)?(?:一个|一条|一行|个|条)?(?<what>[^，,：:。]{2,20}?)(?:指标)?[，,：:]\s*(?<v>[^，,。]+)$")]
    private static partial Regex AddRegex();

    [GeneratedRegex(@"^(?:把|将)?(?:第(?<n>\d+|[一二三四五六七八九十]+)行|(?<what>[^，,。]{2,20}?))(?:的)?(?:目标值|指标值|值|目标)?(?:改成|改为|调整为|调成|设为|设成|改到)(?<v>[^，,。]+)$")]
    private static partial Regex SetRegex();
}
