using System.CommandLine;
using Assistant.Bot.Conversation;
using Assistant.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Cli;

/// <summary>The <c>chat</c> verb: an interactive conversation in the terminal.</summary>
public static class ChatCommand
{
    /// <summary>Builds the <c>chat</c> command.</summary>
    public static Command Create(TextReader input, TextWriter output)
    {
        var command = new Command("chat", "在终端里与助手对话（空行或“退出”结束）");
        command.SetAction(async (parse, ct) =>
        {
            using var services = AssistantServices.Build(parse.GetValue(CommonOptions.Corpus), parse.GetValue(SearchCommand.Data));
            var engine = services.GetRequiredService<IConversationEngine>();
            var conversation = $"chat-{Environment.ProcessId}";
            await output.WriteLineAsync("绩效指标助手：请提问（输入“帮助”查看示例，空行或“退出”结束）。").ConfigureAwait(false);
            // The id lets a draft made here be exported afterwards: export --draft ID --format docx --out 草稿.docx.
            await output.WriteLineAsync($"本次对话编号：{conversation}（导出草稿：export --draft {conversation} --format docx --out 草稿.docx）").ConfigureAwait(false);
            while (true)
            {
                await output.WriteAsync("> ").ConfigureAwait(false);
                await output.FlushAsync(ct).ConfigureAwait(false);
                var line = await input.ReadLineAsync(ct).ConfigureAwait(false);
                if (string.IsNullOrWhiteSpace(line) || line.Trim() is "退出" or "exit" or "quit")
                {
                    return 0;
                }

                var answer = await engine.AskAsync(conversation, line, ct).ConfigureAwait(false);
                await output.WriteLineAsync(answer.Text + Environment.NewLine).ConfigureAwait(false);
            }
        });
        return command;
    }
}
