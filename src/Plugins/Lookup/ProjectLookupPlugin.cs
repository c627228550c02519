using System.ComponentModel;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Lookup;

/// <summary>Looks up one project's whole target table by name.</summary>
public sealed class ProjectLookupPlugin(CorpusProvider corpus)
{
    private const int MaxCandidates = 5;

    /// <summary>Finds a project by exact, partial or similar name.</summary>
    [KernelFunction("get_project")]
    [Description("按项目名称（可不完整）查找一个项目的完整绩效目标表：预算、资金用途、绩效目标和全部指标行（含来源行号）。" +
                 "Look up one project's whole target table by (partial) name: budget in 万元, usage, goals and every indicator row with its source line. " +
                 "If several projects match, returns their names as candidates.")]
    public ProjectLookupResult GetProject(
        [Description("项目名称或其中一部分 / project name or part of it")] string name,
        [Description("预算年度，如 2025；不填为该项目最新的年度 / budget year; default: the project's latest")] int? year = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var index = corpus.Current;
        var query = name.Trim();
        // A name recurs across years: the year asked, else the latest table of that name.
        var exact = index.Projects.Where(p => p.Name == query && (year is null || p.Year == year)).MaxBy(p => p.Year);
        if (exact is not null)
        {
            return new ProjectLookupResult(exact, []);
        }

        var partial = index.Projects.Where(p => (year is null || p.Year == year) &&
                                                 (p.Name.Contains(query, StringComparison.Ordinal) || query.Contains(p.Name, StringComparison.Ordinal)))
            .GroupBy(p => p.Name).Select(g => g.MaxBy(p => p.Year)!).ToList();
        if (partial.Count == 1)
        {
            return new ProjectLookupResult(partial[0], []);
        }

        if (partial.Count > 1)
        {
            // The shortest name containing the query is usually the one meant (科技奖励评审服务 vs …监理); say so only if unique.
            return new ProjectLookupResult(null, partial.OrderBy(p => p.Name.Length).Select(p => p.Name).Take(MaxCandidates).ToList());
        }

        var similar = index.Search(new SearchRequest(query, Limit: MaxCandidates, Scope: SearchScope.Projects)).Projects;
        return new ProjectLookupResult(null, similar.Select(h => h.Project.Name).ToList());
    }
}
