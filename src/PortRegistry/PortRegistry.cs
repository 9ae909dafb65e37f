using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ports.Assembling;
using Ports.Indexes;
using Ports.Sources;
using Ports.Validation;

namespace Ports;

/// <summary>
/// An immutable, thread-safe table of services: port numbers to service names and back, read exactly as glibc reads
/// <c>/etc/services</c>, with the IANA registry embedded for machines that have no such file.
/// </summary>
/// <remarks>
/// Lookups follow glibc: names, aliases and protocols compare byte for byte (case-sensitive), a <see langword="null"/>
/// protocol matches any protocol, and the first matching entry in source order wins. Lookups allocate nothing.
/// Protocols are strings as services files spell them (<c>tcp</c>, <c>udp</c>); the overloads that take a
/// <see cref="System.Net.Sockets.ProtocolType"/> pass <see cref="System.Net.Sockets.ProtocolType.Tcp"/> as <c>tcp</c>,
/// and <see cref="TryGetByPortIgnoreCase"/> and <see cref="TryGetByNameIgnoreCase"/> accept any letter case.
/// </remarks>
public sealed partial class PortRegistry
{
    private static readonly Lazy<PortRegistry> s_embedded = new(() => Create(SourceLoader.Embedded), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<PortRegistry> s_default = new(() => Create(new PortRegistryOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly RegistryData _data;

    private PortRegistry(RegistryData data, PortSourceStatus[] sources, string? dataVersion)
    {
        _data = data;
        Sources = new ReadOnlyCollection<PortSourceStatus>(sources);
        DataVersion = dataVersion;
    }

    /// <summary>
    /// Gets the registry most programs want: the system services file (<see cref="SystemServicesPath"/>) first, then
    /// <see cref="Embedded"/>'s IANA data for every port and name the file does not hold (<see cref="PortDataSource.Merged"/>).
    /// A missing or unreadable system file leaves the embedded data alone, and <see cref="Sources"/> says why.
    /// Loaded once, on first use; never throws. For exactly what glibc sees, use
    /// <c>PortRegistry.FromFile(SystemServicesPath)</c>.
    /// </summary>
    public static PortRegistry Default => s_default.Value;

    /// <summary>
    /// Gets the IANA Service Name and Transport Protocol Port Number Registry shipped inside this assembly
    /// (<see cref="DataVersion"/> gives its date). Loaded once, on first use; independent of the machine.
    /// </summary>
    public static PortRegistry Embedded => s_embedded.Value;

    /// <summary>Gets every entry in source order, duplicates kept, as glibc's enumeration (<c>getent services</c>) lists them.</summary>
    public IReadOnlyList<PortEntry> Entries => _data.Entries;

    /// <summary>Gets the lines that were skipped as glibc skips them, each with its source, line number and reason.</summary>
    public IReadOnlyList<ServicesDiagnostic> Diagnostics => _data.Diagnostics;

    /// <summary>Gets the sources the registry was built from, in precedence order, including those that could not be loaded and why.</summary>
    public IReadOnlyList<PortSourceStatus> Sources { get; }

    /// <summary>
    /// Gets the date of the IANA registry behind the embedded data (such as <c>2026-08-17</c>) when the registry holds
    /// it, otherwise <see langword="null"/>.
    /// </summary>
    public string? DataVersion { get; }

    /// <summary>Reads a services file.</summary>
    /// <param name="path">The path of a file in services(5) format, such as <c>/etc/services</c>.</param>
    /// <returns>A registry of the file's entries; lines that glibc skips are in <see cref="Diagnostics"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is <see langword="null"/> or empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist; the message names the path.</exception>
    /// <exception cref="IOException">
    /// The path is a directory or not a regular file (a FIFO, socket or device), the file is larger than 64 MiB, it kept
    /// changing while it was read, or it cannot be read (a symbolic link loop, an I/O error); the message names the path
    /// and the reason. Nothing blocks: a FIFO without a writer is refused at once.
    /// </exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read; the message names the path.</exception>
    public static PortRegistry FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Create(new PortRegistryOptions { FilePath = path, Source = PortDataSource.SystemOnly });
    }

    /// <summary>Reads services(5) text.</summary>
    /// <param name="text">The text of a services file.</param>
    /// <returns>A registry of the text's entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static PortRegistry Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Reads services(5) text.</summary>
    /// <param name="text">The text of a services file.</param>
    /// <returns>A registry of the text's entries.</returns>
    public static PortRegistry Parse(ReadOnlySpan<char> text)
    {
        var assembler = new EntryAssembler();
        assembler.AddText(text, PortSourceKind.Text, "text");
        return Create(assembler.Build());
    }

    /// <summary>Reads services(5) text from UTF-8 bytes; bytes that are not valid UTF-8 are kept as described in <see cref="FromFile(string)"/>'s documentation.</summary>
    /// <param name="utf8">The bytes of a services file.</param>
    /// <returns>A registry of the text's entries.</returns>
    public static PortRegistry Parse(ReadOnlySpan<byte> utf8)
    {
        var assembler = new EntryAssembler();
        assembler.AddUtf8(utf8, PortSourceKind.Text, "text");
        return Create(assembler.Build());
    }

    /// <summary>Builds a registry as <paramref name="options"/> say: from the system file, the embedded data, or both, after the application's own entries.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The options are not valid: an entry line that does not hold exactly one entry or whose port is outside 0 to 65535,
    /// a size limit that is not positive, an empty file path. The message names each problem.
    /// </exception>
    /// <exception cref="IOException">With <see cref="PortDataSource.SystemOnly"/>, the file is missing, not a regular file, larger than <see cref="PortRegistryOptions.MaxFileSize"/>, changing or unreadable.</exception>
    /// <exception cref="UnauthorizedAccessException">With <see cref="PortDataSource.SystemOnly"/>, the file may not be read.</exception>
    public static PortRegistry Create(PortRegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The one place the options' entries are read: each a services(5) line, checked with the rest of the options.
        List<PortEntry> entries = OptionsValidation.ThrowIfInvalid(options);
        return Create(SourceLoader.Load(SourcePlan.For(options, hasEntries: entries.Count > 0), entries, options.MaxFileSize));
    }

    /// <summary>Finds the service on a port.</summary>
    /// <param name="port">The port number.</param>
    /// <param name="protocol">The protocol, compared exactly (<c>tcp</c> is not <c>TCP</c>: <see cref="TryGetByPortIgnoreCase"/> ignores case); <see langword="null"/> for any protocol.</param>
    /// <param name="entry">The first entry in source order with that port and protocol.</param>
    /// <returns><see langword="true"/> when one was found; <see langword="false"/> also for a port outside 0 to 65535.</returns>
    public bool TryGetByPort(int port, string? protocol, [MaybeNullWhen(false)] out PortEntry entry)
    {
        entry = _data.FindByPort(port, protocol);
        return entry is not null;
    }

    /// <summary>Finds a service by its name or one of its aliases.</summary>
    /// <param name="name">The name, compared exactly (case-sensitive, as glibc).</param>
    /// <param name="protocol">The protocol, compared exactly; <see langword="null"/> for any protocol.</param>
    /// <param name="entry">The first entry in source order whose name or an alias matches, with that protocol.</param>
    /// <returns><see langword="true"/> when one was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool TryGetByName(string name, string? protocol, [MaybeNullWhen(false)] out PortEntry entry)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGetByName(name.AsSpan(), protocol, out entry);
    }

    /// <summary>Finds a service by its name or one of its aliases, without allocating.</summary>
    /// <param name="name">The name, compared exactly (case-sensitive, as glibc).</param>
    /// <param name="protocol">The protocol, compared exactly; <see langword="null"/> for any protocol.</param>
    /// <param name="entry">The first entry in source order whose name or an alias matches, with that protocol.</param>
    /// <returns><see langword="true"/> when one was found.</returns>
    public bool TryGetByName(ReadOnlySpan<char> name, string? protocol, [MaybeNullWhen(false)] out PortEntry entry)
    {
        entry = _data.FindByName(name, protocol);
        return entry is not null;
    }

    /// <summary>
    /// Finds a service by its name or one of its aliases, ignoring the case of ASCII letters in the name and the protocol
    /// (<c>HTTP</c> finds <c>http</c>, <c>TCP</c> finds <c>tcp</c>), as Go and Windows users expect. This is not what
    /// glibc does; the first call builds an extra index.
    /// </summary>
    /// <param name="name">The name; ASCII letters match either case, every other character exactly.</param>
    /// <param name="protocol">The protocol, compared as <paramref name="name"/> is; <see langword="null"/> for any protocol.</param>
    /// <param name="entry">The first entry in source order whose name or an alias matches, with that protocol.</param>
    /// <returns><see langword="true"/> when one was found.</returns>
    public bool TryGetByNameIgnoreCase(ReadOnlySpan<char> name, string? protocol, [MaybeNullWhen(false)] out PortEntry entry)
    {
        entry = RegistryData.FirstWithProtocolIgnoreCase(_data.ByNameIgnoreCase(name), protocol);
        return entry is not null;
    }

    /// <summary>
    /// Returns, for a port, the first entry of each protocol in source order: what <see cref="TryGetByPort(int, string?, out PortEntry)"/>
    /// would find for each protocol the port has (so <c>443</c> gives <c>https/tcp</c> then <c>https/udp</c>). Later
    /// entries of the same port and protocol, which glibc's lookups never return, are left out; filter
    /// <see cref="Entries"/> for every entry. Allocates nothing.
    /// </summary>
    /// <param name="port">The port number.</param>
    /// <returns>The entries, one per protocol; empty when there are none or the port is outside 0 to 65535.</returns>
    public ReadOnlySpan<PortEntry> GetFirstPerProtocol(int port) => _data.ByPort(port);

    /// <summary>
    /// Returns, for a name or alias, the first entry of each protocol in source order: what
    /// <see cref="TryGetByName(ReadOnlySpan{char}, string?, out PortEntry)"/> would find for each protocol the name has.
    /// Later entries of the same name and protocol are left out; filter <see cref="Entries"/> for every entry. Allocates nothing.
    /// </summary>
    /// <param name="name">The name, compared exactly (case-sensitive, as glibc).</param>
    /// <returns>The entries, one per protocol; empty when there are none.</returns>
    public ReadOnlySpan<PortEntry> GetFirstPerProtocol(ReadOnlySpan<char> name) => _data.ByName(name);

    /// <summary>Returns a one-line account of the registry: its entry count and sources.</summary>
    /// <returns>For example <c>PortRegistry with 318 entries from file /etc/services (318 entries)</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"PortRegistry with {_data.Count} {(_data.Count == 1 ? "entry" : "entries")} from {string.Join(", ", Sources)}");

    private static PortRegistry Create(AssembledEntries assembled)
    {
        if (!assembled.IsEmbeddedOnly || ReferenceEquals(assembled, SourceLoader.Embedded))
        {
            return new PortRegistry(new RegistryData(assembled.Entries, assembled.Diagnostics, assembled.Embedded), assembled.Sources, assembled.DataVersion);
        }

        // The embedded data alone: the same registry as Embedded, or one that shares its entries and indexes and keeps its
        // own account of the sources (a system file that could not be read).
        PortRegistry embedded = Embedded;
        return assembled.Sources.Length == 1 ? embedded : new PortRegistry(embedded._data, assembled.Sources, assembled.DataVersion);
    }
}
