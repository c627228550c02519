using System.Text.RegularExpressions;
using Assistant.Plugins.Glossary;

namespace Assistant.Bot.Understanding;

/// <summary>
/// A question about what a concept means or why a rule exists (产出指标和效益指标有什么区别, 为什么满意度不能写成≥100%):
/// a concept cue and glossary terms, with nothing else left unread. The terms come from the glossary data.
/// </summary>
public static partial class ConceptReader
{
    /// <summary>The glossary terms a concept question names, or null when it is not one.</summary>
    public static IReadOnlyList<string>? Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // 指标值写成“≥100%”的项目有哪些 asks for tables, not for what 写成≥100% means.
        if (!CueRegex().IsMatch(question) || question.Any(char.IsAsciiDigit) && !question.Contains("100%", StringComparison.Ordinal) ||
            AsksForProjectsRegex().IsMatch(question))
        {
            return null;
        }

        var used = CueRegex().Matches(question).Select(m => Span.Of(m)).ToList();
        var terms = new List<string>();
        foreach (var entry in GlossaryPlugin.Entries)
        {
            foreach (var wording in entry.Wordings)
            {
                var at = question.IndexOf(wording, StringComparison.Ordinal);
                var span = new Span(at, at + wording.Length);
                if (at >= 0 && !used.Any(s => s.Overlaps(span)))
                {
                    terms.Add(entry.Term);
                    used.Add(span);
                    break;
                }
            }
        }

        // A rule question names the rule's subject too (满意度 … ≥100%): the rule's entry explains it.
        return terms.Count > 0 && Completeness.Unread(question, used).Count == 0 ? terms.Distinct().ToList() : null;
    }

    [GeneratedRegex(@"(?:的|哪些|哪几个|哪个)项目|项目(?:有哪|有几|有多少|是哪)")]
    private static partial Regex AsksForProjectsRegex();

    [GeneratedRegex(@"包括哪些|包含哪些|包括什么|包含什么|分为哪些|分成哪些|分哪几类|有哪几类|有哪几种|有几类|下设哪些|由哪些组成|什么是|是什么意思|什么意思|是什么|指的是什么|是指什么|有什么区别|有何区别|区别是什么|有什么不同|的区别|区别|怎么理解|如何理解|含义|定义|为什么|为何|凭什么|不能写成|不能写|不能|不应该|不应|能不能|可以写成|写成")]
    private static partial Regex CueRegex();
}
