using System.Text.RegularExpressions;
using Assistant.Plugins.Queries;

namespace Assistant.Bot.Understanding;

/// <summary>Reads ranking words: 前五, 最高的3个, 最少的, 按预算排序, 从低到高, 第二个.</summary>
public static partial class RankReader
{
    /// <summary>The order, how many to show, and the 第N个 ordinal, with the stretches used.</summary>
    public static (ProjectSort Sort, int? Top, int? Ordinal, IReadOnlyList<Span> Spans, int? Nth) Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var spans = new List<Span>();
        var sort = ProjectSort.Default;
        int? top = null;
        int? ordinal = null;

        var superlative = SuperlativeRegex().Match(question);
        if (superlative.Success)
        {
            sort = superlative.Groups["dir"].Value is "低" or "少" or "小" or "便宜" ? ProjectSort.BudgetAscending : ProjectSort.BudgetDescending;
            top = superlative.Groups["n"].Success ? Number(superlative.Groups["n"].Value) : null;
            spans.Add(Span.Of(superlative));
        }

        var first = TopRegex().Match(question);
        if (first.Success)
        {
            top = Number(first.Groups["n"].Value);
            spans.Add(Span.Of(first));
            // 预算前五 is the five largest budgets; 前两个的预算 opening a question is the last answer's first two, in its order.
            if (sort == ProjectSort.Default && question.Contains("预算", StringComparison.Ordinal) && !LeadsWithTop(question))
            {
                sort = ProjectSort.BudgetDescending;
            }
        }

        var order = OrderRegex().Match(question);
        if (order.Success)
        {
            sort = order.Groups["asc"].Success ? ProjectSort.BudgetAscending : ProjectSort.BudgetDescending;
            spans.Add(Span.Of(order));
        }

        // 排第三, 第五大, 倒数第二, 排在最后: a place in an order; 第二个 alone picks from the last answer.
        int? place = null;
        var ranked = PlaceRegex().Match(question);
        if (ranked.Success)
        {
            // 排在最后, 垫底: the last place, first from the bottom.
            place = ranked.Groups["n"].Success ? Number(ranked.Groups["n"].Value) : 1;
            sort = ranked.Groups["last"].Success || ranked.Groups["dir"].Value is "小" or "低" or "少" ? ProjectSort.BudgetAscending : ProjectSort.BudgetDescending;
            top = null;
            spans.Add(Span.Of(ranked));
        }

        // 最高的 without a number is first place, shared by ties; 时限最靠后的 orders by deadline.
        if (superlative.Success && top is null && !ranked.Success)
        {
            place = 1;
        }

        var deadline = DeadlineRegex().Match(question);
        if (deadline.Success)
        {
            sort = deadline.Groups["dir"].Value is "靠后" or "晚" or "迟" ? ProjectSort.DeadlineLatest : ProjectSort.DeadlineEarliest;
            // 完成时间最早的三个: the first three by deadline; without a number, the first place (shared by ties).
            (top, place) = deadline.Groups["n"].Success ? ((int?)Number(deadline.Groups["n"].Value), (int?)null) : ((int?)null, (int?)1);
            spans.Add(Span.Of(deadline));
        }

        var nth = OrdinalRegex().Match(question);
        if (nth.Success && !ranked.Success)
        {
            ordinal = Number(nth.Groups["n"].Value);
            spans.Add(Span.Of(nth));
        }
        else if (LastRegex().Match(question) is { Success: true } last && !ranked.Success)
        {
            ordinal = Understanding.LastOrdinal; // 最后一个: the last the previous answer showed
            spans.Add(Span.Of(last));
        }

