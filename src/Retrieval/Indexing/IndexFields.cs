namespace Assistant.Retrieval.Indexing;

/// <summary>Lucene field names. Project and indicator rows are separate documents told apart by <see cref="Type"/>.</summary>
internal static class IndexFields
{
    public const string Type = "type";
    public const string ProjectType = "project";
    public const string IndicatorType = "indicator";

    // Both kinds: the project's position in the corpus list (doc values, so hits need no stored-field reads).
    public const string Ordinal = "ordinal";
    public const string DepartmentKeyword = "department_kw";
    public const string Budget = "budget";

    // Project documents, for typed queries: doc values, read into columns that selections test and add up (ProjectColumns).
    public const string YearValue = "year_dv";
    public const string RowsValue = "rows_dv";
    public const string BudgetValue = "budget_dv";
    public const string FiscalValue = "fiscal_dv";
    public const string OtherValue = "other_dv";
    public const string DepartmentValue = "department_dv";

    // Project documents: the name alone (boosted), and all of the table's text.
    public const string Name = "name";
    public const string Body = "body";

    // Indicator documents.
    public const string Row = "row";
    public const string Level1 = "level1";
    public const string Level2 = "level2";
    public const string Level3 = "level3";
    public const string RowText = "row_text";
    public const string Kind = "kind";
    public const string Unit = "unit";
    public const string Comparator = "comparator";
    public const string Number = "number";
    public const string Deadline = "deadline";
}
