namespace Assistant.Retrieval.Documents;

/// <summary>
/// A document refused before it was read: over a <see cref="DocumentLimits"/> limit, or holding a DTD. The message
/// is Chinese and names the part and the limit; nothing of the document was parsed.
/// </summary>
public sealed class UnsafeDocumentException : IOException
{
    /// <summary>Creates the exception.</summary>
    public UnsafeDocumentException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    public UnsafeDocumentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public UnsafeDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
