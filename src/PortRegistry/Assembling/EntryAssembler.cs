using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Ports.Indexes;
using Ports.Reading;
using Ports.Sources;

namespace Ports.Assembling;

/// <summary>
/// Turns the lines of one or more sources, in precedence order, into entries, the diagnostics of the lines that were
/// skipped, and an account of each source. Knows nothing of indexes: <see cref="Build"/> hands the result on.
/// </summary>
/// <remarks>
/// Each distinct name is one string (<see cref="NamePool"/>); protocols are shared strings; a description equal to the
/// previous entry's (the tcp and udp lines of a service) is shared too. The embedded data's descriptions are not decoded
/// here: its entries keep the data and the byte offset of their description.
/// </remarks>
internal sealed class EntryAssembler
{
    private const int MaxDiagnosticLineLength = 200;

    // The characters a file is decoded into at a time (8 KB).
    private const int DecodeChunkChars = 4096;

    private readonly List<PortEntry> _entries = [];
    private readonly List<ServicesDiagnostic> _diagnostics = [];
    private readonly List<PortSourceStatus> _sources = [];
    private readonly NamePool _names = new(capacity: 0); // sized for each text before it is read
    private readonly List<string> _protocols = ["tcp", "udp", "sctp", "dccp", "ddp", string.Empty];
    private string _lastProtocol = "tcp";
    private string? _lastDescription;
    private string? _dataVersion;
    private EmbeddedIndex? _embeddedIndex;
    private int _dataSourcesLoaded;
    private bool _onlyEmbedded = true;
    private bool _built;

    /// <summary>Gets a value indicating whether a file, text or the embedded data has loaded (the application's entries do not count).</summary>
    public bool HasLoadedData => _dataSourcesLoaded > 0;

    /// <summary>Parses services text and adds its entries.</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind of source.</param>
    /// <param name="location">A path or a short name for diagnostics.</param>
    public void AddText(ReadOnlySpan<char> text, PortSourceKind kind, string location) => AddLines(text, kind, location);

    /// <summary>Decodes UTF-8 text as <see cref="LosslessUtf8"/> does (invalid bytes kept as U+DC80 to U+DCFF) and parses it.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="kind">The kind of source.</param>
    /// <param name="location">A path or a short name for diagnostics.</param>
    public void AddUtf8(ReadOnlySpan<byte> utf8, PortSourceKind kind, string location) => AddDecoded(utf8, kind, location, embedded: null);

    /// <summary>Parses the embedded data; when its bytes are valid UTF-8, its entries read their descriptions from it when first asked.</summary>
    /// <param name="data">The embedded data.</param>
    public void AddEmbedded(EmbeddedData data)
    {
        AddDecoded(data.Bytes, PortSourceKind.Embedded, EmbeddedData.Location, data.HasValidUtf8 ? data : null);
        _dataVersion = data.Version;
    }

    /// <summary>
    /// Adds the entries of a source assembled before (the embedded data, assembled once per process), after those added
    /// so far. When that source is the embedded data's prebuilt index, it must be the last source.
    /// </summary>
    /// <param name="assembled">The source's entries, diagnostics and status.</param>
    public void AddAssembled(AssembledEntries assembled)
    {
        ThrowIfClosed();
        _entries.AddRange(assembled.Entries);
        _embeddedIndex = assembled.Embedded;
        _diagnostics.AddRange(assembled.Diagnostics);
        _sources.AddRange(assembled.Sources);
        _dataVersion ??= assembled.DataVersion;
        _dataSourcesLoaded++;
    }

    /// <summary>Adds entries the application supplied.</summary>
    /// <param name="entries">The entries, in precedence order.</param>
    public void AddEntries(IReadOnlyCollection<PortEntry> entries)
    {
        ThrowIfClosed();
        _entries.AddRange(entries);
        _onlyEmbedded = false;
        _sources.Add(new PortSourceStatus(PortSourceKind.Custom, "custom", IsLoaded: true, entries.Count, Error: null));
    }

