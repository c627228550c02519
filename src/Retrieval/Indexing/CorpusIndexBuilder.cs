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
            Parallel.ForEach(projects, parallel, (project, _, ordinal) =>
            {
                writer.AddDocument(ProjectDocument(project, ordinal));
                for (var row = 0; row < project.Indicators.Count; row++)
                {
                    writer.AddDocument(IndicatorDocument(project, ordinal, row));
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        writer.Commit();
    }

    private static Document ProjectDocument(Project project, long ordinal)
    {
        var document = new Document
        {
            new StringField(IndexFields.Type, IndexFields.ProjectType, Field.Store.NO),
            new NumericDocValuesField(IndexFields.Ordinal, ordinal),
            new StringField(IndexFields.DepartmentKeyword, project.Department, Field.Store.NO),
            new DoubleField(IndexFields.Budget, (double)project.Budget.Total, Field.Store.NO),
            new TextField(IndexFields.Name, project.Name, Field.Store.NO),
            new Int32Field(IndexFields.Year, project.Year, Field.Store.NO),
            new StringField(IndexFields.NameKeyword, project.Name, Field.Store.NO),
            new DoubleField(IndexFields.Fiscal, (double)project.Budget.Fiscal, Field.Store.NO),
            new DoubleField(IndexFields.Other, (double)project.Budget.Other, Field.Store.NO),
            new Int32Field(IndexFields.RowCount, project.Indicators.Count, Field.Store.NO),
            new NumericDocValuesField(IndexFields.BudgetValue, ProjectSetCollector.Money(project.Budget.Total)),
            new NumericDocValuesField(IndexFields.FiscalValue, ProjectSetCollector.Money(project.Budget.Fiscal)),
            new NumericDocValuesField(IndexFields.OtherValue, ProjectSetCollector.Money(project.Budget.Other)),
            new SortedDocValuesField(IndexFields.DepartmentValue, new Lucene.Net.Util.BytesRef(ProjectSetCollector.DepartmentValue(project))),
        };
        var levels = project.Indicators.SelectMany(i => new[] { ProjectConstraints.Level(1, i.Level1), ProjectConstraints.Level(2, i.Level2) });
        foreach (var level in levels.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(IndexFields.LevelKeyword, level, Field.Store.NO));
        }

        var deadlines = project.Indicators.Select(i => i.Target).Where(t => t.Kind == Normalisation.TargetKind.Deadline).Select(t => t.Date).OfType<DateOnly>();
        foreach (var date in deadlines.Distinct())
        {
            document.Add(new Int32Field(IndexFields.ProjectDeadline, DateKey(date), Field.Store.NO));
        }

        // The body holds all of the table's text, one value per line, so that repeated lines are segmented once.
        var lines = new[] { project.Name, project.Department, project.Usage }
            .Concat(project.Goals.Split('\n'))
            .Concat(project.Indicators.SelectMany(RowTexts));
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            document.Add(new TextField(IndexFields.Body, line, Field.Store.NO));
        }

        return document;
    }

    // 三级指标 and 描述 are often the same words: index them once.
    private static IEnumerable<string> RowTexts(Indicator indicator) =>
        indicator.Description == indicator.Level3
            ? [indicator.Level3, indicator.Value]
            : [indicator.Level3, indicator.Description, indicator.Value];

    private static Document IndicatorDocument(Project project, long ordinal, int row)
    {
        var indicator = project.Indicators[row];
        var target = indicator.Target;
        var document = new Document
        {
            new StringField(IndexFields.Type, IndexFields.IndicatorType, Field.Store.NO),
            new NumericDocValuesField(IndexFields.Ordinal, ordinal),
            new NumericDocValuesField(IndexFields.Row, row),
            new StringField(IndexFields.DepartmentKeyword, project.Department, Field.Store.NO),
            new DoubleField(IndexFields.Budget, (double)project.Budget.Total, Field.Store.NO),
            new StringField(IndexFields.Level1, indicator.Level1, Field.Store.NO),
            new StringField(IndexFields.Level2, indicator.Level2, Field.Store.NO),
            new StringField(IndexFields.Kind, target.Kind.ToString(), Field.Store.NO),
            new TextField(IndexFields.Level3, indicator.Level3, Field.Store.NO),
        };
        foreach (var text in RowTexts(indicator).Where(t => t.Length > 0))
        {
            document.Add(new TextField(IndexFields.RowText, text, Field.Store.NO));
        }

        if (target.Unit is { } unit)
        {
            document.Add(new StringField(IndexFields.Unit, unit, Field.Store.NO));
        }

        if (target.Comparator is { } comparator)
        {
            document.Add(new StringField(IndexFields.Comparator, comparator.ToString(), Field.Store.NO));
        }

        if (target.Number is { } number)
        {
            document.Add(new DoubleField(IndexFields.Number, (double)number, Field.Store.NO));
        }

        if (target.Date is { } date)
        {
            document.Add(new Int32Field(IndexFields.Deadline, DateKey(date), Field.Store.NO));
        }

        return document;
    }

    /// <summary>A date as the sortable number yyyymmdd.</summary>
    public static int DateKey(DateOnly date) => int.Parse(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
