using Assistant.Plugins.Queries;

namespace Assistant.Plugins.Tests.Queries;

/// <summary><see cref="WholeMoney"/> sums as whole numbers and gives the decimal, scale included, that adding one by one gives.</summary>
public sealed class WholeMoneyTests
{
    public static TheoryData<string[], int[]> Cases => new()
    {
        { ["230.00", "5.5", "12"], [0, 1, 2] },      // scale of the most precise amount: 247.50
        { ["230", "5", "12"], [0, 2] },               // whole amounts stay whole: 242
        { ["0.0001", "1.2345", "-3.1"], [0, 1, 2] },  // four decimals and a negative
        { ["1.00", "2.00"], [] },                     // nothing added: 0
        { ["0.00001", "1.5"], [0, 1] },               // five decimals: added as decimals
        { ["123456789012.34", "1"], [0, 1] },         // too large for whole numbers over 10^6 tables: added as decimals
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sum_Amounts_SameDecimalAsAddingOneByOne(string[] amounts, int[] ordinals)
    {
        var values = amounts.Select(a => decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var expected = 0m;
        foreach (var o in ordinals)
        {
            expected += values[o];
        }

        var sum = new WholeMoney(values).Sum(ordinals, values);

        Assert.Equal(expected, sum);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), sum.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
