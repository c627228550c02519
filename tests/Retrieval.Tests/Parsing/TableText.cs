namespace Assistant.Retrieval.Tests.Parsing;

/// <summary>Builds target tables in the Word text export's layout for parser tests.</summary>
internal static class TableText
{
    public const string Header = "\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\n";

    public static string Row(string l1, string l2, string l3, string value) => $"\t{l1}\n\t{l2}\n\t{l3}\n\t{l3}\n\t{value}\n\n";

    public static string Table(int seq, string name, string budget = "100.00", string? rows = null) =>
        $"[bookmark: _Toc_{seq}]{seq}.{name}绩效目标表\n" +
        "\t331201天津市科学技术信息研究所\n\t单位：万元\n\n" +
        $"\t项目名称\n\t{name}\n\n" +
        $"\t预算规模及资金用途\n\t预算数\n\t{budget}\n\t其中：财政    资金\n\t{budget}\n\t其他资金\n\t\n\n" +
        "\t\n\t信息化系统技术支持\n\n" +
        "\t绩效目标\n\t1.第一条目标。\n2.第二条目标。\n\n\n\n" +
        Header +
        (rows ?? Row("产出指标", "数量指标", "支撑项目评审数量", "≥2000项") + Row("", "成本指标", "财政预算支出", $"≤{budget}万元") +
                 Row("满意度指标", "服务对象满意度指标", "用户满意度", "≥95%")) +
        "\n\n";
}
