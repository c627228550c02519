using System.ClientModel;
using Assistant.Bot.Conversation;
using Assistant.Plugins.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;

namespace Assistant.Bot.Llm;

/// <summary>Switches the engine to model mode when <c>Llm:Endpoint</c> is configured.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="LlmOptions"/> (validated on start, errors naming the key) and, when a model is configured,
    /// makes <see cref="LlmConversationEngine"/> the <see cref="IConversationEngine"/>. Call after AddConversation.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        var options = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (!options.Enabled)
        {
            return services;
        }

        services.AddSingleton<LlmConversationEngine>(sp => new LlmConversationEngine(
            CreateKernel(sp, sp.GetRequiredService<IOptions<LlmOptions>>().Value, httpClient),
            sp.GetRequiredService<OfflineConversationEngine>(),
            sp.GetRequiredService<IOptions<LlmOptions>>(),
            sp.GetRequiredService<ILogger<LlmConversationEngine>>()));
        services.AddSingleton<IConversationEngine>(sp => sp.GetRequiredService<LlmConversationEngine>());
        return services;
    }

    /// <summary>A kernel with the OpenAI-compatible chat service, every plugin, and the function result recorder.</summary>
    public static Kernel CreateKernel(IServiceProvider services, LlmOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = new Uri(options.Endpoint!),
                NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
                Transport = httpClient is null ? null : new System.ClientModel.Primitives.HttpClientPipelineTransport(httpClient),
            });
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(options.Model!, client);
        var kernel = builder.Build();
        foreach (var (type, name) in AssistantPlugins.All)
        {
            kernel.Plugins.Add(KernelPluginFactory.CreateFromObject(services.GetRequiredService(type), name));
        }

        kernel.AutoFunctionInvocationFilters.Add(new FunctionResultRecorder());
        return kernel;
    }

    private sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
    {
        public ValidateOptionsResult Validate(string? name, LlmOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
