using Assistant.Bot.Conversation;
using Assistant.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests;

/// <summary>The offline engine over the real bundled corpus, indexed for real in a temporary folder.</summary>
public sealed class EngineFixture : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("engine-test-").FullName;

    public EngineFixture()
    {
        Services = AssistantServices.Build(Path.Combine(AppContext.BaseDirectory, "corpus"), _data);
        Engine = Services.GetRequiredService<IConversationEngine>();
    }

    public ServiceProvider Services { get; }

    public IConversationEngine Engine { get; }

    public void Dispose()
    {
        Services.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
