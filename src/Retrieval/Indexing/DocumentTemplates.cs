using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// One indexing thread's document and fields, reused from one document to the next as Lucene recommends: each new
/// field instance builds its own token stream and attributes (a locked type look-up in Lucene.Net), which at 10^5
/// tables cost more than the segmentation. A field name may occur several times in a document; each occurrence has its
/// own instance. Not thread-safe: one per thread.
/// </summary>
internal sealed class DocumentTemplates
{
    private readonly Document _document = new();
    private readonly Dictionary<(string Name, Type Type), List<Field>> _pool = [];
    private readonly Dictionary<(string Name, Type Type), int> _used = [];

    /// <summary>Starts a new document: the same instance, emptied.</summary>
    public Document Start()
    {
        _document.Fields.Clear();
        _used.Clear();
        return _document;
    }

    /// <summary>Adds a keyword (not analysed) value.</summary>
    public void String(string name, string value) => Next(name, () => new StringField(name, value, Field.Store.NO)).SetStringValue(value);

    /// <summary>Adds an analysed text value.</summary>
    public void Text(string name, string value) => Next(name, () => new TextField(name, value, Field.Store.NO)).SetStringValue(value);

    /// <summary>Adds a numeric (range-searchable) double.</summary>
    public void Double(string name, double value) => Next(name, () => new DoubleField(name, value, Field.Store.NO)).SetDoubleValue(value);

    /// <summary>Adds a numeric (range-searchable) int.</summary>
    public void Int32(string name, int value) => Next(name, () => new Int32Field(name, value, Field.Store.NO)).SetInt32Value(value);

    /// <summary>Adds a numeric doc value.</summary>
    public void NumericValue(string name, long value) => Next(name, () => new NumericDocValuesField(name, value)).SetInt64Value(value);

    /// <summary>Adds a sorted (keyword) doc value.</summary>
    public void SortedValue(string name, string value) =>
        Next(name, () => new SortedDocValuesField(name, new BytesRef(value))).SetBytesValue(new BytesRef(value));

    private T Next<T>(string name, Func<T> create)
        where T : Field
    {
        var key = (name, typeof(T));
        var used = _used.GetValueOrDefault(key);
        if (!_pool.TryGetValue(key, out var instances))
        {
            _pool[key] = instances = [];
        }

        if (used == instances.Count)
        {
            instances.Add(create());
        }

        _used[key] = used + 1;
        var field = (T)instances[used];
        _document.Add(field);
        return field;
    }
}
