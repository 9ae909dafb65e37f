using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Ports.Parsing;

/// <summary>
/// Collects entries from one or more sources in precedence order, with the diagnostics and source statuses that go
/// with them, and builds the registry's data.
/// </summary>
/// <remarks>
/// Each distinct name is one string (the name index interns it while it records the entry); protocols are shared
/// strings; a description equal to the previous entry's (the tcp and udp lines of a service) is shared too.
/// </remarks>
internal sealed class RegistryBuilder
{
    private const int MaxDiagnosticLineLength = 200;
    private const int MaxAliasesOnStack = 16;

    private readonly List<PortEntry> _entries = [];
    private readonly List<ServicesDiagnostic> _diagnostics = [];
    private readonly List<PortSourceStatus> _sources = [];
    private readonly NameIndex _names = new(ignoreCase: false, capacity: 256);
    private readonly List<string> _protocols = ["tcp", "udp", "sctp", "dccp", "ddp", string.Empty];
    private string _lastProtocol = "tcp";
    private string? _lastDescription;
    private bool _built;

    /// <summary>Gets the sources added so far.</summary>
    public IReadOnlyList<PortSourceStatus> Sources => _sources;

    /// <summary>Parses services text and adds its entries.</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind of source.</param>
    /// <param name="location">A path or a short name for diagnostics.</param>
    /// <returns>The number of entries added.</returns>
    public int AddText(ReadOnlySpan<char> text, PortSourceKind kind, string location) => AddText(text, kind, location, utf8: default);

    /// <summary>Decodes UTF-8 text as <see cref="LosslessUtf8"/> does (invalid bytes kept as U+DC80 to U+DCFF) and parses it.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="kind">The kind of source.</param>
    /// <param name="location">A path or a short name for diagnostics.</param>
    /// <returns>The number of entries added.</returns>
    public int AddUtf8(ReadOnlySpan<byte> utf8, PortSourceKind kind, string location)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, LosslessUtf8.MaxCharCount(utf8.Length)));
        try
        {
            int charCount = LosslessUtf8.Decode(utf8, chars);
            return AddText(chars.AsSpan(0, charCount), kind, location);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// Parses the embedded data, whose descriptions stay in the resource (<paramref name="utf8"/>) until they are read.
    /// </summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="utf8">The valid UTF-8 bytes <paramref name="text"/> was decoded from, which stay in memory for the life of the process.</param>
    /// <returns>The number of entries added.</returns>
    public int AddEmbeddedText(ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8) => AddText(text, PortSourceKind.Embedded, EmbeddedData.Location, utf8);

    /// <summary>Adds entries the application supplied.</summary>
    /// <param name="entries">The entries, in precedence order.</param>
    public void AddCustom(IReadOnlyCollection<PortEntry> entries)
    {
        ThrowIfBuilt();
        foreach (PortEntry entry in entries)
        {
            _entries.Add(entry);
            _names.Add(entry);
        }

        _sources.Add(new PortSourceStatus(PortSourceKind.Custom, "custom", IsLoaded: true, entries.Count, Error: null));
    }

    /// <summary>Records a source that could not be loaded.</summary>
    /// <param name="kind">The kind of source.</param>
    /// <param name="location">Its path or name.</param>
    /// <param name="error">Why it could not be loaded.</param>
    public void AddFailure(PortSourceKind kind, string location, string error)
        => _sources.Add(new PortSourceStatus(kind, location, IsLoaded: false, EntryCount: 0, error));

    /// <summary>Builds the immutable data: the entries and their indexes. A builder builds once.</summary>
    /// <returns>The data.</returns>
    public RegistryData Build()
    {
        ThrowIfBuilt();
        _built = true;
        _names.Freeze();
        return new RegistryData(_entries, [.. _diagnostics], _names);
    }

    private int AddText(ReadOnlySpan<char> text, PortSourceKind kind, string location, ReadOnlySpan<byte> utf8)
    {
        ThrowIfBuilt();
        int before = _entries.Count;
        int lines = text.Count('\n') + 1;
        _entries.EnsureCapacity(before + lines);
        _names.EnsureCapacity(lines / 2);
        var offsets = new Utf8OffsetTracker(text, utf8);
        var reader = new ServicesReader(text);
        while (reader.Read(out ServicesLine line))
        {
            if (line.Error is { } error)
            {
                ReadOnlySpan<char> shown = line.Text.Length > MaxDiagnosticLineLength ? line.Text[..MaxDiagnosticLineLength] : line.Text;
                _diagnostics.Add(new ServicesDiagnostic(location, line.LineNumber, error, shown.TrimEnd('\r').ToString()));
                continue;
            }

            AddEntry(ref line, kind, ref offsets);
        }

        int added = _entries.Count - before;
        _sources.Add(new PortSourceStatus(kind, location, IsLoaded: true, added, Error: null));
        return added;
    }

    private void AddEntry(ref ServicesLine line, PortSourceKind kind, ref Utf8OffsetTracker offsets)
    {
        string name = _names.Intern(line.Name, out int nameKey);
        string protocol = GetProtocol(line.Protocol);

        string[] aliases = [];
        Span<int> aliasKeys = stackalloc int[MaxAliasesOnStack];
        if (!line.AliasText.IsEmpty)
        {
            int count = line.EnumerateAliases().Count();
            aliases = new string[count];
            if (count > MaxAliasesOnStack)
            {
                aliasKeys = new int[count];
            }

            int i = 0;
            foreach (ReadOnlySpan<char> alias in line.EnumerateAliases())
            {
                aliases[i] = _names.Intern(alias, out aliasKeys[i]);
                i++;
            }
        }

        ReadOnlySpan<char> comment = line.Comment.Trim(" \t\n\v\f\r");
        PortEntry entry;
        if (offsets.IsActive)
        {
            entry = comment.IsEmpty
                ? new PortEntry(name, line.Port, protocol, aliases, description: null, kind)
                : new PortEntry(name, line.Port, protocol, aliases, offsets.ByteOffsetOf(comment));
        }
        else
        {
            entry = new PortEntry(name, line.Port, protocol, aliases, GetDescription(comment), kind);
        }

        _entries.Add(entry);
        _names.AddOccurrence(nameKey, entry);
        for (int i = 0; i < aliases.Length; i++)
        {
            _names.AddOccurrence(aliasKeys[i], entry);
        }
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
            throw new InvalidOperationException("The registry is already built.");
        }
    }

    /// <summary>Maps positions in decoded text to byte offsets in the UTF-8 it was decoded from, moving forward only.</summary>
    private ref struct Utf8OffsetTracker
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly ReadOnlySpan<byte> _utf8;
        private int _charPosition;
        private int _bytePosition;

        public Utf8OffsetTracker(ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8)
        {
            _text = text;
            _utf8 = utf8;
            _charPosition = 0;
            _bytePosition = 0;
        }

        /// <summary>Gets a value indicating whether there are bytes to map to (the embedded data).</summary>
        public readonly bool IsActive => !_utf8.IsEmpty;

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
