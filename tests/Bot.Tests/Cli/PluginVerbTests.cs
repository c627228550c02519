using System.Text.Json;

namespace Assistant.Bot.Tests.Cli;

public sealed class PluginVerbTests
{
    [Fact]
    public async Task Search_Json_RanksTheNamedProjectsFirst()
    {
        var (code, output, _) = await CliRunner.RunAsync("search", "自然科学基金", "--format", "json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("自然科学基金", root.GetProperty("query").GetString());
        var top = root.GetProperty("results").EnumerateArray().Take(5).Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Contains("天津市自然科学基金项目", top);
        var first = root.GetProperty("results")[0];
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.NotEmpty(first.GetProperty("fragments").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("department").GetString()));
    }

    [Fact]
    public async Task ValidateAll_Json_HasTheDocumentedShapeAndExitsOneOnErrors()
    {
        var (code, output, _) = await CliRunner.RunAsync("validate", "--all", "--format", "json");

        Assert.Equal(1, code);
        var findings = JsonDocument.Parse(output).RootElement.GetProperty("findings");
        var cost = findings.EnumerateArray().First(f => f.GetProperty("rule").GetString() == "R04" && f.GetProperty("severity").GetString() == "error");
        foreach (var name in new[] { "project", "rule", "severity", "level3", "value", "message" })
        {
            Assert.True(cost.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public async Task ValidateFile_BrokenTable_ExitsTwoWithTheLine()
    {
        var file = Path.Combine(CliRunner.Data, "broken.txt");
        await File.WriteAllTextAsync(file, "1.坏表绩效目标表\n\t331201部门\n\t单位：万元\n\n\t项目名称\n");

        var (code, output, _) = await CliRunner.RunAsync("validate", file);

        Assert.Equal(2, code);
        Assert.Contains("broken.txt:5:", output, StringComparison.Ordinal); // the file and line, not “粘贴的表格”
    }

    [Fact]
    public async Task Validate_NeitherFileNorAll_IsRefused()
    {
        var (code, _, error) = await CliRunner.RunAsync("validate");

        Assert.NotEqual(0, code);
        Assert.Contains("表格文件，或用 --all", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_Json_HasTheDocumentedShapeAndNoErrors()
    {
        var (code, output, _) = await CliRunner.RunAsync("draft", "--name", "科技成果转化对接服务", "--budget", "60", "--format", "json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        var draft = root.GetProperty("draft");
        Assert.Equal(60m, draft.GetProperty("budget").GetProperty("total").GetDecimal());
        Assert.Equal(2025, draft.GetProperty("year").GetInt32());
        var row = draft.GetProperty("indicators")[0];
        foreach (var name in new[] { "level1", "level2", "level3", "description", "value", "source" })
        {
            Assert.True(row.TryGetProperty(name, out _), name);
        }

        Assert.NotEmpty(draft.GetProperty("similar").EnumerateArray());
        Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task Draft_LeaveOut_DoesNotCarryTheSameNamesTableForward()
    {
        var (kept, keptOutput, _) = await CliRunner.RunAsync("draft", "--name", "天津科技会展服务", "--budget", "120", "--format", "json");
        var (left, leftOutput, _) = await CliRunner.RunAsync("draft", "--name", "天津科技会展服务", "--budget", "120", "--format", "json", "--leave-out");

        Assert.Equal((0, 0), (kept, left));
        Assert.Equal(2025, JsonDocument.Parse(keptOutput).RootElement.GetProperty("draft").GetProperty("carriedFromYear").GetInt32());
        var draft = JsonDocument.Parse(leftOutput).RootElement.GetProperty("draft");
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("carriedFromYear").ValueKind);
        Assert.DoesNotContain(draft.GetProperty("indicators").EnumerateArray(), r => r.GetProperty("source").GetString() == "天津科技会展服务");
    }
}
