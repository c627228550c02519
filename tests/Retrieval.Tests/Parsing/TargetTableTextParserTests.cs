using System.Text;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;
using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Tests.Parsing;

public sealed class TargetTableTextParserTests
{
    [Fact]
    public void Parse_WellFormedTable_ReadsEveryField()
    {
        var result = TargetTableTextParser.Parse("2025-test.txt", TableText.Table(7, "测试项目", "230.00"));

        Assert.True(result.IsClean);
        var project = Assert.Single(result.Projects);
        Assert.Equal(7, project.Seq);
        Assert.Equal("测试项目", project.Name);
        Assert.Equal("天津市科学技术信息研究所", project.Department);
        Assert.Equal("331201", project.DepartmentCode);
        Assert.Equal(new Budget(230.00m, 230.00m, 0m), project.Budget);
        Assert.Equal("信息化系统技术支持", project.Usage);
        Assert.Equal(2025, project.Year);
        Assert.Equal(new SourceLocation("2025-test.txt", 1), project.Source);
        Assert.Equal(3, project.Indicators.Count);
    }

    [Fact]
    public void Parse_MultiLineGoals_KeepsLineBreaks()
    {
        var project = TargetTableTextParser.Parse("t.txt", TableText.Table(1, "项目")).Projects.Single();

        Assert.Equal("1.第一条目标。\n2.第二条目标。", project.Goals);
    }

    [Fact]
    public void Parse_EmptyFirstCell_InheritsLevel1FromRowAbove()
    {
        var project = TargetTableTextParser.Parse("t.txt", TableText.Table(1, "项目")).Projects.Single();

        Assert.Equal("产出指标", project.Indicators[1].Level1);
        Assert.Equal("成本指标", project.Indicators[1].Level2);
    }

    [Fact]
    public void Parse_BlankLinesInsideRow_JoinsTheRow()
    {
        // As in the corpus: the 满意度 row is broken after its third cell and again after the fourth.
        var rows = TableText.Row("产出指标", "数量指标", "数量", "≥1项") +
                   "\t满意度指标\n\t服务对象满意度指标\n\t项目实施单位满意度 \n\n\t项目实施单位满意度 \n\n\t≥90%\n\n";
        var result = TargetTableTextParser.Parse("t.txt", TableText.Table(1, "项目", rows: rows));

        Assert.True(result.IsClean, string.Join("; ", result.Errors));
        var row = result.Projects.Single().Indicators[1];
        Assert.Equal(("满意度指标", "项目实施单位满意度", "≥90%"), (row.Level1, row.Level3, row.Value));
        Assert.Equal(TargetKind.Percent, row.Target.Kind);
    }

    [Fact]
    public void Parse_RawValue_IsKeptExactlyWithTrailingSpace()
    {
        var rows = TableText.Row("产出指标", "成本指标", "支出", "≤493万元 ");
        var row = TargetTableTextParser.Parse("t.txt", TableText.Table(1, "项目", rows: rows)).Projects.Single().Indicators.Single();

        Assert.Equal("≤493万元 ", row.Value);
        Assert.Equal(493m, row.Target.Number);
    }

    [Fact]
    public void Parse_TruncatedTable_ReportsFileLineAndMissingCells()
    {
        var text = TableText.Table(1, "项目", rows: TableText.Row("产出指标", "数量指标", "数量", "≥1项") + "\t产出指标\n\t质量指标\n");
        var result = TargetTableTextParser.Parse("cut.txt", text);

        var error = Assert.Single(result.Errors);
        Assert.Empty(result.Projects);
        Assert.Equal("cut.txt", error.Location.File);
        Assert.Equal(LineOf(text, "\t质量指标") - 1, error.Location.Line);
        Assert.Equal("指标行", error.Field);
        Assert.Contains("表格不完整", error.Message, StringComparison.Ordinal);
        Assert.Contains("只有 2 个单元格，应为 5 个", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RowWithMissingCell_ReportsThatRow()
    {
        var rows = TableText.Row("产出指标", "数量指标", "数量", "≥1项") +
                   "\t\n\t质量指标\n\t合格率\n\t≥95%\n\n" +
                   TableText.Row("满意度指标", "服务对象满意度指标", "满意度", "≥95%");
        var text = TableText.Table(1, "项目", rows: rows);
        var result = TargetTableTextParser.Parse("gap.txt", text);

        var error = Assert.Single(result.Errors);
        Assert.Equal(LineOf(text, "\t合格率") - 2, error.Location.Line);
        Assert.Contains("指标行有 4 个单元格，应为 5 个", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonNumericBudget_NamesTheBudgetField()
    {
        var text = TableText.Table(1, "项目", budget: "二百三十");
        var result = TargetTableTextParser.Parse("budget.txt", text);

        var error = Assert.Single(result.Errors);
        Assert.Equal("预算数", error.Field);
        Assert.Equal(LineOf(text, "\t二百三十"), error.Location.Line);
        Assert.Contains("应为以万元计的数字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingLabel_SaysWhichLabelWasExpected()
    {
        var text = TableText.Table(1, "项目").Replace("\t绩效目标\n", "\t目标\n", StringComparison.Ordinal);
        var error = Assert.Single(TargetTableTextParser.Parse("t.txt", text).Errors);

        Assert.Equal("绩效目标", error.Field);
        Assert.Contains("「绩效目标」", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    public void Parse_EmptyFile_ReportsExpectation(string text)
    {
        var error = Assert.Single(TargetTableTextParser.Parse("empty.txt", text).Errors);

        Assert.Equal(new SourceLocation("empty.txt", 1), error.Location);
        Assert.Contains("文件是空的", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextWithoutTitles_ReportsNoTable()
    {
        var error = Assert.Single(TargetTableTextParser.Parse("notes.txt", "会议纪要\n\t第一条\n").Errors);

        Assert.Contains("没有找到绩效目标表", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotUtf8_ReportsTheLineOfTheBadByte()
    {
        var gbk = new byte[] { 0xCF, 0xEE, 0xC4, 0xBF }; // "项目" in GBK
        var bytes = Encoding.UTF8.GetBytes("[bookmark: x]1.项目绩效目标表\n\t部门\n").Concat(gbk).ToArray();

        var result = TargetTableTextParser.Parse("gbk.txt", bytes);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new SourceLocation("gbk.txt", 3), error.Location);
        Assert.Contains("不是 UTF-8 编码", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneBadTableAmongGood_KeepsTheGoodAndReportsTheBad()
    {
        var text = TableText.Table(1, "甲项目") + TableText.Table(2, "乙项目", budget: "abc") + TableText.Table(3, "丙项目");

        var result = TargetTableTextParser.Parse("mixed.txt", text);

        Assert.Equal(["甲项目", "丙项目"], result.Projects.Select(p => p.Name));
        Assert.Equal("预算数", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Parse_Utf8Bom_IsIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TableText.Table(1, "项目"))).ToArray();

        Assert.True(TargetTableTextParser.Parse("bom.txt", bytes).IsClean);
    }

    [Theory]
    [InlineData("2024-tables.txt", "", 2024)]
    [InlineData("tables.txt", "2026年3月底前 2026年 2025年", 2026)]
    public void InferBudgetYear_FileNameOrText_GivesYear(string file, string text, int year)
    {
        Assert.Equal(year, TargetTableTextParser.InferBudgetYear(file, text));
    }

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
