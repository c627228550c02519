using System.Text;
using Assistant.Bot.Channels;
using Assistant.Bot.Cli;
using Assistant.Bot.Conversation;
using Assistant.Bot.Hosting;
using Assistant.Bot.Llm;
using Assistant.Plugins.Hosting;
using Assistant.Retrieval.Hosting;

Console.OutputEncoding = Encoding.UTF8;
if (CommandLineApp.IsVerb(args))
{
    Console.InputEncoding = Encoding.UTF8;
    return await CommandLineApp.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables("ASSISTANT_");
builder.Services.AddRetrieval(CorpusLocator.Resolve);
builder.Services.AddPlugins();
builder.Services.AddChannels(builder.Configuration);
builder.Services.AddConversation();
builder.Services.AddLlm(builder.Configuration);

var app = builder.Build();
app.MapChannels();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to integration tests.</summary>
public partial class Program;
