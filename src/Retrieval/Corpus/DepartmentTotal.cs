namespace Assistant.Retrieval.Corpus;

/// <summary>A department's number of projects and budget total (万元).</summary>
public sealed record DepartmentTotal(string Department, string DepartmentCode, int Projects, decimal Budget);
