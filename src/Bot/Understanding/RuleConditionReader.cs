using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Validation;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Conditions a review rule decides (成本指标超过了预算数 is R04's error, 三级指标名称重复出现 is R09): the query asks the
/// validator, so the condition means exactly what the review means. Each phrase is one row of <see cref="Phrases"/>.
/// </summary>
public static partial class RuleConditionReader
{
    private static readonly (Regex Pattern, string Rule, Severity? Severity)[] Phrases =
    [
        (Pattern("成本(?:指标)?(?:加起来|合计|之和)?.{0,4}(?:超过|超出|高于|大于|多于|超)了?(?:了)?.{0,2}预算(?:数)?|超预算|超出预算"), "R04", Severity.Error),
        (Pattern("(?:同一张表(?:里|中)?)?(?:的)?(?:三级)?指标(?:名称)?(?:有)?重复(?:出现)?|重复(?:出现)?的(?:三级)?指标"), "R09", null),
        (Pattern("(?:写成|写了|写的是)(?:≥|大于等于|不低于)100%"), "R06", null),
        (Pattern("满意度(?:指标)?(?:不是|没写成|没有写成|没用)百分(?:比|数)"), "R08", null),
        (Pattern("(?:指标值)?(?:无法|不能)(?:识别|读取|读懂)(?:的指标值)?|指标值(?:写)?(?:错|乱)了?"), "R05", null),
        (Pattern("(?:没有|未|没)量化"), "R10", null),
        (Pattern("(?:期限|时效|时限|完成时间).{0,4}(?:不在|超出|超过)(?:了)?(?:预算)?年度|跨年"), "R07", null),
    ];

    /// <summary>Reads a rule condition into <paramref name="u"/> and records the words it took.</summary>
    public static Understanding Read(string question, Understanding u, List<Span> used)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(used);
        // 违反R06的项目, R04有几个项目: the rule named by its id (never 预算数 = 6万元). A rule the query cannot check
        // (the year rules R11/R12, an id no rule has) stays unread.
        if (RuleIdRegex().Match(question) is { Success: true } named && Span.IsFree(used, named))
        {
            used.Add(Span.Of(named));
            var id = "R" + named.Groups["n"].Value;
            return TableValidator.StandardRules.Any(r => r.Id == id)
                ? u with { Rule = id, Conditions = u.Conditions with { FailsRule = id } }
                : u with { Unread = [.. u.Unread, $"规则 {id}（可按 R01–R10 查询）"] };
        }

        foreach (var (pattern, rule, severity) in Phrases)
        {
            var m = pattern.Match(question);
            var span = Span.Of(m);
            if (m.Success && !used.Any(s => s.Overlaps(span)))
            {
                used.Add(span);
                u = u with { Rule = rule, Conditions = u.Conditions with { FailsRule = rule, FailsRuleSeverity = severity } };

                // 一共超出多少万元: the amount the rule's findings measured, not a count or a budget sum.
                if (ExcessRegex().Match(question, span.End) is { Success: true } excess && !used.Any(s => s.Overlaps(Span.Of(excess))))
                {
                    used.Add(Span.Of(excess));
                    u = u with { Ask = QueryAsk.Excess };
                }

                return u;
            }
        }

        return u;
    }

    // Interpreted: a question is a few dozen characters, and compiling each pattern to IL cost the cold start milliseconds.
    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.None);

    [GeneratedRegex(@"(?:违反|触发|违背|不符合|不满足|没通过|未通过|没有通过)?(?:了)?(?:审核)?(?:规则)?(?<![A-Za-z])[Rr](?<n>\d{2})(?!\d)(?:规则)?")]
    private static partial Regex RuleIdRegex();

    [GeneratedRegex(@"(?:一共|总共|合计|共)?(?:超出|超过|超了|多出|多了)(?:了)?(?:多少|几)(?:万元|万)?")]
    private static partial Regex ExcessRegex();
}
