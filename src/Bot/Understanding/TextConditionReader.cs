using System.Text.RegularExpressions;

namespace Assistant.Bot.Understanding;

/// <summary>
/// Exact text conditions, with the place the text must be: the name (名称含“重大专项”, 以“验收”结尾, 名字里带监理的), the
/// goals (绩效目标部分有“香港”字样, 绩效目标里提到人才的), the usage (资金用途里有会议的), or anywhere in the table (表里提到“京津冀”). Matched exactly, unlike a topic, which is
/// ranked by relevance. Each form is one row of <see cref="Forms"/>.
/// </summary>
public static partial class TextConditionReader
{
    private const string Open = "[“\"「『‘']";
    private const string Close = "[”\"」』’']";
    private const string Quoted = Open + "(?<x>[^”\"」』’']{1,30})" + Close + "(?:字样|这几个字|这个字|几个字|[二两三四五六七八九]个字|二字|字)?";
    private const string NotOfRows = "(?<!(?:指标|效益|满意度|数量|质量|时效|成本)(?:的)?(?:三级指标|名称|描述|内容)?(?:里|中|里面|当中)?)";
    private const string Bare = "(?<x>[\\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{1,12}?)";

    // 评审两个字: how many characters the words have, not part of them.
    private const string Characters = "(?:这几个字|几个字|这[二两三四五六七八九]个字|[二两三四五六七八九]个字|二字)?";

    private enum Place
    {
        NameContains,
        NameLacks,
        NameStarts,
        NameEnds,
        Goals,
        Usage,
        Anywhere,
    }

    // Interpreted, not compiled: a question is a few dozen characters, and compiling each pattern to IL cost the cold start.
    private static readonly (Regex Pattern, Place Place)[] Forms =
    [
        // 名称里不带“专项”的, 除了名称含“评审”的（以外），其他项目: the name must not hold it (it was refused).
        (new Regex("除(?:了)?(?:项目)?(?:名称|名字|项目名|标题)(?:中|里|里面|本身)?(?:包含|包括|含有|含|带着|带有|带|有)(?:了)?" + Quoted + "(?:的)?(?:项目)?(?:以外|之外|外)?[，, ]*(?:其他|其余|别的|剩下)?(?:的)?"), Place.NameLacks),
        (new Regex("(?:项目)?(?:名称|名字|项目名|标题)(?:中|里|里面|本身)?(?:不包含|不包括|不含有|不含|不带有|不带|没有|没带|不)(?:有)?" + Quoted), Place.NameLacks),
        (new Regex("(?:项目)?(?:名称|名字|项目名|标题)(?:中|里|里面|本身)?(?:不包含|不包括|不含有|不含|不带有|不带|没有|没带)(?:有)?" + Bare + Characters + "(?=的|字样)"), Place.NameLacks),
        (new Regex("(?:项目)?(?:名称|名字|项目名|标题|题目)?(?:是|要)?以" + Quoted + "(?:结尾|收尾|结束)"), Place.NameEnds),
        (new Regex("(?:项目)?(?:名称|名字|项目名|标题|题目)?(?:是|要)?以" + Quoted + "(?:开头|打头|起头)"), Place.NameStarts),
        (new Regex("(?:项目)?(?:名称|名字|项目名|标题|题目)(?:中|里|里面|本身)?(?:包含|包括|含有|含|带着|带有|带|有|出现|里有)(?:了)?" + Quoted), Place.NameContains),
        (new Regex("(?:绩效目标|目标)(?:部分|里|中|里面|一栏|栏)?(?:有|含|包含|包括|含有|提到|提及|出现|写了|写有)(?:了)?" + Quoted), Place.Goals),
        (new Regex("(?:资金)?用途(?:部分|里|中|里面|一栏|栏)?(?:有|含|包含|包括|含有|提到|提及|出现|写了|写有)(?:了)?" + Quoted), Place.Usage),
        // Not a category's rows (社会效益指标里提到“企业”: it took any text of the table, 24 tables instead of 7): left unread.
        (new Regex("(?:表里|表中|表格里|表格中|表内|全表|整张表)?(?:的)?(?:任何地方|任意位置|任何位置)?" + NotOfRows + "(?:提到|提及|出现|含有|包含|写了|写有|有)(?:了|过)?" + Quoted), Place.Anywhere),
        // 绩效目标里提到人才的, 资金用途里有劳务费的: unquoted, the words up to 的 (or to the question's end: 哪些项目的资金用途提到了培训).
        (new Regex("(?:绩效目标(?:部分|里|中|里面|一栏|栏)?|目标(?:部分|里|中|里面|一栏|栏))(?:有|含|包含|包括|含有|提到|提及|出现|写了|写有)(?:了|过)?" + Bare + Characters + "(?=的|[，,。？?]|$)"), Place.Goals),
        (new Regex("(?:资金)?用途(?:部分|里|中|里面|一栏|栏)?(?:有|含|包含|包括|含有|提到|提及|出现|写了|写有)(?:了|过)?" + Bare + Characters + "(?=的|[，,。？?]|$)"), Place.Usage),
        // 名字里有监理的: the name, never a topic found anywhere in the tables (it said 6, not 3).
        (new Regex("(?:项目)?(?:名称|名字|项目名|标题)(?:中|里|里面|本身)?(?:包含|包括|含有|含|带着|带有|带|有|出现)(?:了)?" + Bare + Characters + "(?=的|字样)"), Place.NameContains),
        (new Regex("只看(?:项目)?(?:名称|名字)[，, ]*(?:哪些|哪几个|哪个)?是" + Bare + "(?:类)?(?=项目)"), Place.NameContains),
        (new Regex("(?:表里|表中|表格里|表格中)?(?:的)?(?:任何地方|任意位置|任何位置)(?:提到|提及|出现|含有|有)(?:了|过)?" + Bare + "(?=的)"), Place.Anywhere),
    ];

