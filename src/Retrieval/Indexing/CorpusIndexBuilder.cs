using System.Globalization;
using System.Runtime.ExceptionServices;
using Assistant.Retrieval.Corpus;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Assistant.Retrieval.Indexing;

/// <summary>Writes projects and their indicator rows into a Lucene directory.</summary>
internal static class CorpusIndexBuilder
{
    /// <summary>Builds a new index of <paramref name="projects"/> in <paramref name="directory"/> and commits it. Documents
    /// refer to projects by their position in <paramref name="projects"/>.</summary>
    public static void Build(LuceneDirectory directory, IEnumerable<Project> projects, CancellationToken cancellationToken)
    {
        using var analyzer = new DomainAnalyzer();
        var config = new IndexWriterConfig(DomainAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 128,
        };
        using var writer = new IndexWriter(directory, config);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            // IndexWriter takes documents from several threads; segmentation is the cost, so use every core.
            // Each thread reuses its document and fields (DocumentTemplates); a document is added before the next is made.
            // A table and its rows go in as one block: the writer's per-call bookkeeping (locks, flush checks) once a table.
            Parallel.ForEach(projects, parallel, () => new DocumentTemplates(), (project, _, ordinal, templates) =>
            {
                writer.AddDocuments(Documents(templates, project, ordinal));
                return templates;
            }, _ => { });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        writer.Commit();
        SegmentationCache.Clear();
    }

    // The table's document, then each row's: one reused document, each yielded once the writer has taken the last.
    private static IEnumerable<Document> Documents(DocumentTemplates templates, Project project, long ordinal)
    {
        yield return ProjectDocument(templates, project, ordinal);
        for (var row = 0; row < project.Indicators.Count; row++)
        {
            yield return IndicatorDocument(templates, project, ordinal, row);
        }
    }

    private static Document ProjectDocument(DocumentTemplates t, Project project, long ordinal)
    {
        var document = t.Start();
        t.String(IndexFields.Type, IndexFields.ProjectType);
        t.NumericValue(IndexFields.Ordinal, ordinal);
        t.String(IndexFields.DepartmentKeyword, project.Department);
        t.Double(IndexFields.Budget, (double)project.Budget.Total);
        t.Text(IndexFields.Name, project.Name);
        t.NumericValue(IndexFields.YearValue, project.Year);
        t.NumericValue(IndexFields.RowsValue, project.Indicators.Count);
        t.NumericValue(IndexFields.BudgetValue, ProjectColumns.Money(project.Budget.Total));
        t.NumericValue(IndexFields.FiscalValue, ProjectColumns.Money(project.Budget.Fiscal));
        t.NumericValue(IndexFields.OtherValue, ProjectColumns.Money(project.Budget.Other));
        t.SortedValue(IndexFields.DepartmentValue, ProjectColumns.DepartmentValue(project));

        // The body holds all of the table's text, one value per line, so that repeated lines are segmented once.
        var lines = new[] { project.Name, project.Department, project.Usage }
            .Concat(project.Goals.Split('\n'))
            .Concat(project.Indicators.SelectMany(RowTexts));
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            t.Text(IndexFields.Body, line);
        }

        return document;
    }

    // 三级指标 and 描述 are often the same words: index them once.
    private static IEnumerable<string> RowTexts(Indicator indicator) =>
        indicator.Description == indicator.Level3
            ? [indicator.Level3, indicator.Value]
            : [indicator.Level3, indicator.Description, indicator.Value];

    private static Document IndicatorDocument(DocumentTemplates t, Project project, long ordinal, int row)
    {
        var indicator = project.Indicators[row];
        var target = indicator.Target;
        var document = t.Start();
        t.String(IndexFields.Type, IndexFields.IndicatorType);
        t.NumericValue(IndexFields.Ordinal, ordinal);
        t.NumericValue(IndexFields.Row, row);
        t.String(IndexFields.DepartmentKeyword, project.Department);
        t.Double(IndexFields.Budget, (double)project.Budget.Total);
        t.String(IndexFields.Level1, indicator.Level1);
        t.String(IndexFields.Level2, indicator.Level2);
        t.String(IndexFields.Kind, target.Kind.ToString());
        t.Text(IndexFields.Level3, indicator.Level3);
        foreach (var text in RowTexts(indicator).Where(x => x.Length > 0))
        {
            t.Text(IndexFields.RowText, text);
        }

        if (target.Unit is { } unit)
        {
            t.String(IndexFields.Unit, unit);
        }

        if (target.Comparator is { } comparator)
        {
            t.String(IndexFields.Comparator, comparator.ToString());
        }

        if (target.Number is { } number)
        {
            t.Double(IndexFields.Number, (double)number);
        }

        if (target.Date is { } date)
        {
            t.Int32(IndexFields.Deadline, DateKey(date));
        }

        return document;
    }

    /// <summary>A date as the sortable number yyyymmdd.</summary>
    public static int DateKey(DateOnly date) => int.Parse(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