        return (sort, top, ordinal, spans, place);
    }

    /// <summary>
    /// True when the question opens with the first N (前两个…, 只看前三个…): with no order of its own it means the first N of
    /// the last answer as shown.
    /// </summary>
    public static bool LeadsWithTop(string question) => LeadingTopRegex().IsMatch(question);

    private static int Number(string text) =>
        int.TryParse(text, out var n) ? n : ChineseNumber.TryParse(text, out var d) ? (int)d : 1;

    // 最高 ends a clause too (哪个项目的预算最高，多少钱: it was left unread).
    [GeneratedRegex(@"(?:预算|经费|资金|金额)?最(?<dir>高|多|大|低|少|小|贵|便宜)(?:的(?:(?<n>\d+|[一二两俩三仨四五六七八九十]+)(?:个|项(?!目)|名|家)?)?|(?<n>\d+|[一二两俩三仨四五六七八九十]+)(?:个|项(?!目)|名|家)|$|(?=[，,。？?；;！!]))")]
    private static partial Regex SuperlativeRegex();

    [GeneratedRegex(@"(?:排名|排在)?前(?<n>\d+|[一二两俩三仨四五六七八九十]+)(?:个|项(?!目)|名|位)?")]
    private static partial Regex TopRegex();

    [GeneratedRegex(@"^(?:再看|只看|看)?前(?:\d+|[一二两俩三仨四五六七八九十]+)(?:个|项|名|家)")]
    private static partial Regex LeadingTopRegex();

    // The directions of a money order: low to high (the asc group), high to low.
    private const string Direction = "(?:(?<asc>从低到高|从小到大|由低到高|由小到大|升序)|从高到低|从大到小|由高到低|由大到小|降序)";

    /// <summary>A money order said without 按, by its direction (预算从低到高排): an order of the last answer when it is all a question says.</summary>
    internal const string DirectedMoneyOrder = "(?:预算|经费|金额)(?:数)?" + Direction + "(?:排序|排列|排一下|排)?";

    // 按预算排序, 按预算从低到高排, and without 按 when a direction is said (预算从低到高排).
    [GeneratedRegex(@"按(?:照)?(?:预算|经费|金额|花钱|花的钱|花费|钱)(?:数)?(?:的)?(?:大小|多少|高低)?(?:" + Direction + "|倒序)?(?:排序|排列|排一下|排)?|" + DirectedMoneyOrder)]
    private static partial Regex OrderRegex();

    [GeneratedRegex(@"第(?<n>\d+|[一二两俩三仨四五六七八九十]+)(?:个|项|名)")]
    private static partial Regex OrdinalRegex();

    [GeneratedRegex(@"最后(?:一个|那个|一项|一家)")]
    private static partial Regex LastRegex();

    // 预算第五的项目 says the place with the money word alone (no 排); 第一和第二 (two places) is left unread.
    [GeneratedRegex(@"(?:(?:预算|经费|资金|金额)(?:数)?)?(?:排名|排在|排)第(?<n>\d+|[一二两俩三仨四五六七八九十]+)(?:位|名|个)?|(?:预算|经费|金额)(?:数)?第(?<n>\d+|[一二两俩三仨四五六七八九十]+)(?:位|名|个)?(?=的|是|$|[，,？?])|第(?<n>\d+|[一二两俩三仨四五六七八九十]+)(?<dir>大|高|多|小|低|少)(?:的)?|(?:(?:排名|排在|排)(?:的)?)?(?<last>倒数)第(?<n>\d+|[一二两俩三仨四五六七八九十]+)(?:位|名|个)?|(?:排名|排在|排)(?:的)?(?<last>最后|末位|最末)(?:一位|一名|一个)?|(?<last>垫底)")]
    private static partial Regex PlaceRegex();

    [GeneratedRegex(@"(?:(?:时限|期限|完成时间|截止时间|截止日期|完成期限|时效)(?:要求)?最(?<dir>靠后|晚|迟|靠前|早)|最(?<dir>晚|迟|早)(?:完成|截止|到期)|(?:完成|截止|到期)(?:得|的)?最(?<dir>晚|迟|早))(?:的)?(?:(?<n>\d+|[一二两俩三仨四五六七八九十]+)(?:个|项(?!目)|名|家))?")]
    private static partial Regex DeadlineRegex();
}
