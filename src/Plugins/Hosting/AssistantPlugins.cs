using Assistant.Plugins.Comparison;
using Assistant.Plugins.Drafting;
using Assistant.Plugins.Glossary;
using Assistant.Plugins.Lookup;
using Assistant.Plugins.Norms;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Hosting;

/// <summary>The assistant's plugins, their kernel names, and the kernel that holds them.</summary>
public static class AssistantPlugins
{
    /// <summary>Kernel plugin names.</summary>
    public const string Projects = "projects";

    /// <summary>Kernel plugin names.</summary>
    public const string Lookup = "lookup";

    /// <summary>Kernel plugin names.</summary>
    public const string Norms = "norms";

    /// <summary>Kernel plugin names.</summary>
    public const string Validation = "validation";

    /// <summary>Kernel plugin names.</summary>
    public const string Drafting = "drafting";

    /// <summary>The year-over-year comparison plugin's name.</summary>
    public const string Years = "years";

    /// <summary>The glossary plugin's name.</summary>
    public const string Glossary = "glossary";

    /// <summary>Every plugin type with the name it is imported under.</summary>
    public static IReadOnlyList<(Type Type, string Name)> All { get; } =
    [
        (typeof(ProjectQueryPlugin), Projects),
        (typeof(ProjectLookupPlugin), Lookup),
        (typeof(NormsPlugin), Norms),
        (typeof(ValidationPlugin), Validation),
        (typeof(DraftingPlugin), Drafting),
        (typeof(GlossaryPlugin), Glossary),
        (typeof(YearOverYearPlugin), Years),
    ];

    /// <summary>A kernel holding every plugin, resolved from <paramref name="services"/>.</summary>
    public static Kernel CreateKernel(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var kernel = new Kernel(services);
        foreach (var (type, name) in All)
        {
            kernel.Plugins.Add(KernelPluginFactory.CreateFromObject(services.GetRequiredService(type), name));
        }

        return kernel;
    }
}
