using Microsoft.AspNetCore.Http;

namespace Assistant.Bot.Channels;

/// <summary>
/// Headers every response carries: a content security policy with no inline script or style and no framing,
/// <c>nosniff</c>, <c>X-Frame-Options</c> for older browsers, and no referrer (export links name a snapshot).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The content security policy.</summary>
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
                                 "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Handles one request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
