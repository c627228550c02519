using Assistant.Retrieval.Documents;
using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Corpus;

/// <summary>
/// Adds table files (.txt, .docx, .xlsx) to a corpus folder: every file is read first, and only when all of them read
/// without error are they copied in (each by an atomic rename); a failed import changes nothing.
/// </summary>
public static class CorpusIngest
{
    /// <summary>Reads and, when all are clean, copies <paramref name="files"/> into <paramref name="corpusFolder"/>.</summary>
    /// <param name="corpusFolder">The corpus folder.</param>
    /// <param name="files">The files to add.</param>
    /// <param name="replace">Whether a file may replace a corpus file of the same name.</param>
    public static IngestReport Ingest(string corpusFolder, IReadOnlyList<string> files, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        var existing = CorpusLoader.Files(corpusFolder).Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A table is identified by its year and name: the corpus's own, and those read so far from this import.
        var tables = CorpusLoader.Load(corpusFolder).Projects
            .GroupBy(p => (p.Year, p.Name)).ToDictionary(g => g.Key, g => g.First().Source.File);
        var read = new List<(string Source, string Name, CorpusParseResult Result)>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var where = new SourceLocation(name, 1);
            CorpusParseResult result;
            if (!DocumentFormats.IsSupported(file))
            {
                result = new CorpusParseResult([], [new ParseDiagnostic(where, "file", $"不支持的文件类型，应为 {string.Join("、", DocumentFormats.Extensions)}")]);
            }
            else if (!File.Exists(file))
            {
                result = new CorpusParseResult([], [new ParseDiagnostic(where, "file", $"找不到文件：{Path.GetFullPath(file)}")]);
            }
            else if (existing.Contains(name) && !replace)
            {
                result = new CorpusParseResult([], [new ParseDiagnostic(where, "file", "语料中已有同名文件：请改名，或加 --replace 替换")]);
            }
            else
            {
                result = DocumentFormats.ParseOrReport(name, File.ReadAllBytes(file));
                if (result.IsClean && result.Projects.Count == 0)
                {
                    result = result with { Errors = [new ParseDiagnostic(where, "file", "没有找到绩效目标表")] };
                }

                result = result with { Errors = [.. result.Errors, .. Duplicates(result.Projects, name, replace, tables), .. Unfilled(result.Projects)] };
            }

            read.Add((file, name, result));
        }

        var accepted = read.All(r => r.Result.IsClean);
        if (accepted)
        {
            Copy(corpusFolder, read.Select(r => (r.Source, r.Name)).ToList());
        }

        return new IngestReport(accepted, read.Select(r => new IngestedFile(r.Name, r.Result.Projects, r.Result.Errors)).ToList());
    }

    // A table whose year and name the corpus (or an earlier file of this import) already holds is refused, unless
    // --replace names the very file that holds it, so one year never holds two tables of the same project.
    private static List<ParseDiagnostic> Duplicates(IReadOnlyList<Project> projects, string file, bool replace,
        Dictionary<(int Year, string Name), string> tables)
    {
        var problems = new List<ParseDiagnostic>();
        foreach (var project in projects)
        {
            var key = (project.Year, project.Name);
            if (tables.TryGetValue(key, out var holder) && !(replace && string.Equals(holder, file, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new ParseDiagnostic(project.Source, "项目名称",
                    $"{project.Year} 年已有「{project.Name}」的表（在 {holder}）；同一年度同名项目只能有一张表。要替换，请用同名文件并加 --replace"));
            }
            else
            {
                tables[key] = file;
            }
        }

        return problems;
    }

    // A draft the assistant wrote still holds 【请填写…】 until a person fills it in: it is not a table yet.
    private static IEnumerable<ParseDiagnostic> Unfilled(IReadOnlyList<Project> projects)
    {
        const string Placeholder = "【请填写";
        foreach (var project in projects)
        {
            if (new[] { project.Name, project.Department, project.Usage, project.Goals }.Any(t => t.Contains(Placeholder, StringComparison.Ordinal)))
            {
                yield return new ParseDiagnostic(project.Source, "绩效目标", $"「{project.Name}」还有未填写的【请填写…】内容，请填好后再导入");
            }

            foreach (var row in project.Indicators.Where(i => (i.Level3 + i.Description + i.Value).Contains(Placeholder, StringComparison.Ordinal)))
            {
                yield return new ParseDiagnostic(project.Source with { Line = row.Line }, "指标", $"「{project.Name}」的指标“{row.Level3}”还是【请填写…】，请填好后再导入");
            }
        }
    }

    private static void Copy(string corpusFolder, IReadOnlyList<(string Source, string Name)> files)
    {
        var done = new List<(string Target, string? Backup)>();
        try
        {
            foreach (var (source, name) in files)
            {
                var target = Path.Combine(corpusFolder, name);
                var temporary = Path.Combine(corpusFolder, $".{name}.{Guid.NewGuid():N}.ingest");
                string? backup = null;
                if (File.Exists(target))
                {
                    backup = temporary + ".backup";
                    File.Copy(target, backup);
                }

                File.Copy(source, temporary);
                File.Move(temporary, target, overwrite: true);
                done.Add((target, backup));
            }
        }
        catch
        {
            // All or nothing: take back what was copied before the failure.
            foreach (var (target, backup) in done)
            {
                if (backup is null)
                {
                    File.Delete(target);
                }
                else
                {
                    File.Move(backup, target, overwrite: true);
                }
            }

            throw;
        }

        foreach (var backup in done.Select(d => d.Backup).OfType<string>())
        {
            File.Delete(backup);
        }
    }
}
