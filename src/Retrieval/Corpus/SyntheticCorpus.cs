namespace Assistant.Retrieval.Corpus;

/// <summary>
/// Generates a large corpus deterministically from a real one, for benchmarks: names, goals, usages and indicator
/// rows are recombined from different real projects, so the text statistics stay those of real tables.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Generates <paramref name="count"/> projects from <paramref name="seeds"/>; the same inputs give the same output.</summary>
    public static IReadOnlyList<Project> Generate(IReadOnlyList<Project> seeds, int count, int randomSeed = 20250101)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("at least one real project is needed", nameof(seeds));
        }

        var random = new Random(randomSeed);
        var rows = seeds.SelectMany(p => p.Indicators).ToArray();
        var projects = new List<Project>(count);
        for (var i = 0; i < count; i++)
        {
            var a = seeds[random.Next(seeds.Count)];
            var b = seeds[random.Next(seeds.Count)];
            var name = Recombine(a.Name, b.Name, random) + (i < seeds.Count ? string.Empty : $"（{i + 1}）");
            var budget = seeds[random.Next(seeds.Count)].Budget;
            var indicators = Enumerable.Range(0, 4 + random.Next(6))
                .Select(_ => rows[random.Next(rows.Length)])
                .OrderBy(r => r.Level1, StringComparer.Ordinal)
                .Select((r, n) => r with { Line = n + 1 })
                .ToList();
            projects.Add(new Project(i + 1, name, a.Department, a.DepartmentCode, budget, b.Usage,
                seeds[random.Next(seeds.Count)].Goals, a.Year, new SourceLocation("synthetic", i + 1), indicators));
        }

        return projects;
    }

    private static string Recombine(string first, string second, Random random)
    {
        var head = first[..Math.Max(1, random.Next(first.Length))];
        var tail = second[Math.Min(second.Length - 1, random.Next(second.Length))..];
        return head + tail;
    }
}
