using System.CommandLine;
using System.Text.Json;
using Assistant.Bot.Answers;
using Assistant.Bot.Conversation;
using Assistant.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Cli;

/// <summary>
/// The <c>ask</c> verb: one question, or with <c>--stdin</c> one question per input line (a plain line, or
/// <c>{"q": "...", "conversation": "..."}</c>), answered in order, one answer per output line.
/// </summary>
public static class AskCommand
{
    /// <summary>The conversation id used when none is given.</summary>
    public const string DefaultConversation = "cli";

    /// <summary>Builds the <c>ask</c> command.</summary>
    public static Command Create(TextReader input, TextWriter output)
    {
        var question = new Argument<string?>("question") { Description = "问题（中文）", Arity = ArgumentArity.ZeroOrOne };
        var conversation = new Option<string>("--conversation") { Description = "对话编号（编号相同的问题共享上下文，可追问）", DefaultValueFactory = _ => DefaultConversation };
        var stdin = new Option<bool>("--stdin") { Description = "从标准输入逐行读取问题，每行一个回答（空行回答“没读懂”）" };
        var format = CommonOptions.Format();
        var command = new Command("ask", "向助手提问") { question, conversation, stdin, format };
        command.Validators.Add(result =>
        {
            if (result.GetValue(question) is null == !result.GetValue(stdin))
            {
                result.AddError("请给出一个问题，或用 --stdin（二者选一）");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            using var services = AssistantServices.Build(parse.GetValue(CommonOptions.Corpus), parse.GetValue(SearchCommand.Data));
            var engine = services.GetRequiredService<IConversationEngine>();
            var json = parse.GetValue(format) == OutputFormat.Json;
            var defaultConversation = parse.GetValue(conversation)!;
            if (parse.GetValue(question) is { } single)
            {
                await WriteAsync(output, await engine.AskAsync(defaultConversation, single, ct).ConfigureAwait(false), json).ConfigureAwait(false);
                return 0;
            }

            while (await input.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    // Every input line gets an output line, so answers stay in step with the questions.
                    await WriteAsync(output, Answer.Plain(line, Understanding.Intent.Unclear, "这一行是空的，没有问题可以回答。"), json).ConfigureAwait(false);
                    continue;
                }

                var (text, id) = ReadLine(line, defaultConversation);
                var answer = text is null
                    ? Answer.Plain(line, Understanding.Intent.Unknown, "这一行不是有效的问题：JSON 需要字段 \"q\"。")
                    : await engine.AskAsync(id, text, ct).ConfigureAwait(false);
                await WriteAsync(output, answer, json).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Reads an input line: a JSON object with <c>q</c> (and optionally <c>conversation</c>), or plain text.</summary>
    public static (string? Question, string Conversation) ReadLine(string line, string defaultConversation)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.TrimStart().StartsWith('{'))
        {
            return (line.Trim(), defaultConversation);
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var text = root.TryGetProperty("q", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
            var id = root.TryGetProperty("conversation", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            return (text, string.IsNullOrWhiteSpace(id) ? defaultConversation : id);
        }
        catch (JsonException)
        {
            return (null, defaultConversation);
        }
    }

    private static async Task WriteAsync(TextWriter output, Answer answer, bool json)
    {
        await output.WriteLineAsync(json ? JsonSerializer.Serialize(answer, JsonOutput.Compact) : answer.Text).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
