using System.Reflection;
using Assistant.Plugins.Hosting;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Tests.Hosting;

public sealed class KernelImportTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private static readonly MethodInfo CreateFromType = typeof(KernelPluginFactory).GetMethods()
        .Single(m => m.Name == nameof(KernelPluginFactory.CreateFromType) && m.IsGenericMethodDefinition &&
                     m.GetParameters().Select(p => p.ParameterType).SequenceEqual([typeof(string), typeof(IServiceProvider)]));

    [Fact]
    public void CreateFromType_EveryPlugin_ImportsItsFunctions()
    {
        foreach (var (type, name) in AssistantPlugins.All)
        {
            var plugin = (KernelPlugin)CreateFromType.MakeGenericMethod(type).Invoke(null, [name, corpus.Services])!;

            Assert.Equal(name, plugin.Name);
            Assert.NotEmpty(plugin);
            Assert.All(plugin, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        }
    }

    [Fact]
    public void CreateKernel_HasEveryFunction()
    {
        var kernel = AssistantPlugins.CreateKernel(corpus.Services);

        var functions = kernel.Plugins.GetFunctionsMetadata().Select(f => $"{f.PluginName}.{f.Name}").Order().ToList();
        Assert.Equal(
            ["drafting.draft_table", "drafting.revise_draft", "glossary.explain", "lookup.get_project", "norms.indicator_norms", "projects.query",
             "validation.validate_corpus", "validation.validate_project", "validation.validate_projects", "validation.validate_table", "years.compare_years"],
            functions);
    }

    [Fact]
    public async Task Query_TypedParameter_HasASchemaAndRunsFromTheModelsJson()
    {
        var kernel = AssistantPlugins.CreateKernel(corpus.Services);
        var query = kernel.Plugins["projects"]["query"];

        // What a model sees: one parameter with a JSON schema naming the conditions and what can be asked.
        var schema = System.Text.Json.JsonSerializer.Serialize(Assert.Single(query.Metadata.Parameters).Schema!.RootElement,
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("\"Ask\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"NameContains\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"average\"", schema, StringComparison.Ordinal);
        Assert.Contains("表中任意位置包含的文字", schema, StringComparison.Ordinal);

        // What a model sends: the query as JSON text, converted to the typed record by the kernel.
        var result = await kernel.InvokeAsync(query, new KernelArguments
        {
            ["query"] = """{"Filter":{"Departments":["战略院"]},"Ask":"average"}""", // short names, as a model writes them
        });

        Assert.Equal(25.27m, result.GetValue<Assistant.Plugins.Queries.QueryResult>()!.Value);
    }

    [Fact]
    public void Descriptions_NameUnitsAndFormats()
    {
        var kernel = AssistantPlugins.CreateKernel(corpus.Services);
        var query = kernel.Plugins.GetFunction(AssistantPlugins.Projects, "query").Metadata;
        var schema = Assert.Single(query.Parameters).Schema!.RootElement.GetRawText();

        Assert.Contains("万元", query.Description, StringComparison.Ordinal);
        Assert.Contains("95", query.Description, StringComparison.Ordinal);
        Assert.Contains("money_desc", schema, StringComparison.Ordinal);
        Assert.Contains("ThresholdUnit", schema, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_ThroughTheKernel_ReturnsTypedResults()
    {
        var kernel = AssistantPlugins.CreateKernel(corpus.Services);

        var result = await kernel.InvokeAsync(AssistantPlugins.Norms, "indicator_norms", new KernelArguments { ["subject"] = "专家库人数", ["department"] = "资源配置处" });

        var norms = result.GetValue<Assistant.Plugins.Norms.NormResult>()!;
        Assert.Equal("≥8500人", norms.MostCommon!.Value);
    }
}
