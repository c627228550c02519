using Assistant.Plugins.Queries;
using Assistant.Plugins.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Hosting;

/// <summary>Registers the plugins and a kernel holding them. Needs the retrieval services.</summary>
public static class PluginsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="QueryOptions"/> (section <c>Queries</c>), the query engine, the validator, every plugin (singletons) and a <see cref="Kernel"/> (transient).</summary>
    public static IServiceCollection AddPlugins(this IServiceCollection services)
    {
        services.AddOptions<QueryOptions>()
            .BindConfiguration(QueryOptions.SectionName)
            .Validate(o => o.Problems().Count == 0, $"{QueryOptions.SectionName}:MaxProjects must be at least 1")
            .ValidateOnStart();
        services.AddSingleton<ProjectQueryEngine>();
        services.AddSingleton<TableValidator>(_ => new TableValidator());
        foreach (var (type, _) in AssistantPlugins.All)
        {
            services.AddSingleton(type);
        }

        services.AddTransient(AssistantPlugins.CreateKernel);
        return services;
    }
}
