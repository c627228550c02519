using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Validation;

/// <summary>One review finding.</summary>
/// <param name="Project">项目名称.</param>
/// <param name="Rule">Stable rule id, R01…R10.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Level3">The 三级指标 concerned, or null for the table as a whole.</param>
/// <param name="Value">The value concerned as written, or null.</param>
/// <param name="Message">What is wrong, in Chinese, with the numbers compared.</param>
/// <param name="Source">File and line.</param>
public sealed record Finding(string Project, string Rule, Severity Severity, string? Level3, string? Value, string Message, SourceLocation Source)
{
    /// <summary>A finding about one indicator row.</summary>
    public static Finding Row(string rule, Severity severity, Project project, Indicator indicator, string message) =>
        new(project.Name, rule, severity, indicator.Level3, indicator.Value, message, project.Source with { Line = indicator.Line });

    /// <summary>A finding about the table as a whole.</summary>
    public static Finding Table(string rule, Severity severity, Project project, string message) =>
        new(project.Name, rule, severity, null, null, message, project.Source);

    /// <summary>How far past its limit the rule measured, in 万元 (R04: the cost total less the budget), or null.</summary>
    public decimal? Excess { get; init; }
}
