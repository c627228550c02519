using Assistant.Bot.Understanding;
using Assistant.Plugins.Queries;

namespace Assistant.Bot.Tests.Conversation;

/// <summary>
/// The first N asked for where the N-th place is shared (48 tables have the fewest rows, 6): the list says the cut
/// among the tied followed the tables' order, and a figure that depends on which were taken is not given.
/// </summary>
public sealed class TiedCutTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("指标最多的三个项目", ProjectSort.RowsDescending, 3)]
    [InlineData("指标条数最多的前三个项目", ProjectSort.RowsDescending, 3)]
    [InlineData("指标最少的3个项目", ProjectSort.RowsAscending, 3)]
    [InlineData("设的指标最少的两个项目", ProjectSort.RowsAscending, 2)]
    public async Task AskAsync_FirstNByRows_ReadsTheCount(string question, ProjectSort sort, int top)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        // It read 指标最多的三个项目 as first place alone (排第1) and listed one table.
        Assert.Equal((sort, top, (int?)null), (answer.Reading!.Sort, answer.Reading.Top, answer.Reading.Nth));
        Assert.Equal(top, answer.Projects.Count);
    }

    [Fact]
    public async Task AskAsync_WhichHasMostRows_IsFirstPlaceSharedByTies()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "哪个项目的指标最多");

        Assert.Equal((1, (int?)null), (answer.Reading!.Nth, answer.Reading.Top));
        Assert.Equal("科技管理信息系统升级开发与技术支持服务", Assert.Single(answer.Projects).Name); // 22 rows, alone
    }

    [Fact]
    public async Task AskAsync_FirstNCutThroughTies_ListsThemAndSaysSo()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "指标最少的3个项目");

        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal(3, answer.Projects.Count);
        Assert.Contains("第 3 名与另外 45 个项目并列", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_FirstNWithoutTiesAtTheCut_AddsNoNote()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "预算最高的3个项目是哪些");

        Assert.Equal(3, answer.Projects.Count);
        Assert.DoesNotContain("并列", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_FigureOfFirstNCutThroughTies_GivesNoFigure()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "指标最少的3个项目预算合计");

        // Any 3 of the 48 six-row tables could be summed: 18 + 70 + 25 in corpus order, another three another sum.
        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Empty(answer.Projects);
        Assert.Contains("并列", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_SumOfTheOrderedFieldCutThroughTies_IsTheSameWhicheverAreTaken()
    {
        // The 5th-lowest budget is shared: whichever tied tables are taken, their budgets are equal, so the sum holds.
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "预算最少的五个项目预算合计");

        Assert.Equal(Intent.Sum, answer.Intent);
        Assert.NotNull(answer.Value);
        Assert.Contains("并列", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("预算倒数第三的项目是哪个", "药物研究院住房改革支出", "排在它前面的共 3 个项目")]   // 6, 8, 8, then 8.5
    [InlineData("预算倒数第二的项目", "国家级、天津市级外国专家项目经费审计", null)]           // the two at 8 share it: as counted
    public async Task AskAsync_PlaceAfterTies_SaysHowManyAreAhead(string question, string first, string? note)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        // 倒数第三 is the third distinct budget; counted one by one the third table is one of the two at 8万, and the
        // answer said nothing of it.
        Assert.Equal(first, answer.Projects[0].Name);
        if (note is null)
        {
            Assert.DoesNotContain("排在它前面", answer.Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(note, answer.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("指标第二多的项目", ProjectSort.RowsDescending, 2)]        // it ranked by money
    [InlineData("指标第三少的项目是哪个", ProjectSort.RowsAscending, 3)]
    [InlineData("满意度目标第二高的项目", ProjectSort.TargetDescending, 2)] // it took the first place
    [InlineData("哪个项目的成本指标金额最大", ProjectSort.TargetDescending, 1)] // the row's amount: it ranked by budget
    public async Task AskAsync_NthPlaceByRowsOrTarget_KeepsThePlaceAndTheOrder(string question, ProjectSort sort, int nth)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal((sort, (int?)nth), (answer.Reading!.Sort, answer.Reading.Nth));
        Assert.NotEmpty(answer.Projects);
    }

    [Fact]
    public async Task AskAsync_AnotherFigureOfAPlaceSharedByTies_GivesNoFigure()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "满意度最高的项目预算是多少");

        // Six tables share the highest 满意度 target and their budgets differ: it added them up (1043.5).
        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Contains("并列", answer.Text, StringComparison.Ordinal);
    }
}
