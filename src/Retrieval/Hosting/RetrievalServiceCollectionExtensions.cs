using Assistant.Retrieval.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Retrieval.Hosting;

/// <summary>Registers the corpus and its index.</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="RetrievalOptions"/> (section <c>Retrieval</c>) and a singleton <see cref="CorpusProvider"/> that
    /// loads the corpus and opens (or builds) its index on first use.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="resolveCorpus">Turns the configured corpus path (possibly empty) into a folder.</param>
    public static IServiceCollection AddRetrieval(this IServiceCollection services, Func<string?, string> resolveCorpus)
    {
        ArgumentNullException.ThrowIfNull(resolveCorpus);
        services.AddOptions<RetrievalOptions>()
            .BindConfiguration(RetrievalOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.CorpusPath) || Directory.Exists(o.CorpusPath),
                $"{RetrievalOptions.SectionName}:CorpusPath names a folder that does not exist")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RetrievalOptions>>().Value;
            return new CorpusProvider(CorpusIndex.Open(resolveCorpus(options.CorpusPath), options.ResolvedDataPath));
        });
        return services;
    }
}
