namespace Assistant.Retrieval.Corpus;

/// <summary>One project's performance target table (项目绩效目标表).</summary>
/// <param name="Seq">The table's number in its source document.</param>
/// <param name="Name">项目名称.</param>
/// <param name="Department">The department's name, e.g. 天津市科学技术信息研究所.</param>
/// <param name="DepartmentCode">The department's budget code, e.g. 331201; empty when the source has none.</param>
/// <param name="Budget">预算数 and its parts, in 万元.</param>
/// <param name="Usage">资金用途.</param>
/// <param name="Goals">绩效目标, line breaks kept.</param>
/// <param name="Year">The budget year the table belongs to.</param>
/// <param name="Source">The file and line of the table's title.</param>
/// <param name="Indicators">The indicator rows in source order.</param>
public sealed record Project(
    int Seq,
    string Name,
    string Department,
    string DepartmentCode,
    Budget Budget,
    string Usage,
    string Goals,
    int Year,
    SourceLocation Source,
    IReadOnlyList<Indicator> Indicators);
