using Assistant.Bot.Conversation;
using Assistant.Bot.Llm;
using Assistant.Bot.Persistence;
using Assistant.Plugins.Hosting;
using Assistant.Retrieval.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Hosting;

/// <summary>The services the command-line verbs use: the same retrieval and plugins the server wires.</summary>
public static class AssistantServices
{
    /// <summary>
    /// Builds a provider over the corpus and data folders given (null: configuration and defaults), with any other
    /// <paramref name="overrides"/> of configuration keys (<c>Queries:MaxProjects</c>, say).
    /// </summary>
    public static ServiceProvider Build(string? corpus, string? data, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        Warm();
        var settings = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>())
        {
            [$"{RetrievalOptions.SectionName}:{nameof(RetrievalOptions.CorpusPath)}"] = corpus,
            [$"{RetrievalOptions.SectionName}:{nameof(RetrievalOptions.DataPath)}"] = data,
        };
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("ASSISTANT_")
            .AddInMemoryCollection(settings.Where(s => s.Value is not null))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddRetrieval(CorpusLocator.Resolve);
        services.AddPlugins();
        services.AddSingleton<IConversationStore, SqliteConversationStore>(); // drafts outlive the process (export --draft)
        services.AddConversation();
        services.AddLlm(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>
    /// Starts loading, on another core, what every first question needs and takes long to build (SmartCn's
    /// dictionaries) while the corpus, index and kernel are being opened. With <paramref name="traditional"/>, ICU's
    /// traditional-to-simplified rules too: a server has idle cores at start, but a one-shot <c>ask</c> on two cores
    /// would only share them with a load most questions never use (only a question with a character the corpus does
    /// not use is folded).
    /// </summary>
    public static void Warm(bool traditional = false)
    {
        if (traditional)
        {
            Retrieval.Normalisation.ScriptFolder.Warm();
        }

        Retrieval.Indexing.ChineseSegmenter.Warm();
    }
}
