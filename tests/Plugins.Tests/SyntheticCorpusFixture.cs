using Assistant.Plugins.Hosting;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Plugins.Tests;

/// <summary>20 000 projects recombined from the real corpus, indexed for real in a temporary folder.</summary>
public sealed class SyntheticCorpusFixture : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("plugins-synthetic-").FullName;
    private readonly ServiceProvider _services;

    public SyntheticCorpusFixture()
    {
        var seeds = CorpusLoader.Load(Path.Combine(AppContext.BaseDirectory, "corpus")).Projects;
        var projects = SyntheticCorpus.Generate(seeds, 20_000);
        var services = new ServiceCollection();
        services.AddSingleton(new CorpusProvider(CorpusIndex.Open(projects, [], "synthetic-20000", _data)));
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddPlugins();
        // A page ten times the default, so the differential test compares the order and evidence of long lists too.
        services.Configure<QueryOptions>(o => o.MaxProjects = 1000);
        _services = services.BuildServiceProvider();
    }

    public ProjectQueryEngine Engine => _services.GetRequiredService<ProjectQueryEngine>();

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
