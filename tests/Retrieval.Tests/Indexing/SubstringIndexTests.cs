using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Tests.Indexing;

public sealed class SubstringIndexTests
{
    private static readonly string[] Names =
    [
        "天津市科技成果登记服务", "科技成果转化服务", "天开园重点企业服务", "技术市场服务", "服务", "科技志鉴编纂",
    ];

    [Theory]
    [InlineData("科技成果", new[] { 0, 1 })]
    [InlineData("服务", new[] { 0, 1, 2, 3, 4 })]
    [InlineData("志鉴", new[] { 5 })]
    [InlineData("天津市科技成果登记服务", new[] { 0 })]
    [InlineData("登记服务天", new int[0])] // never across two names
    [InlineData("不存在", new int[0])]
    public void Containing_Part_GivesTheNamesHoldingIt(string part, int[] expected)
    {
        var index = new SubstringIndex(Names);

        Assert.Equal(expected, index.Containing(part));
        Assert.Equal(expected.Length > 0, index.Contains(part));
    }

    [Fact]
    public void Containing_Limit_KeepsTheLowestIds()
    {
        Assert.Equal([0, 1], new SubstringIndex(Names).Containing("服务", limit: 2));
    }

    [Fact]
    public void Containing_RandomStrings_AgreesWithStringContains()
    {
        // Property check against the definition: a small alphabet makes many shared and repeated pieces.
        var random = new Random(7);
        var strings = Enumerable.Range(0, 300).Select(_ => new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => "甲乙丙丁"[random.Next(4)]).ToArray())).ToList();
        var index = new SubstringIndex(strings);

        for (var i = 0; i < 2000; i++)
        {
            var part = new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => "甲乙丙丁"[random.Next(4)]).ToArray());
            var expected = strings.Select((s, id) => (s, id)).Where(x => x.s.Contains(part, StringComparison.Ordinal)).Select(x => x.id).ToList();
            Assert.Equal(expected, index.Containing(part));
        }
    }

    [Fact]
    public void Contains_Empty_IsFalse()
    {
        Assert.False(new SubstringIndex(Names).Contains(string.Empty));
        Assert.False(new SubstringIndex([]).Contains("服务"));
    }
}