    /// <summary>Reads the text conditions into <paramref name="u"/> and records the words it took.</summary>
    public static Understanding Read(string question, Understanding u, List<Span> used)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(used);
        var conditions = u.Conditions;
        foreach (var (pattern, place) in Forms)
        {
            foreach (Match m in pattern.Matches(question))
            {
                var span = Span.Of(m);
                if (used.Any(s => s.Overlaps(span)))
                {
                    continue;
                }

                var text = m.Groups["x"].Value;
                // Unquoted, 评审或验收 is two words, either of them; 评审和验收 (both? either?) is left unread. Quoted, it is the text.
                var quoted = m.Value.IndexOfAny(['“', '"', '「', '『', '‘', '\'']) >= 0;
                if (!quoted && JoinedRegex().IsMatch(text))
                {
                    if (EitherRegex().Split(text) is { Length: > 1 } parts && parts.All(x => x.Length > 0) && !JoinedRegex().IsMatch(string.Concat(parts)) &&
                        conditions.AnyOf is null)
                    {
                        conditions = conditions with { AnyOf = parts.Select(x => At(new Assistant.Plugins.Queries.ProjectFilter(), place, x)).ToList() };
                        used.Add(span);
                    }

                    continue;
                }

                conditions = At(conditions, place, text);
                used.Add(span);
                used.AddRange(NameOnlyRegex().Matches(question).Select(n => Span.Of(n)));
            }
        }

        return u with { Conditions = conditions };
    }

    private static Assistant.Plugins.Queries.ProjectFilter At(Assistant.Plugins.Queries.ProjectFilter conditions, Place place, string text) => place switch
    {
        Place.NameContains => conditions with { NameContains = text },
        Place.NameLacks => conditions with { NameLacks = text },
        Place.NameStarts => conditions with { NameStartsWith = text },
        Place.NameEnds => conditions with { NameEndsWith = text },
        Place.Goals => conditions with { GoalsContain = text },
        Place.Usage => conditions with { UsageContains = text },
        _ => conditions with { TextContains = text },
    };

    [GeneratedRegex(@"或者|或是|或|和|与|及|、")]
    private static partial Regex JoinedRegex();

    [GeneratedRegex(@"或者|或是|或")]
    private static partial Regex EitherRegex();

    // "不只看名称" / "只看项目名称" around a text condition say which place is meant: read with it.
    [GeneratedRegex(@"不只看(?:项目)?(?:名称|名字)|只看(?:项目)?(?:名称|名字)|都算")]
    private static partial Regex NameOnlyRegex();
}
