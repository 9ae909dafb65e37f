namespace Ports.Parsing;

/// <summary>
/// Collects entries from one or more sources in precedence order, with the diagnostics and source statuses that go
/// with them, and builds the registry's data.
/// </summary>
internal sealed class RegistryBuilder
{
    private const int MaxDiagnosticLineLength = 200;

    private readonly List<PortEntry> _entries = [];
    private readonly List<ServicesDiagnostic> _diagnostics = [];
    private readonly List<PortSourceStatus> _sources = [];
    private readonly StringPool _pool = new();

    /// <summary>Gets the sources added so far.</summary>
    public IReadOnlyList<PortSourceStatus> Sources => _sources;

    /// <summary>Parses services text and adds its entries.</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind of source.</param>
    /// <param name="location">A path or a short name for diagnostics.</param>
    /// <returns>The number of entries added.</returns>
    public int AddText(ReadOnlySpan<char> text, PortSourceKind kind, string location)
    {
        int before = _entries.Count;
        var reader = new ServicesReader(text);
        while (reader.Read(out ServicesLine line))
        {
            if (line.Error is { } error)
            {
                ReadOnlySpan<char> shown = line.Text.Length > MaxDiagnosticLineLength ? line.Text[..MaxDiagnosticLineLength] : line.Text;
                _diagnostics.Add(new ServicesDiagnostic(location, line.LineNumber, error, shown.TrimEnd('\r').ToString()));
                continue;
            }

            _entries.Add(CreateEntry(ref line, kind));
        }

        int added = _entries.Count - before;
        _sources.Add(new PortSourceStatus(kind, location, IsLoaded: true, added, Error: null));
        return added;
    }

    /// <summary>Adds entries the application supplied.</summary>
    /// <param name="entries">The entries, in precedence order.</param>
    public void AddCustom(IReadOnlyCollection<PortEntry> entries)
    {
        _entries.AddRange(entries);
        _sources.Add(new PortSourceStatus(PortSourceKind.Custom, "custom", IsLoaded: true, entries.Count, Error: null));
    }

    /// <summary>Records a source that could not be loaded.</summary>
    /// <param name="kind">The kind of source.</param>
    /// <param name="location">Its path or name.</param>
    /// <param name="error">Why it could not be loaded.</param>
    public void AddFailure(PortSourceKind kind, string location, string error)
        => _sources.Add(new PortSourceStatus(kind, location, IsLoaded: false, EntryCount: 0, error));

    /// <summary>Builds the immutable data: the entries and their frozen indexes.</summary>
    /// <returns>The data.</returns>
    public RegistryData Build() => new([.. _entries], [.. _diagnostics]);

    private PortEntry CreateEntry(ref ServicesLine line, PortSourceKind kind)
    {
        string name = _pool.Get(line.Name);
        string protocol = _pool.Get(line.Protocol);
        string[] aliases;
        int count = line.EnumerateAliases().Count();
        if (count == 0)
        {
            aliases = [];
        }
        else
        {
            aliases = new string[count];
            int i = 0;
            foreach (ReadOnlySpan<char> alias in line.EnumerateAliases())
            {
                aliases[i++] = _pool.Get(alias);
            }
        }

        ReadOnlySpan<char> comment = line.Comment.Trim(" \t\n\v\f\r");
        string? description = comment.IsEmpty ? null : _pool.Get(comment);
        return new PortEntry(name, line.Port, protocol, aliases, description, kind);
    }
}
