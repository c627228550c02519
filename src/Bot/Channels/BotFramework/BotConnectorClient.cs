using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>
/// Sends activities to a channel's service URL. With an app id, each call carries a token obtained by client
/// credentials and cached until five minutes before it expires (the cache is a singleton: typed clients are transient).
/// </summary>
public sealed class BotConnectorClient(HttpClient http, IOptions<BotFrameworkOptions> options,
    [FromKeyedServices(nameof(BotConnectorClient))] CachedToken token)
{
    /// <summary>Sends a typing indicator to the conversation.</summary>
    public Task SendTypingAsync(Activity to, CancellationToken ct) =>
        PostAsync(new Uri($"{Base(to)}/v3/conversations/{Uri.EscapeDataString(to.Conversation!.Id!)}/activities"), new Activity
        {
            Type = "typing", From = to.Recipient, Recipient = to.From, Conversation = to.Conversation,
        }, ct);

    /// <summary>Sends Markdown text into the conversation of <paramref name="to"/> (not as a reply: a welcome).</summary>
    public Task SendAsync(Activity to, string markdown, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(to);
        return PostAsync(new Uri($"{Base(to)}/v3/conversations/{Uri.EscapeDataString(to.Conversation!.Id!)}/activities"), new Activity
        {
            Type = "message", Text = markdown, TextFormat = "markdown", From = to.Recipient, Recipient = to.From, Conversation = to.Conversation,
        }, ct);
    }

    /// <summary>
    /// Replies to <paramref name="to"/> with an answer: its <paramref name="card"/> as an Adaptive Card attachment, and
    /// <paramref name="markdown"/> as the text a client without cards (and a notification) shows. An activity without
    /// an id gets a new message instead.
    /// </summary>
    public Task ReplyAsync(Activity to, string markdown, JsonObject? card, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(to);
        var attachments = card is null ? null : new[] { new Attachment(Rendering.AdaptiveCardAnswer.ContentType, card) };
        if (string.IsNullOrWhiteSpace(to.Id))
        {
            return PostAsync(new Uri($"{Base(to)}/v3/conversations/{Uri.EscapeDataString(to.Conversation!.Id!)}/activities"), new Activity
            {
                Type = "message", Text = card is null ? markdown : null, TextFormat = "markdown", Attachments = attachments, From = to.Recipient,
                Recipient = to.From, Conversation = to.Conversation,
            }, ct);
        }

        // With a card, the card is the message: the text would repeat it above the card.
        var reply = new Activity
        {
            Type = "message", Text = card is null ? markdown : null, TextFormat = "markdown", Attachments = attachments, ReplyToId = to.Id,
            From = to.Recipient, Recipient = to.From, Conversation = to.Conversation, Locale = to.Locale ?? "zh-CN",
        };
        return PostAsync(new Uri($"{Base(to)}/v3/conversations/{Uri.EscapeDataString(to.Conversation!.Id!)}/activities/{Uri.EscapeDataString(to.Id)}"), reply, ct);
    }

    /// <summary>
    /// The file a user sent in <paramref name="attachment"/>, or null when it is larger than <paramref name="maxBytes"/>. A Teams file comes from its pre-authorised downloadUrl; another channel's file from
    /// its contentUrl, with the bot's token only when that is on the activity's own service host. Without app
    /// credentials (the Emulator) only a file on this machine is fetched.
    /// </summary>
    /// <exception cref="HttpRequestException">The file could not be fetched.</exception>
    public async Task<byte[]?> DownloadAsync(Activity from, Attachment attachment, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(attachment);
        var teams = attachment.ContentType == Attachment.TeamsFile;
        var address = teams ? (string?)attachment.Content?["downloadUrl"] : attachment.ContentUrl;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") ||
            (!options.Value.Authenticated && !url.IsLoopback))
        {
            throw new HttpRequestException("the attachment's address is not one the bot fetches");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (!teams && options.Value.Authenticated && Uri.TryCreate(from.ServiceUrl, UriKind.Absolute, out var service) &&
            string.Equals(service.Host, url.Host, StringComparison.OrdinalIgnoreCase))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct).ConfigureAwait(false));
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        return await BoundedDownload.ReadAsync(response, maxBytes, ct).ConfigureAwait(false);
    }

    private static string Base(Activity activity) => activity.ServiceUrl!.TrimEnd('/');

    private async Task PostAsync(Uri url, Activity activity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(activity, options: new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }),
        };
        if (options.Value.Authenticated)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct).ConfigureAwait(false));
        }

        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private Task<string> TokenAsync(CancellationToken ct) => token.GetAsync(async token =>
    {
        var o = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = o.AppId!, ["client_secret"] = o.AppPassword!, ["scope"] = o.Scope,
        });
        using var response = await http.PostAsync(new Uri(o.TokenEndpoint), form, token).ConfigureAwait(false);
        return await TokenResponse.ReadAsync(response, "access_token", "expires_in", 3600, token).ConfigureAwait(false);
    }, ct);
}
