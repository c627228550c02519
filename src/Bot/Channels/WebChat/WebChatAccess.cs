using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.WebChat;

/// <summary>
/// Guards the web page and its APIs: off (404) unless <c>WebChat:Enabled</c>, and behind <c>WebChat:AccessKey</c>
/// when one is set. Messenger callbacks and <c>/healthz</c> pass untouched: they carry their own verification.
/// </summary>
public sealed class WebChatAccess(RequestDelegate next, IOptions<WebChatOptions> options)
{
    /// <summary>The cookie the one-time link sets.</summary>
    public const string Cookie = "assistant_key";

    /// <summary>The header a script may send instead.</summary>
    public const string Header = "X-Assistant-Key";

    private static readonly string[] MessengerPaths = ["/api/messages", "/api/dingtalk", "/api/wecom", "/api/feishu", "/healthz"];

    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (MessengerPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var o = options.Value;
        if (!o.Enabled)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (string.IsNullOrEmpty(o.AccessKey))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (context.Request.Query["key"].FirstOrDefault() is { } offered && Matches(offered, o.AccessKey))
        {
            // The one-time link: remember the key in a cookie the page's scripts cannot read, and drop it from the URL.
            context.Response.Cookies.Append(Cookie, o.AccessKey, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(30), Path = "/",
            });
            context.Response.Redirect(path.HasValue && path != "/" ? path : "/");
            return;
        }

        var presented = context.Request.Headers[Header].FirstOrDefault() ?? context.Request.Cookies[Cookie];
        if (presented is null || !Matches(presented, o.AccessKey))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "需要访问密钥：请使用管理员提供的链接打开本页面。" }).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static bool Matches(string offered, string key) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(offered)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
