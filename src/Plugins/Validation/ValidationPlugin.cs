using System.ComponentModel;
using Assistant.Plugins.Lookup;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Parsing;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Validation;

/// <summary>Checks target tables against the review rules R01–R10.</summary>
public sealed class ValidationPlugin(CorpusProvider corpus, TableValidator validator, ProjectLookupPlugin lookup)
{
    /// <summary>Checks one corpus project.</summary>
    [KernelFunction("validate_project")]
    [Description("按审核规则检查一个已有项目的绩效目标表，返回问题清单（规则编号 R01–R10、严重程度、所在指标行和中文说明）。" +
                 "Check one corpus project's table against the review rules R01–R12 (R11/R12 against its previous-year table) (budget sums, required indicator levels, " +
                 "cost within budget in 万元, unreadable values, percent range, deadlines, satisfaction as percent, duplicates, quantification).")]
    public ValidationReport ValidateProject([Description("项目名称或其中一部分 / project name or part of it")] string name)
    {
        var found = lookup.GetProject(name);
        if (found.Project is not { } project)
        {
            throw new ArgumentException(found.Candidates.Count == 0
                ? $"name: no project matches 「{name}」"
                : $"name: 「{name}」 could be {string.Join("、", found.Candidates)}", nameof(name));
        }

        return new ValidationReport(project.Name, 1, validator.Validate([project], corpus.Current.Projects), []);
    }

    /// <summary>Checks every corpus project, optionally for one rule.</summary>
    [KernelFunction("validate_corpus")]
    [Description("按审核规则检查全部项目，可只看某条规则（如 R04 成本超预算、R03 缺少二级指标）。" +
                 "Check every project against the review rules, or one rule only (e.g. R04 cost over budget, R03 missing 产出 sub-levels).")]
    public ValidationReport ValidateCorpus([Description("只看这条规则，如 R04（可选）/ rule id to keep, optional")] string? rule = null)
    {
        var projects = corpus.Current.Projects;
        return new ValidationReport("全部项目", projects.Count, OfRule(validator.Validate(projects, projects), rule), []);
    }

    /// <summary>Checks the named corpus projects of one year (a previous answer's), optionally for one rule.</summary>
    [KernelFunction("validate_projects")]
    [Description("按审核规则检查指定的几个已有项目（如上一条回答列出的项目），可只看某条规则。" +
                 "Check the named corpus projects (e.g. those a previous answer listed) against the review rules, or one rule only.")]
    public ValidationReport ValidateProjects(
        [Description("项目全称 / the projects' full names")] string[] names,
        [Description("预算年度（可选，默认最新一年）/ budget year, optional: the latest held")] int? year = null,
        [Description("只看这条规则，如 R04（可选）/ rule id to keep, optional")] string? rule = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        var all = corpus.Current.Projects;
        var held = year ?? (all.Count > 0 ? all.Max(p => p.Year) : 0);
        var wanted = names.ToHashSet(StringComparer.Ordinal);
        var projects = all.Where(p => p.Year == held && wanted.Contains(p.Name)).ToList();
        if (projects.Count < wanted.Count)
        {
            var missing = wanted.Except(projects.Select(p => p.Name), StringComparer.Ordinal);
            throw new ArgumentException($"names: no {held} table named 「{string.Join("」「", missing)}」", nameof(names));
        }

        return new ValidationReport($"{projects.Count} 个项目", projects.Count, OfRule(validator.Validate(projects, all), rule), []);
    }

    /// <summary>Checks a pasted table.</summary>
    [KernelFunction("validate_table")]
    [Description("检查用户粘贴的一张绩效目标表（从 Word 复制的表格文本，单元格以制表符分隔）。返回读取错误（行号、字段）和审核问题。" +
                 "Check a target table the user pasted (text copied from Word, cells separated by tabs); returns read errors with line and field, and review findings.")]
    public ValidationReport ValidateTable([Description("粘贴的表格全文 / the pasted table text")] string text) => ValidateText(text, "粘贴的表格");

    /// <summary>Checks a table read from a text file, its problems named by <paramref name="source"/> (a file name) and line.</summary>
    public ValidationReport ValidateText(string text, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var parsed = TargetTableTextParser.Parse(source, PastedTable.ToExportLayout(text), corpus.Current.Projects.FirstOrDefault()?.Year);
        return new ValidationReport(source, parsed.Projects.Count, validator.Validate(parsed.Projects, corpus.Current.Projects), parsed.Errors);
    }

    // The findings of one rule when one is named (an unknown id is an error naming the rules there are).
    private IReadOnlyList<Finding> OfRule(IReadOnlyList<Finding> findings, string? rule)
    {
        if (string.IsNullOrWhiteSpace(rule))
        {
            return findings;
        }

        var id = rule.Trim().ToUpperInvariant();
        var ids = validator.Rules.Select(r => r.Id).Concat(validator.YearRules.Select(r => r.Id)).ToList();
        return ids.Contains(id)
            ? findings.Where(f => f.Rule == id).ToList()
            : throw new ArgumentException($"rule: unknown rule 「{rule}」; rules are {string.Join(" ", ids)}", nameof(rule));
    }
}
