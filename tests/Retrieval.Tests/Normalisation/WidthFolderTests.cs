using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Tests.Normalisation;

public sealed class WidthFolderTests
{
    [Theory]
    [InlineData("≥９５％", "≥95%")]
    [InlineData(">=95%", "≥95%")]
    [InlineData("<=230万元", "≤230万元")]
    [InlineData("≧９０％", "≥90%")]
    [InlineData("ＡＩ　项目", "AI 项目")]
    [InlineData("满意度（%）", "满意度（%）")]
    public void Fold_FullWidthOrAsciiComparator_IsCanonical(string input, string expected)
    {
        Assert.Equal(expected, WidthFolder.Fold(input));
    }
}
