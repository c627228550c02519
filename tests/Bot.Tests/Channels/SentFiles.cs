using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Documents;

namespace Assistant.Bot.Tests.Channels;

/// <summary>Files a clerk sends in a messenger: a real table exported to Word, and a picture that is no table.</summary>
internal static class SentFiles
{
    public const string TableName = "天津科技会展服务";

    public static byte[] Table()
    {
        var project = CorpusLoader.Load(Path.Combine(AppContext.BaseDirectory, "corpus")).Projects.Single(p => p.Name == TableName);
        using var stream = new MemoryStream();
        DocxTableWriter.Write([project], stream);
        return stream.ToArray();
    }

    /// <summary>The first bytes of a PNG image.</summary>
    public static byte[] Picture() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
}
