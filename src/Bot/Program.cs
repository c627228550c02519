using System.Text;
using Assistant.Bot.Cli;
using Assistant.Bot.Hosting;

Console.OutputEncoding = Encoding.UTF8;
if (CommandLineApp.IsVerb(args))
{
    Console.InputEncoding = Encoding.UTF8;
    return await CommandLineApp.RunAsync(args, Console.In, Console.Out, Console.Error);
}

await AssistantHost.Build(args).RunAsync();
return 0;

/// <summary>The web host's entry point, visible to integration tests.</summary>
public partial class Program;
