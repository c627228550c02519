using System.Globalization;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Conversation;

/// <summary>A comparison no row of the indicator can answer, because none is counted in the unit asked.</summary>
public sealed partial class OfflineConversationEngine
{
    /// <summary>
    /// Why "none" would be the wrong answer to 稿件数不少于100篇的项目: the rows of 稿件数 count 字, not 篇, so no row can be
    /// compared and "no project" says what the tables never said. Null when some row is in the unit (or a unit money
    /// converts to), when something was found, or when the subject is a category or has no unit.
    /// </summary>
    private async Task<string?> NoRowInUnitAsync(Understanding.Understanding u, int found, CancellationToken ct)
    {
        if (found > 0 || u is not { Subject: { } subject, Threshold: { Unit: { } unit } threshold } || IndicatorCategory.Find(subject) is not null)
        {
            return null;
        }

        var norms = await NormsAsync(u with { Threshold = null }, ct).ConfigureAwait(false);
        if (norms.Rows == 0 || norms.Values.Any(v => v.Unit == unit || (Units.IsMoney(v.Unit) && Units.IsMoney(unit))))
        {
            return null;
        }

        var used = string.Join("、", norms.Values.Take(5).Select(v => v.Value));
        return string.Create(CultureInfo.InvariantCulture, $"「{subject}」的 {norms.Rows} 行指标没有以“{unit}”计的（用过的值：{used}），无法和 {threshold.Value:0.##}{unit} 比较，“没有”并不成立；可以问“{subject}一般定多少”看各项目的值");
    }
}
