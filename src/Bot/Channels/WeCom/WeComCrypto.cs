using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Assistant.Bot.Channels.WeCom;

/// <summary>
/// WeCom callback cryptography: SHA1 <c>msg_signature</c> over the sorted token, timestamp, nonce and payload;
/// AES-256-CBC with the EncodingAESKey (IV = its first 16 bytes), PKCS#7 padding to 32-byte blocks; plaintext =
/// 16 random bytes, 4-byte big-endian length, message, corp id.
/// </summary>
public sealed class WeComCrypto
{
    private const int Block = 32;
    private readonly string _token;
    private readonly string _corpId;
    private readonly byte[] _key;

    /// <summary>Creates the crypto for one application.</summary>
    public WeComCrypto(string token, string encodingAesKey, string corpId)
    {
        ArgumentNullException.ThrowIfNull(encodingAesKey);
        _token = token ?? throw new ArgumentNullException(nameof(token));
        _corpId = corpId ?? throw new ArgumentNullException(nameof(corpId));
        _key = Convert.FromBase64String(encodingAesKey + "=");
        if (_key.Length != 32)
        {
            throw new ArgumentException("EncodingAESKey must decode to 32 bytes", nameof(encodingAesKey));
        }
    }

    /// <summary>The signature of a payload.</summary>
    public string Sign(string timestamp, string nonce, string payload)
    {
        var parts = new[] { _token, timestamp, nonce, payload };
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }

    /// <summary>True when <paramref name="signature"/> signs the payload.</summary>
    public bool Verify(string? signature, string timestamp, string nonce, string payload) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(timestamp, nonce, payload)), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));

    /// <summary>Decrypts a payload and checks its corp id.</summary>
    /// <exception cref="CryptographicException">The payload is not valid for this application.</exception>
    public string Decrypt(string payload)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(Convert.FromBase64String(payload), _key.AsSpan(0, 16), PaddingMode.None);
        var pad = plain[^1];
        if (pad is < 1 or > Block || plain.Length < 20 + pad)
        {
            throw new CryptographicException("bad padding");
        }

        var body = plain.AsSpan(0, plain.Length - pad);
        var length = BinaryPrimitives.ReadInt32BigEndian(body.Slice(16, 4));
        if (length < 0 || 20 + length > body.Length)
        {
            throw new CryptographicException("bad message length");
        }

        var corpId = Encoding.UTF8.GetString(body[(20 + length)..]);
        if (corpId != _corpId)
        {
            throw new CryptographicException("the message is for another corp id");
        }

        return Encoding.UTF8.GetString(body.Slice(20, length));
    }

    /// <summary>Encrypts a message for this application.</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> random16 = default)
    {
        var text = Encoding.UTF8.GetBytes(message);
        var corp = Encoding.UTF8.GetBytes(_corpId);
        var length = 16 + 4 + text.Length + corp.Length;
        var pad = Block - (length % Block);
        var plain = new byte[length + pad];
        if (random16.Length == 16)
        {
            random16.CopyTo(plain);
        }
        else
        {
            RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        }

        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), text.Length);
        text.CopyTo(plain, 20);
        corp.CopyTo(plain, 20 + text.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }
}
