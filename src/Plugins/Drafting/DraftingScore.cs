namespace Assistant.Plugins.Drafting;

/// <summary>How close drafts come to the real tables, leave-one-out (see <see cref="DraftingMeasure"/>).</summary>
/// <param name="Projects">Tables drafted.</param>
/// <param name="Recall">Share of a real table's rows a draft has a counterpart for, averaged over tables.</param>
/// <param name="Precision">Share of a draft's rows the real table has a counterpart for, averaged over tables.</param>
/// <param name="BondRows">Drafts of projects other than 一般债券还息 that borrow a row from a 一般债券还息 project.</param>
public sealed record DraftingScore(int Projects, double Recall, double Precision, int BondRows);
