using Assistant.Bot.Answers;
using Assistant.Bot.Conversation;
using Assistant.Bot.Understanding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Assistant.Bot.Llm;

/// <summary>
/// The optional model mode: a model plans and phrases with <see cref="FunctionChoiceBehavior.Auto(IEnumerable{KernelFunction}?, bool, FunctionChoiceBehaviorOptions?)"/>
/// over the same plugins; the deterministic answer is always computed too and given instead whenever the model fails,
/// times out, or writes a number that no plugin result (or the question) contains.
/// </summary>
public sealed partial class LlmConversationEngine(
    Kernel kernel,
    OfflineConversationEngine offline,
    IOptions<LlmOptions> options,
    ILogger<LlmConversationEngine> logger) : IConversationEngine
{
    /// <summary>What the model is told. Numbers must come from the functions.</summary>
    public const string SystemPrompt =
        "你是天津市科学技术局的绩效指标助手，帮助工作人员查询、统计、审核和起草项目绩效目标表。" +
        "回答中的每一个数字（项目数、金额、百分比、指标值）都必须来自你调用的函数结果，不得估算或编造；" +
        "金额单位为万元。查询、计数、合计、平均、排名都用 projects-query 一个函数，把问题写成它的结构化查询（query 参数）；" +
        "问题中有读不懂或表格中没有的内容时，不要回答数字，说明哪些部分没有读懂。请用简洁的中文回答，必要时用 Markdown 表格，并注明项目名称和指标名称作为出处。" +
        "如果函数结果不足以回答，就说明无法回答。";

    /// <inheritdoc />
    public async Task<Answer> AskAsync(string conversationId, string text, CancellationToken cancellationToken = default)
    {
        var deterministic = await offline.AskAsync(conversationId, text, cancellationToken).ConfigureAwait(false);
        if (offline.TooLong(text) is not null || deterministic.Intent is Intent.Draft or Intent.Validate && deterministic.Findings is not null)
        {
            // Drafts and reviews are structured results; a model's paraphrase adds nothing a reviewer could trust.
            return deterministic;
        }

        var results = FunctionResultRecorder.Begin();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            var history = new ChatHistory(SystemPrompt);
            history.AddUserMessage(text);
            var settings = new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(), Temperature = 0 };
            var chat = kernel.GetRequiredService<IChatCompletionService>();
            var reply = await chat.GetChatMessageContentAsync(history, settings, kernel, timeout.Token).ConfigureAwait(false);
            var content = reply.Content;
            if (string.IsNullOrWhiteSpace(content))
            {
                LogFallback(logger, "empty reply");
                return deterministic;
            }

            var ungrounded = NumberGuard.Ungrounded(content, results, text);
            if (ungrounded.Count > 0)
            {
                LogFallback(logger, $"{ungrounded.Count} number(s) not in any function result");
                return deterministic;
            }

            // The model's own Markdown is one text block: its tables are not typed, so channels show it as text.
            return deterministic with { Text = content, Blocks = [AnswerBlock.Paragraph(content)] };
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Unreachable server, retries exhausted, timeout, malformed reply, failing tool call: the question still
            // deserves its deterministic answer.
            LogFallback(logger, ex.GetType().Name);
            return deterministic;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model answer not used ({Reason}); gave the deterministic answer")]
    private static partial void LogFallback(ILogger logger, string reason);
}
