using Assistant.Plugins.Hosting;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Plugins.Tests;

/// <summary>The real bundled corpus, indexed for real in a temporary folder, with every plugin registered.</summary>
public sealed class CorpusFixture : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("plugins-test-").FullName;

    public CorpusFixture()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new CorpusProvider(CorpusIndex.Open(Path.Combine(AppContext.BaseDirectory, "corpus"), _data)));
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddPlugins();
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public void Dispose()
    {
        Services.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