    /// <summary>Records a source that could not be loaded.</summary>
    /// <param name="kind">The kind of source.</param>
    /// <param name="location">Its path or name.</param>
    /// <param name="error">Why it could not be loaded.</param>
    public void AddFailure(PortSourceKind kind, string location, string error)
        => _sources.Add(new PortSourceStatus(kind, location, IsLoaded: false, EntryCount: 0, error));

    /// <summary>Hands on what was assembled. An assembler builds once.</summary>
    /// <returns>The entries, diagnostics and sources.</returns>
    public AssembledEntries Build()
    {
        ThrowIfBuilt();
        _built = true;
        return new AssembledEntries(_entries, [.. _diagnostics], [.. _sources], _dataVersion, _onlyEmbedded && _dataVersion is not null, _embeddedIndex);
    }

    /// <summary>Decodes UTF-8 losslessly into a pooled buffer and parses it.</summary>
    private void AddDecoded(ReadOnlySpan<byte> utf8, PortSourceKind kind, string location, EmbeddedData? embedded)
    {
        int before = BeginSource(utf8.Count((byte)'\n') + 1);
        if (embedded is not null)
        {
            // The embedded text's descriptions are found again by their byte offset in the whole text.
            char[] all = ArrayPool<char>.Shared.Rent(Math.Max(1, LosslessUtf8.MaxCharCount(utf8.Length)));
            try
            {
                int charCount = LosslessUtf8.Decode(utf8, all);
                ReadEntries(all.AsSpan(0, charCount), firstLine: 1, kind, location, embedded);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(all);
            }
        }
        else
        {
            ReadInPieces(utf8, kind, location);
        }

        AddStatus(kind, location, _entries.Count - before);
    }

