namespace Assistant.Bot.Channels;

/// <summary>Reads a file a messenger serves, never more than a limit: a large file is stopped, not buffered whole.</summary>
public static class BoundedDownload
{
    /// <summary>The body of <paramref name="response"/>, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="HttpRequestException">The download failed (a non-success status).</exception>
    public static async Task<byte[]?> ReadAsync(HttpResponseMessage response, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
