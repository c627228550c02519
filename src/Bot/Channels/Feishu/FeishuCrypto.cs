using System.Security.Cryptography;
using System.Text;

namespace Assistant.Bot.Channels.Feishu;

/// <summary>Feishu event decryption: AES-256-CBC with SHA-256(EncryptKey) as key; the IV leads the Base64 ciphertext.</summary>
public static class FeishuCrypto
{
    /// <summary>Decrypts an <c>encrypt</c> field.</summary>
    /// <exception cref="CryptographicException">The payload does not decrypt under this key.</exception>
    public static string Decrypt(string encrypted, string encryptKey)
    {
        ArgumentNullException.ThrowIfNull(encryptKey);
        var data = Convert.FromBase64String(encrypted);
        if (data.Length < 32)
        {
            throw new CryptographicException("the encrypted event is too short");
        }

        using var aes = Aes.Create();
        aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(encryptKey));
        return Encoding.UTF8.GetString(aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.PKCS7));
    }

    /// <summary>Encrypts as Feishu does (for tests and tools).</summary>
    public static string Encrypt(string plain, string encryptKey)
    {
        using var aes = Aes.Create();
        aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(encryptKey));
        var iv = RandomNumberGenerator.GetBytes(16);
        return Convert.ToBase64String([.. iv, .. aes.EncryptCbc(Encoding.UTF8.GetBytes(plain), iv, PaddingMode.PKCS7)]);
    }
}
