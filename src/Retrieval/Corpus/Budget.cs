namespace Assistant.Retrieval.Corpus;

/// <summary>A project's budget (预算数) in 万元: the total and its fiscal (财政资金) and other (其他资金) parts.</summary>
public sealed record Budget(decimal Total, decimal Fiscal, decimal Other);
