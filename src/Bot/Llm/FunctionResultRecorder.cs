using System.Text.Json;
using Microsoft.SemanticKernel;

namespace Assistant.Bot.Llm;

/// <summary>Records, per model turn, the results of the functions the model called, for the number guard.</summary>
public sealed class FunctionResultRecorder : IAutoFunctionInvocationFilter
{
    private static readonly AsyncLocal<List<string>?> Current = new();

    /// <summary>Starts recording for the current asynchronous flow; returns the list the results go into.</summary>
    public static List<string> Begin() => Current.Value = [];

    /// <inheritdoc />
    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context).ConfigureAwait(false);
        Current.Value?.Add(JsonSerializer.Serialize(context.Result.GetValue<object>()));
    }
}
