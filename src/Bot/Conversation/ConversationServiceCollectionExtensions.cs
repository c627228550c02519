using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Bot.Conversation;

/// <summary>Registers the conversation engine and its state store.</summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ConversationOptions"/>, an in-memory store (unless one is registered) and the offline engine.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationStore, InMemoryConversationStore>();
        services.TryAddSingleton<OfflineConversationEngine>();
        services.TryAddSingleton<IConversationEngine>(sp => sp.GetRequiredService<OfflineConversationEngine>());
        return services;
    }
}
