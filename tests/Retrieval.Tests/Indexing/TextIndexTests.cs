using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

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

    [Theory]
    [InlineData("技术合同成交额", 20000000.0)] // ≥2000亿元 in 万元: the city-wide rows
    [InlineData("技术合同成交额", 1e12)]       // none reach it, though rows write the words
    [InlineData("满意度", 95.0)]               // written in 三级指标 and descriptions alike
    [InlineData("量子", 0.0)]                  // no row writes it
    public void OwnersOfRowsContaining_PieceAndTarget_SameTablesAsReadingEveryRow(string piece, double atLeast)
    {
        var projects = fixture.Index.Projects;
        bool Meets(Indicator i) => i.Target.Number is { } n && n >= (decimal)atLeast ||
                                   i.Target is { Kind: TargetKind.Money, AmountWan: { } wan } && wan >= (decimal)atLeast;
        var expected = Enumerable.Range(0, projects.Count)
            .Where(o => projects[o].Indicators.Any(i => (i.Level3.Contains(piece, StringComparison.Ordinal) || i.Description.Contains(piece, StringComparison.Ordinal)) && Meets(i)))
            .ToList();

        var owners = fixture.Index.Texts.OwnersOfRowsContaining(piece, Meets);

        Assert.Equal(expected, owners.Ascending);
        Assert.Equal(piece != "量子" && atLeast < 1e12, expected.Count > 0);
    }

    [Fact]
    public void OwnersOfRowsContaining_AcceptReadsOnlyRowsThatWriteThePiece_NotTheTablesOtherRows()
    {
        var read = new List<Indicator>();

        fixture.Index.Texts.OwnersOfRowsContaining("专家库人数", i => { read.Add(i); return true; });

        Assert.NotEmpty(read);
        Assert.All(read, i => Assert.True(i.Level3.Contains("专家库人数", StringComparison.Ordinal) || i.Description.Contains("专家库人数", StringComparison.Ordinal)));
    }
}
