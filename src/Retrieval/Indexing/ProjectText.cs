namespace Assistant.Retrieval.Indexing;

/// <summary>The parts of a table whose text <see cref="TextIndex"/> looks pieces up in.</summary>
[Flags]
public enum ProjectText
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>项目名称.</summary>
    Name = 1,

    /// <summary>绩效目标.</summary>
    Goals = 2,

    /// <summary>资金用途.</summary>
    Usage = 4,

    /// <summary>三级指标 and 指标描述 of every row.</summary>
    Rows = 8,

    /// <summary>指标值 of every row, as written.</summary>
    Values = 16,
}
