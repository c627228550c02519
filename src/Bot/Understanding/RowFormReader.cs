using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>
/// How a category's rows are written (经济效益指标的目标值不是百分比而是金额, 满意度写的是“百分比”三个字, 成本指标没有用“≤”来写,
/// 时效指标写成了百分比, 时效指标只写了月日没写年份, 满意度写的≥85%), and the unit of any row (单位是篇的指标, 以“次”为单位的数量指标).
/// Each form is one row of <see cref="Forms"/>.
/// </summary>
public static class RowFormReader
{
    private const string Category = "(?<cat>经济效益|社会效益|可持续影响|服务对象满意度|满意度|质量|数量|时效|成本)(?:类)?(?:指标)?(?:的)?(?:指标值|目标值|目标|值)?(?:都)?";
    private const string Example = @"(?:[（(](?:比如|例如|如)[^）)]*[）)])?";

    private static readonly (Regex Pattern, Func<Match, RowForm> Form)[] Forms =
    [
        (Pattern(Category + "不是(?:百分比|金额|日期)[、，, ]*而是(?<kind>百分比|金额|日期)" + Example), m => new() { Kind = Kind(m) }),
        (Pattern(Category + "(?:写的是|写成了?|写的|用的是|写着|写了|用了|带有|带着|带了|含有)[“\"「](?<x>[^”\"」]+)[”\"」](?!(?:为|作为|做|作|当)(?:计量)?单位)(?:三个字|这三个字|两个字|字样|字)?(?:而不是[^，,。？?]*)?"), m => new() { Written = m.Groups["x"].Value }),
        (Pattern(Category + "(?:没有|没|不是|未)用[“\"「]?(?<x>[≤≥<>=])[”\"」]?(?:来)?写"), m => new() { NotWritten = m.Groups["x"].Value }),
        (Pattern(Category + "(?:写成了?|写的是|用)(?<x>[≤≥<>=])(?![\\s\\d])(?:来写|号)?"), m => new() { Written = m.Groups["x"].Value }),
        (Pattern("(?:" + Category + "|(?:指标|目标值|指标值)(?:的)?)?(?:计量)?单位(?:是|为|用的是|用|写的是|写成了?)(?:[“\"「](?<x>[^”\"」]+)[”\"」]|(?<x>[\\p{IsCJKUnifiedIdeographs}%]{1,3}?)(?=的|[，,。？?]|$))"), m => new() { Unit = m.Groups["x"].Value }),
        // 以“次”为单位的数量指标, 指标值用“项”做单位, 数量指标用了“个”做单位: the category (if any) before or after the unit.
        (Pattern("(?:" + Category + "|(?:指标|目标值|指标值)(?:都)?)?(?:以|用了?)[“\"「]?(?<x>[\\p{IsCJKUnifiedIdeographs}%]{1,3}?)[”\"」]?(?:为|作为|做|作|当)(?:计量)?单位(?:的)?(?:" + Category + ")?"), m => new() { Unit = m.Groups["x"].Value }),
        (Pattern(Category + "(?:只写了?月日[、，, ]*)?(?:没写|没有写|未写|不带|没有)年份"), _ => new() { YearMissing = true }),
        (Pattern(Category + "写(?:的是|的|成了?|为)(?<x>[≥≤<>=]\\s*\\d+(?:\\.\\d+)?\\s*%)"), m => new() { Exactly = m.Groups["x"].Value }),
        (Pattern(Category + "(?:写成了?|写的是|写为|用|是)(?<kind>百分比|金额|日期)" + Example), m => new() { Kind = Kind(m) }),
    ];

    /// <summary>
    /// Reads a row form into <paramref name="u"/> and records the words it took. Quoted words no value of
    /// <paramref name="projects"/> writes but some 三级指标 does (时效指标写成“及时率”) are the rows' name, not their value: read
    /// as the value, no row matched and the answer said none.
    /// </summary>
    public static Understanding Read(string question, Understanding u, List<Span> used, IReadOnlyList<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var read = Read(question, u, used);
        if (read.Conditions.Rows is not { Written: { } written } rows)
        {
            return read;
        }

        // The engine's own tests of a row (RowForm.Matches), so the choice never disagrees with what is then matched.
        var inValue = new RowForm { Written = written };
        var inName = new RowForm { Named = written };
        var indicators = projects.SelectMany(p => p.Indicators).ToList();
        return indicators.Any(inValue.Matches) || !indicators.Any(inName.Matches)
            ? read
            : read with { Conditions = read.Conditions with { Rows = rows with { Written = null, Named = written } } };
    }

    /// <summary>Reads a row form into <paramref name="u"/> and records the words it took.</summary>
    public static Understanding Read(string question, Understanding u, List<Span> used)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(used);
        foreach (var (pattern, form) in Forms)
        {
            var m = pattern.Match(question);
            var span = Span.Of(m);
            // A unit may be asked of every row (单位是篇的指标); every other form is a category's.
            var category = m.Groups["cat"].Success ? IndicatorCategory.Find(m.Groups["cat"].Value) : null;
            if (!m.Success || used.Any(s => s.Overlaps(span)) || (category is null && (m.Groups["cat"].Success || form(m).Unit is null)))
            {
                continue;
            }

            used.Add(span);
            return u with { Conditions = u.Conditions with { Rows = form(m) with { Category = category?.Name } } };
        }

        return u;
    }

    // Interpreted: a question is a few dozen characters, and compiling each pattern to IL cost the cold start milliseconds.
    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.None);

    private static TargetKind Kind(Match m) => m.Groups["kind"].Value switch
    {
        "金额" => TargetKind.Money,
        "日期" => TargetKind.Deadline,
        _ => TargetKind.Percent,
    };
}
