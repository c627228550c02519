using System.Text;
using Assistant.Bot.Cli;

Console.OutputEncoding = Encoding.UTF8;
if (CommandLineApp.IsVerb(args))
{
    Console.InputEncoding = Encoding.UTF8;
    return await CommandLineApp.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to integration tests.</summary>
public partial class Program;