    /// <summary>
    /// Decodes and reads a file a few thousand lines' worth at a time, each piece ending after a line feed: a line feed is
    /// ASCII and never part of a UTF-8 sequence, and a line never reaches beyond its line feed, so the lines and their
    /// numbers are the same as in the whole text. The buffer stays small (two pages for a distribution's file, where the
    /// whole text took seven, touched at every first load) however large the file.
    /// </summary>
    private void ReadInPieces(ReadOnlySpan<byte> utf8, PortSourceKind kind, string location)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, Math.Min(LosslessUtf8.MaxCharCount(utf8.Length), DecodeChunkChars)));
        try
        {
            int firstLine = 1;
            while (!utf8.IsEmpty)
            {
                int cut = utf8.Length <= chars.Length ? utf8.Length : utf8[..chars.Length].LastIndexOf((byte)'\n') + 1;
                if (cut == 0)
                {
                    // One line longer than the buffer: a piece of its own, in a buffer large enough.
                    int end = utf8.IndexOf((byte)'\n');
                    cut = end < 0 ? utf8.Length : end + 1;
                    char[] larger = ArrayPool<char>.Shared.Rent(LosslessUtf8.MaxCharCount(cut));
                    ArrayPool<char>.Shared.Return(chars);
                    chars = larger;
                }

                int charCount = LosslessUtf8.Decode(utf8[..cut], chars);
                firstLine = ReadEntries(chars.AsSpan(0, charCount), firstLine, kind, location, embedded: null);
                utf8 = utf8[cut..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void AddLines(ReadOnlySpan<char> text, PortSourceKind kind, string location)
    {
        int before = BeginSource(text.Count('\n') + 1);
        ReadEntries(text, firstLine: 1, kind, location, embedded: null);
        AddStatus(kind, location, _entries.Count - before);
    }

    /// <summary>Makes room for the entries of a source of <paramref name="lines"/> lines.</summary>
    /// <returns>The number of entries before the source's.</returns>
    private int BeginSource(int lines)
    {
        ThrowIfClosed();
        int before = _entries.Count;
        _entries.EnsureCapacity(before + lines);
        _names.EnsureCapacity(lines / 2);
        return before;
    }

    /// <summary>Adds the entries of a text of whole lines, and notes its skipped lines.</summary>
    /// <returns>The number of the line after the text's last.</returns>
    private int ReadEntries(ReadOnlySpan<char> text, int firstLine, PortSourceKind kind, string location, EmbeddedData? embedded)
    {
        var offsets = new Utf8OffsetTracker(text);
        var reader = new ServicesReader(text, firstLine);
        while (reader.Read(out ServicesLine line))
        {
            if (line.Error is { } error)
            {
                ReadOnlySpan<char> shown = line.Text.Length > MaxDiagnosticLineLength ? line.Text[..MaxDiagnosticLineLength] : line.Text;
                _diagnostics.Add(new ServicesDiagnostic(location, line.LineNumber, error, shown.TrimEnd('\r').ToString()));
                continue;
            }

            _entries.Add(CreateEntry(ref line, kind, embedded, ref offsets));
        }

        return reader.LineNumber + 1;
    }

    private void AddStatus(PortSourceKind kind, string location, int added)
    {
        _sources.Add(new PortSourceStatus(kind, location, IsLoaded: true, added, Error: null));
        _dataSourcesLoaded++;
        _onlyEmbedded &= kind == PortSourceKind.Embedded;
    }

    private PortEntry CreateEntry(ref ServicesLine line, PortSourceKind kind, EmbeddedData? embedded, ref Utf8OffsetTracker offsets)
    {
        string name = _names.Get(line.Name);
        string protocol = GetProtocol(line.Protocol);
        string[] aliases = [];
        if (!line.AliasText.IsEmpty)
        {
            aliases = new string[line.EnumerateAliases().Count()];
            int i = 0;
            foreach (ReadOnlySpan<char> alias in line.EnumerateAliases())
            {
                aliases[i++] = _names.Get(alias);
            }
        }

        ReadOnlySpan<char> comment = line.Comment.Trim(" \t\n\v\f\r");
        if (embedded is not null && !comment.IsEmpty)
        {
            return new PortEntry(name, line.Port, protocol, aliases, embedded, offsets.ByteOffsetOf(comment));
        }

        return new PortEntry(name, line.Port, protocol, aliases, GetDescription(comment), kind);
    }

    private string GetProtocol(ReadOnlySpan<char> protocol)
    {
        // Nearly every line says tcp or udp, and most say what the line before said: no hashing needed.
        if (protocol.SequenceEqual(_lastProtocol))
        {
            return _lastProtocol;
        }

        foreach (string known in _protocols)
        {
            if (protocol.SequenceEqual(known))
            {
                return _lastProtocol = known;
            }
        }

        string created = protocol.ToString();
        _protocols.Add(created);
        return _lastProtocol = created;
    }

    private string? GetDescription(ReadOnlySpan<char> comment)
    {
        if (comment.IsEmpty)
        {
            return null;
        }

        if (!comment.SequenceEqual(_lastDescription))
        {
            _lastDescription = comment.ToString();
        }

        return _lastDescription;
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The entries are already assembled.");
        }
    }

    /// <summary>Throws when no source may be added any more: the entries are built, or the embedded data's index came last.</summary>
    private void ThrowIfClosed()
    {
        ThrowIfBuilt();
        if (_embeddedIndex is not null)
        {
            // The prebuilt index's entries are not in the list: nothing can follow them without coming before them.
            throw new InvalidOperationException("The embedded data's index must be the last source.");
        }
    }

    /// <summary>Maps positions in text decoded from valid UTF-8 to byte offsets in those bytes, moving forward only.</summary>
    private ref struct Utf8OffsetTracker
    {
        private readonly ReadOnlySpan<char> _text;
        private int _charPosition;
        private int _bytePosition;

        public Utf8OffsetTracker(ReadOnlySpan<char> text)
        {
            _text = text;
            _charPosition = 0;
            _bytePosition = 0;
        }

        /// <summary>Returns the byte offset of the start of <paramref name="slice"/>, a slice of the text after any slice asked before.</summary>
        public int ByteOffsetOf(ReadOnlySpan<char> slice)
        {
            int index = (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetReference(_text), ref MemoryMarshal.GetReference(slice)) / sizeof(char));
            _bytePosition += Encoding.UTF8.GetByteCount(_text[_charPosition..index]);
            _charPosition = index;
            return _bytePosition;
        }
    }
}
