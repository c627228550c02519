using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Channels;

/// <summary>The real host (Program) over the bundled corpus, a temporary data folder and the given settings.</summary>
public sealed class AssistantFactory(string dataFolder, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = dataFolder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Retrieval:CorpusPath", Path.Combine(AppContext.BaseDirectory, "corpus"));
        builder.UseSetting("Retrieval:DataPath", DataFolder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }
    }
}
