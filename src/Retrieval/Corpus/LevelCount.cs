namespace Assistant.Retrieval.Corpus;

/// <summary>How many indicator rows carry a 一级/二级指标 pair.</summary>
public sealed record LevelCount(string Level1, string Level2, int Rows);
