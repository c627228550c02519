using Assistant.Retrieval.Parsing;

namespace Assistant.Plugins.Validation;

/// <summary>The review of one or more tables.</summary>
/// <param name="Scope">What was checked (a project name, 全部项目, or 粘贴的表格).</param>
/// <param name="Tables">How many tables were checked.</param>
/// <param name="Findings">Every finding, table by table, in rule order.</param>
/// <param name="ParseErrors">Problems reading a pasted table (each names its line and field).</param>
public sealed record ValidationReport(string Scope, int Tables, IReadOnlyList<Finding> Findings, IReadOnlyList<ParseDiagnostic> ParseErrors)
{
    /// <summary>Number of error findings.</summary>
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>Number of warning findings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>True when no error was found and the tables were read.</summary>
    public bool Passes => Errors == 0 && ParseErrors.Count == 0 && Tables > 0;
}
