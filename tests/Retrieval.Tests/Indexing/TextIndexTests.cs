using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Tests.Indexing;

/// <summary><see cref="TextIndex"/> on the bundled corpus, against reading every table.</summary>
public sealed class TextIndexTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    [Theory]
    [InlineData("专家库人数", ProjectText.Rows, true)]
    [InlineData("技术合同成交额", ProjectText.Rows, true)]
    [InlineData("专家库人数", ProjectText.Name, false)]   // a row's words, in no name
    [InlineData("量子", ProjectText.Name | ProjectText.Rows, false)]
    public void AnyContaining_Piece_SameAsTheSetOfHolders(string piece, ProjectText parts, bool expected)
    {
        var texts = fixture.Index.Texts;

        Assert.Equal(expected, texts.AnyContaining(piece, parts));
        Assert.Equal(expected, texts.Containing(piece, parts).Count > 0);
    }
}
