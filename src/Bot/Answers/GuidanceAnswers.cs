using Assistant.Bot.Understanding;

namespace Assistant.Bot.Answers;

/// <summary>Help and clarification replies.</summary>
public static class GuidanceAnswers
{
    /// <summary>Example questions, shown in help, in the welcome and when a question is not understood.</summary>
    public static IReadOnlyList<string> Examples { get; } =
    [
        "哪些项目的满意度目标不低于95%？",
        "信息所的项目预算合计是多少？",
        "专家库人数一般定多少？",
        "预算最高的5个项目",
        "和人工智能相关的项目有哪些？",
        "科技奖励评审服务有哪些绩效指标？",
        "哪些项目的成本指标超过了预算数？",
        "帮我起草一个科普活动项目的绩效目标表，预算30万元",
    ];

    /// <summary>What the assistant can do.</summary>
    public static Answer Help(string question) => Answer.Plain(question, Intent.Help,
        "我是绩效指标助手，可以在往年的项目绩效目标表中：\n\n" +
        "- **查询项目**：按部门、预算、指标目标值（如满意度≥95%）、完成时限、指标类别、主题筛选和排序；\n" +
        "- **统计**：项目个数、预算合计；\n" +
        "- **查指标惯例**：某类指标一般设多少，哪些项目这样设；\n" +
        "- **看一张表**：某个项目的全部指标；\n" +
        "- **审核**：检查成本是否超预算、指标是否齐全等（粘贴表格即可）；\n" +
        "- **起草**：参照相似项目起草新项目的绩效目标表。\n\n" +
        "所有数字都由程序从表格中算出，并注明来源。可以这样问：\n\n" + string.Join('\n', Examples.Select(e => $"- {e}")));

    /// <summary>A link to the last draft, or else the last answer's projects, as a Word or Excel file.</summary>
    /// <param name="question">The question.</param>
    /// <param name="state">The conversation before this question.</param>
    /// <param name="format">docx or xlsx.</param>
    /// <param name="link">The download address (an unguessable token names the snapshot).</param>
    public static Answer Export(string question, Conversation.ConversationState? state, string format, string link)
    {
        var what = state?.Draft is { } draft ? $"草稿「{draft.Name}」" : state is { Projects.Count: > 0 } ? $"上一个回答中的 {state.Projects.Count} 个项目" : null;
        if (what is null)
        {
            return Answer.Plain(question, Intent.Export, "还没有可以导出的内容。先起草一张表或查询项目，再说“导出为Word”或“导出Excel”。");
        }

        var kind = format == "xlsx" ? "Excel" : "Word";
        return Answer.Plain(question, Intent.Export, $"已准备好{what}的 {kind} 文件（正式绩效目标表格式）：[下载 {kind} 文件]({link})");
    }

    /// <summary>A reply to a question that was not understood: what was read, and how to ask.</summary>
    public static Answer NotUnderstood(string question, Understanding.Understanding understood)
    {
        ArgumentNullException.ThrowIfNull(understood);
        var parts = ReadingText.Conditions(understood);
        var read = parts.Count == 0 ? "没有读出部门、指标、项目或数值" : "读到了" + string.Join("、", parts) + "，但不确定要查什么";
        if (understood.Unread.Count > 0)
        {
            read += "；没读懂：" + string.Join("、", understood.Unread.Select(u => $"「{u}」"));
        }
        return Answer.Plain(question, Intent.Unknown,
            $"抱歉，我没有理解这个问题（{read}）。为避免答非所问，我没有作答。可以这样问：\n\n" + string.Join('\n', Examples.Select(e => $"- {e}")));
    }

    /// <summary>
    /// A question not read completely: what was read, what was not (quoted), why, and questions that can be
    /// answered. No figure and no projects: a partial reading would answer a different question.
    /// </summary>
    public static Answer Unclear(string question, Understanding.Understanding understood, int year)
    {
        ArgumentNullException.ThrowIfNull(understood);
        var conditions = ReadingText.Conditions(understood);
        var lines = new List<string> { "我没能完整读懂这个问题，为避免答非所问，没有给出数字或项目。", string.Empty };
        lines.Add(conditions.Count > 0 ? $"- 读懂了：{year}年、{string.Join("、", conditions)}" : "- 读懂了：没有读出部门、项目、指标或数值");
        if (understood.Unread.Count > 0)
        {
            lines.Add($"- 没读懂：{string.Join("、", understood.Unread.Select(u => $"「{u}」"))}（这部分没能读懂，或还不能按它作答）");
        }

        if (understood.NotAnswerable is { } why)
        {
            lines.Add($"- 原因：{why}");
        }

        lines.Add(string.Empty);
        lines.Add("可以这样问：");
        lines.AddRange(Examples.Take(4).Select(e => $"- {e}"));
        return Answer.Plain(question, Intent.Unclear, string.Join('\n', lines)) with { Reading = understood, Year = year };
    }

    /// <summary>Concepts explained from the glossary, each with the review rule behind it in the rule's own words.</summary>
    public static Answer Concepts(string question, IReadOnlyList<Plugins.Glossary.ConceptExplanation> explained)
    {
        ArgumentNullException.ThrowIfNull(explained);
        var lines = explained.Select(e => $"**{e.Term}**：{e.Text}" +
            (e.Rule is { } rule ? $"\n\n审核规则 **{rule}**：{e.RuleTitle}（`validate` 和上传审核都会按这条规则检查）。" : string.Empty));
        return Answer.Plain(question, Intent.Concept, string.Join("\n\n", lines) + "\n\n（解释来自术语表 glossary.json 与审核规则。）");
    }
}
