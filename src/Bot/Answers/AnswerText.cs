namespace Assistant.Bot.Answers;

/// <summary>
/// An answer's text as it is composed: blocks of Markdown and typed tables, joined with <c>+</c> as strings are, so
/// the builders read as before while a table stays a table for the channels that cannot show Markdown tables. A string
/// converts to a text block; <see cref="Markdown"/> is the whole as the web page and the command line show it.
/// </summary>
public sealed class AnswerText
{
    private AnswerText(IReadOnlyList<AnswerBlock> blocks) => Blocks = blocks;

    /// <summary>The blocks in order; adjacent text is one block.</summary>
    public IReadOnlyList<AnswerBlock> Blocks { get; }

    /// <summary>The whole text as Markdown.</summary>
    public string Markdown => string.Concat(Blocks.Select(b => b.Markdown));

    /// <summary>A text of one table.</summary>
    public static AnswerText Of(AnswerBlock block) => new([block]);

    /// <summary>Markdown text as a text block.</summary>
    public static implicit operator AnswerText(string text) => new(text.Length == 0 ? [] : [AnswerBlock.Paragraph(text)]);

    /// <summary>The two texts one after the other.</summary>
    public static AnswerText operator +(AnswerText first, AnswerText second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var blocks = first.Blocks.ToList();
        foreach (var block in second.Blocks)
        {
            if (block.Kind == AnswerBlockKind.Text && blocks.Count > 0 && blocks[^1].Kind == AnswerBlockKind.Text)
            {
                blocks[^1] = AnswerBlock.Paragraph(blocks[^1].Text + block.Text);
            }
            else
            {
                blocks.Add(block);
            }
        }

        return new AnswerText(blocks);
    }

    /// <summary>The two texts one after the other (for <c>+</c> between texts and strings).</summary>
    public static AnswerText Add(AnswerText first, AnswerText second) => first + second;

    /// <summary>A text from a string (the named form of the implicit conversion).</summary>
    public static AnswerText FromString(string text) => text;

    /// <inheritdoc />
    public override string ToString() => Markdown;
}
