namespace Assistant.Retrieval.Normalisation;

/// <summary>
/// The units target values and questions are written in, defined once: their canonical spellings, which of them are
/// money and how each converts to 万元 (the tables' money unit), and which measure time. The table normaliser, the
/// query engine's target comparison and the question reader all read units from here.
/// </summary>
public static class Units
{
    /// <summary>Percent.</summary>
    public const string Percent = "%";

    /// <summary>万元, the tables' money unit.</summary>
    public const string Wan = "万元";

    /// <summary>亿元 (10 000 万元).</summary>
    public const string Yi = "亿元";

    /// <summary>元 (0.0001 万元).</summary>
    public const string Yuan = "元";

    /// <summary>Months, the canonical spelling of 个月.</summary>
    public const string Month = "月";

    /// <summary>Days, the canonical spelling of 日 as a duration.</summary>
    public const string Day = "天";

    private static readonly string[] TimeUnits = ["年", Month, "周", Day, "工作日", "小时", "分钟"];

    /// <summary>
    /// The canonical spelling of a unit as a person or a table writes it: 百分比/百分之/成/％ → %, 万 → 万元,
    /// 亿/个亿 → 亿元, 块 → 元, 个月 → 月, 日 → 天; any other unit unchanged; null for blank.
    /// </summary>
    public static string? Canonical(string? spelling) => spelling?.Trim() switch
    {
        null or "" => null,
        "%" or "％" or "百分比" or "百分之" or "成" => Percent,
        "万" or Wan => Wan,
        "亿" or "个亿" or Yi => Yi,
        Yuan or "块" => Yuan,
        "个月" => Month,
        "日" => Day,
        var other => other,
    };

    /// <summary>True for a money unit (万元, 亿元, 元), in canonical spelling.</summary>
    public static bool IsMoney(string? unit) => unit is Wan or Yi or Yuan;

    /// <summary>True for a unit of time (年, 月, 天, 小时, …), in canonical spelling.</summary>
    public static bool IsTime(string? unit) => unit is not null && Array.IndexOf(TimeUnits, unit) >= 0;

    /// <summary>How many 万元 one of <paramref name="unit"/> is (1 for 万元 and for a bare number).</summary>
    public static decimal WanPer(string? unit) => unit switch
    {
        Yi => 10000m,
        Yuan => 0.0001m,
        _ => 1m,
    };

    /// <summary><paramref name="value"/> in <paramref name="unit"/> converted to 万元; a bare number is taken as 万元.</summary>
    public static decimal ToWan(decimal value, string? unit) => value * WanPer(unit);
}
