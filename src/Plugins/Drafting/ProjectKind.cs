using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Drafting;

/// <summary>
/// What a project does, read from its name by documented keyword rules (first rule that matches wins, in this order):
/// a draft borrows rows from projects of the same kind, never from an unrelated one (a 债券还息 table has nothing a 会展
/// project should copy). One entry a kind; a new kind is one line here and a test.
/// </summary>
public sealed record ProjectKind(string Name, IReadOnlyList<string> Words)
{
    /// <summary>一般债券还息: bond interest, a kind no other project borrows from.</summary>
    public static ProjectKind Bond { get; } = new("债券还息", ["债券"]);

    /// <summary>The kinds, in the order they are tried.</summary>
    public static IReadOnlyList<ProjectKind> All { get; } =
    [
        Bond,
        new("监理审计", ["监理", "审计"]),
        new("评审验收", ["评审", "验收", "评价", "评估"]),
        new("信息化建设与运维", ["信息化", "信息系统", "系统", "平台", "运维", "网络", "数据库", "软件", "网站", "数据"]),
        new("会展活动对接", ["会展", "展会", "活动", "对接", "大赛", "论坛", "宣传", "推介", "路演", "科普", "普及"]),
        new("调查统计", ["调查", "统计", "监测", "普查"]),
        new("研究咨询", ["研究", "调研", "咨询", "智库", "战略", "规划", "软科学", "政策", "跟踪"]),
        new("人才与奖励", ["人才", "奖励", "专家", "院士"]),
        new("资助与专项资金", ["资助", "补助", "专项资金", "引导", "基金", "奖补", "资金"]),
        new("建设", ["建设", "购置", "设施", "实验室", "中心"]),
        new("培训", ["培训"]),
        new("志鉴文献", ["志鉴", "编纂", "文献", "图书", "期刊", "出版"]),
        new("运转保障", ["运转", "保障", "运行", "物业", "办公"]),
    ];

    /// <summary>The kind of a project named <paramref name="name"/>, or null when no rule matches.</summary>
    public static ProjectKind? Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(k => k.Words.Any(w => name.Contains(w, StringComparison.Ordinal)));
    }

    /// <summary>True for a 一般债券还息 (bond interest) project.</summary>
    public static bool IsBond(Project project) => Of(project) == Bond;

    /// <summary>The kind of <paramref name="project"/>.</summary>
    public static ProjectKind? Of(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Of(project.Name);
    }
}
