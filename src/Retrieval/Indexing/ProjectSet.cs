using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// The projects a <see cref="ProjectConstraints"/> selects, as ordinals in corpus order, with their money totals and
/// per-department subtotals read from doc values (no project is materialised to compute them).
/// </summary>
/// <param name="Ordinals">Positions in the corpus list, ascending.</param>
/// <param name="Totals">预算数, 财政资金 and 其他资金 summed over the set.</param>
/// <param name="Departments">Per department: projects and 预算数, largest budget first (ties in corpus order).</param>
public sealed record ProjectSet(IReadOnlyList<int> Ordinals, Budget Totals, IReadOnlyList<DepartmentTotal> Departments);
