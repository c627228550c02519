using System.Xml;
using System.Xml.Linq;

namespace Assistant.Bot.Channels.WeCom;

/// <summary>
/// WeCom's XML, read with DTDs prohibited and no resolver (no entity expansion, no external fetch) and a character
/// cap, so an unauthenticated body cannot grow in memory before its signature is checked.
/// </summary>
public static class WeComXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 1_000_000,
        Async = true,
    };

    /// <summary>Parses an envelope or a decrypted message.</summary>
    /// <exception cref="XmlException">Malformed, holding a DTD, or over the cap.</exception>
    public static async Task<XElement> LoadAsync(Stream body, CancellationToken ct)
    {
        using var reader = XmlReader.Create(body, Settings);
        return await XElement.LoadAsync(reader, LoadOptions.None, ct).ConfigureAwait(false);
    }

    /// <summary>Parses XML text.</summary>
    /// <exception cref="XmlException">Malformed, holding a DTD, or over the cap.</exception>
    public static XElement Parse(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        return XElement.Load(reader, LoadOptions.None);
    }
}
