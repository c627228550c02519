using System.Globalization;
using System.IO.Compression;

namespace Assistant.Retrieval.Documents;

/// <summary>
/// Checks an Office package (a zip) before any reader opens it: the entry count, every part's and the total
/// uncompressed size as actually inflated (a zip's declared sizes can lie), and that no XML part declares a DTD.
/// Memory stays constant: parts are streamed through a small buffer, never held.
/// </summary>
public static class ArchiveGuard
{
    // "<!DOCTYPE" as UTF-8 and as UTF-16 (either byte order): any part declaring a DTD is refused, whatever its name.
    private static readonly byte[][] DoctypeMarks =
    [
        "<!DOCTYPE"u8.ToArray(),
        System.Text.Encoding.Unicode.GetBytes("<!DOCTYPE"),
        System.Text.Encoding.BigEndianUnicode.GetBytes("<!DOCTYPE"),
    ];

    private const int Overlap = 18; // the longest mark less one byte, kept across reads so a split mark is found

    /// <summary>Throws <see cref="UnsafeDocumentException"/> when <paramref name="package"/> breaks a limit.</summary>
    /// <exception cref="InvalidDataException">The stream is not a zip at all.</exception>
    public static void Check(Stream package, DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException("文件不是有效的 Office 文档（不是 zip 包）", ex);
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new UnsafeDocumentException(Invariant($"文件被拒绝：包含 {zip.Entries.Count} 个部件，超过上限 {limits.MaxEntries}（Documents:MaxEntries）"));
            }

            var budget = new InflationBudget(limits);
            foreach (var entry in zip.Entries)
            {
                // The declared size is checked first (cheap), the real one while inflating.
                budget.Declare(entry.FullName, entry.Length);
                using var inflated = new CountingStream(entry.Open(), entry.FullName, budget);
                Drain(inflated);
            }
        }
    }

    private static void Drain(CountingStream part)
    {
        var buffer = new byte[16 * 1024];
        while (part.Read(buffer) > 0)
        {
            // The counting stream enforces the limits and looks for a DOCTYPE as the bytes pass.
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class InflationBudget(DocumentLimits limits)
    {
        private long _total;

        public void Declare(string part, long declared)
        {
            if (declared > limits.MaxPartBytes)
            {
                throw PartTooLarge(part);
            }
        }

        public void Add(string part, long partBytes, int read)
        {
            _total += read;
            if (partBytes > limits.MaxPartBytes)
            {
                throw PartTooLarge(part);
            }

            if (_total > limits.MaxTotalBytes)
            {
                throw new UnsafeDocumentException(Invariant($"文件被拒绝：解压后超过 {limits.MaxTotalBytes / (1024 * 1024)} MB（Documents:MaxTotalBytes）"));
            }
        }

        private UnsafeDocumentException PartTooLarge(string part) =>
            new(Invariant($"文件被拒绝：部件 {part} 解压后超过 {limits.MaxPartBytes / (1024 * 1024)} MB（Documents:MaxPartBytes）"));
    }

    private sealed class CountingStream(Stream inner, string part, InflationBudget budget) : Stream
    {
        private readonly byte[] _tail = new byte[Overlap];
        private int _tailLength;
        private byte[] _window = [];
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            budget.Add(part, _read, n);
            ScanForDoctype(buffer[..n]);
            return n;
        }

        public override void Flush()
        {
        }

        private void ScanForDoctype(ReadOnlySpan<byte> chunk)
        {
            if (chunk.IsEmpty)
            {
                return;
            }

            if (_window.Length < _tailLength + chunk.Length)
            {
                _window = new byte[_tailLength + chunk.Length];
            }

            var window = _window.AsSpan(0, _tailLength + chunk.Length);
            _tail.AsSpan(0, _tailLength).CopyTo(window);
            chunk.CopyTo(window[_tailLength..]);
            foreach (var mark in DoctypeMarks)
            {
                if (window.IndexOf(mark) >= 0)
                {
                    throw new UnsafeDocumentException($"文件被拒绝：部件 {part} 含有 DTD（DOCTYPE），出于安全原因不予读取");
                }
            }

            _tailLength = Math.Min(Overlap, window.Length);
            window[^_tailLength..].CopyTo(_tail);
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
