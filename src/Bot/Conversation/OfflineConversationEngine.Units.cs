using System.Globalization;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Conversation;

/// <summary>A comparison no row of the indicator can answer, because none is counted in the unit asked.</summary>
public sealed partial class OfflineConversationEngine
{
    /// <summary>
    /// Why "none" would be the wrong answer to 稿件数不少于100篇的项目: the rows of 稿件数 count 字, not 篇, so no row can be
    /// compared and "no project" says what the tables never said. Null when some row could be compared (as the engine
    /// compares), when something was found, or when the subject is a category or has no unit.
    /// </summary>
    private async Task<string?> NoRowInUnitAsync(Understanding.Understanding u, int found, CancellationToken ct)
    {
        if (found > 0 || u is not { Subject: { } subject, Threshold: { Unit: { } unit } threshold } || IndicatorCategory.Find(subject) is not null)
        {
            return null;
        }

        // Each value the rows use, compared by the engine's own unit rule (TargetComparison.InUnit: money with money, a
        // row with no unit with any), so "no row in 篇" is said only where the engine could compare none.
        var norms = await NormsAsync(u with { Threshold = null }, ct).ConfigureAwait(false);
        var year = Parser().YearFor(u);
        if (norms.Rows == 0 || norms.Values.Any(v => TargetComparison.InUnit(TargetNormaliser.Normalise(v.Value, year), unit)))
        {
            return null;
        }

        var used = string.Join("、", norms.Values.Take(5).Select(v => v.Value));
        return string.Create(CultureInfo.InvariantCulture, $"「{subject}」的 {norms.Rows} 行指标没有以“{unit}”计的（用过的值：{used}），无法和 {threshold.Value:0.##}{unit} 比较，“没有”并不成立；可以问“{subject}一般定多少”看各项目的值");
    }
}
