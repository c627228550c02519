namespace Assistant.Bot.Tests.Years;

/// <summary>
/// A corpus folder holding the real 2025 tables and a 2026 copy made from them in the test (never shipped as corpus
/// data): every date a year on, and 天津科技会展服务 changed: 预算 120 → 150, 参展企业数 ≥50家 → ≥60家 (raised),
/// 满意度 ≥95% → ≥90% (lowered), its 成本 row dropped.
/// </summary>
public sealed class TwoYearCorpus : IDisposable
{
    /// <summary>The project changed in 2026.</summary>
    public const string Changed = "天津科技会展服务";

    public TwoYearCorpus()
    {
        Folder = Directory.CreateTempSubdirectory("two-years-").FullName;
        Data = Directory.CreateTempSubdirectory("two-years-data-").FullName;
        var source = Path.Combine(AppContext.BaseDirectory, "corpus", "2025-tianjin-science-technology-bureau-performance-targets.txt");
        File.Copy(source, Path.Combine(Folder, Path.GetFileName(source)));
        File.WriteAllText(Path.Combine(Folder, "2026-tianjin-science-technology-bureau-performance-targets.txt"), NextYear(File.ReadAllText(source)));
    }

    public string Folder { get; }

    public string Data { get; }

    /// <summary>The 2026 text: the 2025 tables a year on, with <see cref="Changed"/> edited.</summary>
    public static string NextYear(string text)
    {
        var lines = text.Replace("2025", "2026", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => l.Contains(Changed + "绩效目标表", StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.StartsWith("[bookmark", StringComparison.Ordinal));
        for (var i = start; i < end; i++)
        {
            lines[i] = lines[i].Trim() switch
            {
                "120.00" => "\t150.00",
                "≥50家" => "\t≥60家",
                "≥95%" => "\t≥90%",
                _ => lines[i],
            };
        }

        // Drop the 成本指标 row: its five lines (二级, 三级, 描述, 值, blank) from the 成本指标 cell.
        var cost = lines.FindIndex(start, l => l.Trim() == "成本指标");
        lines.RemoveRange(cost - 1, 6);
        return string.Join('\n', lines);
    }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        Directory.Delete(Data, recursive: true);
    }
}
