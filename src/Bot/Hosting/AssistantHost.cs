using Assistant.Bot.Channels;
using Assistant.Bot.Conversation;
using Assistant.Bot.Llm;
using Assistant.Plugins.Hosting;
using Assistant.Retrieval.Hosting;

namespace Assistant.Bot.Hosting;

/// <summary>Composes the web host: the same wiring for <c>dotnet run</c> and for the server benchmark.</summary>
public static class AssistantHost
{
    /// <summary>Builds the host; <paramref name="settings"/> override configuration (the benchmark's limits).</summary>
    public static WebApplication Build(string[] args, IDictionary<string, string?>? settings = null)
    {
        AssistantServices.Warm(traditional: true);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = PublishedContentRoot(),
        });
        builder.Configuration.AddEnvironmentVariables("ASSISTANT_");
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddRetrieval(CorpusLocator.Resolve);
        builder.Services.AddPlugins();
        builder.Services.AddChannels(builder.Configuration);
        builder.Services.AddConversation();
        builder.Services.AddLlm(builder.Configuration);
        builder.Services.AddHostedService<CorpusWatcher>();
        var app = builder.Build();
        app.MapChannels();
        return app;
    }

    // A published assistant (`dotnet publish src/Bot`) carries its page in wwwroot beside the executable: serve it
    // from there whatever the working directory. A build (null: the default, the working directory) serves the
    // project's own wwwroot through the static web assets manifest.
    private static string? PublishedContentRoot() =>
        Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? AppContext.BaseDirectory : null;
}
