using System.Diagnostics;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Tests.Corpus;

public sealed class CorpusLoaderTests
{
    [Fact]
    public void Load_BundledCorpus_Reads95Projects681RowsAnd43913Point51Wan()
    {
        var result = CorpusLoader.Load(BundledCorpus.Folder);
        var stats = CorpusStatistics.Compute(result.Projects);

        Assert.True(result.IsClean, string.Join("\n", result.Errors));
        Assert.Equal(95, stats.Projects);
        Assert.Equal(681, stats.Indicators);
        Assert.Equal(43913.51m, stats.Budget.Total);
        Assert.Equal(1025.00m, stats.Departments.Single(d => d.Department == "天津市科学技术信息研究所").Budget);
        Assert.Equal(12, stats.Departments.Single(d => d.Department == "天津市科学技术信息研究所").Projects);
    }

    [Fact]
    public void Load_BundledCorpus_EveryRawValueStandsVerbatimInItsSourceCell()
    {
        var lines = File.ReadAllLines(BundledCorpus.File);
        var projects = CorpusLoader.Load(BundledCorpus.Folder).Projects;

        foreach (var project in projects)
        {
            Assert.StartsWith($"{project.Seq}.{project.Name}", lines[project.Source.Line - 1].Split(']').Last(), StringComparison.Ordinal);
            foreach (var row in project.Indicators)
            {
                // The value is the row's fifth cell; blank lines may fall inside the row.
                var cells = lines.Skip(row.Line - 1).Where(l => l.StartsWith('\t')).Take(5).ToList();
                Assert.Equal("\t" + row.Value, cells[4]);
            }
        }
    }

    [Fact]
    public void Load_BundledCorpus_ReportsTheOneUnreadableValueWithItsLine()
    {
        var stats = CorpusStatistics.Compute(CorpusLoader.Load(BundledCorpus.Folder).Projects);

        var unreadable = Assert.Single(stats.Unreadable);
        Assert.Equal("天津市外国专家项目资助经费", unreadable.Project);
        Assert.Equal("≤122025年12月", unreadable.Value);
        var rowLines = File.ReadAllLines(BundledCorpus.File).Skip(unreadable.Source.Line - 1).Take(5);
        Assert.Contains("\t≤122025年12月", rowLines);
    }

    [Fact]
    public void Load_BundledCorpus_FillsEveryLevel1AndReadsEverySatisfactionRowAsPercent()
    {
        var rows = CorpusLoader.Load(BundledCorpus.Folder).Projects.SelectMany(p => p.Indicators).ToList();

        Assert.All(rows, r => Assert.Contains(r.Level1, new[] { "产出指标", "效益指标", "满意度指标" }));
        // One 满意度 row of the real corpus counts objections (≤2次): a finding for validation, read as it is.
        var satisfaction = rows.Where(r => r.Level1 == "满意度指标").ToList();
        Assert.Equal(["≤2次"], satisfaction.Where(r => r.Target.Kind != TargetKind.Percent).Select(r => r.Value));
        Assert.Equal(95, rows.Count(r => r.Level1 == "满意度指标"));
    }

    [Fact]
    public void Load_SeveralFiles_KeepsEachProjectsSource()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        try
        {
            File.Copy(BundledCorpus.File, Path.Combine(folder, "2025-a.txt"));
            File.WriteAllText(Path.Combine(folder, "2026-b.txt"), Parsing.TableText.Table(1, "新项目"));
            File.WriteAllText(Path.Combine(folder, "README.md"), "not a corpus file");

            var result = CorpusLoader.Load(folder);

            Assert.Equal(96, result.Projects.Count);
            var added = result.Projects.Single(p => p.Name == "新项目");
            Assert.Equal(("2026-b.txt", 2026), (added.Source.File, added.Year));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_MissingFolder_ThrowsWithThePath()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => CorpusLoader.Load("/nonexistent/corpus"));

        Assert.Contains("/nonexistent/corpus", ex.Message, StringComparison.Ordinal);
    }
}
