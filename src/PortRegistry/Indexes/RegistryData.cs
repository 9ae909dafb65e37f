using System.Collections.ObjectModel;
using System.Runtime.InteropServices;

namespace Ports.Indexes;

/// <summary>
/// The immutable heart of a registry: the entries in source order and the indexes over them, built once from the final
/// entries by this one routine (the ignore-case index on first use). Several
/// <see cref="PortRegistry"/> instances can share one (the embedded data behind both <see cref="PortRegistry.Embedded"/>
/// and a <see cref="PortRegistry.Default"/> that fell back to it).
/// </summary>
internal sealed class RegistryData
{
    private readonly List<PortEntry> _entries;
    private readonly PortIndex _byPort;
    private readonly NameIndex _byName;
    private NameIndex? _byNameIgnoreCase;

    /// <summary>Builds the indexes over assembled entries.</summary>
    /// <param name="entries">The entries, in precedence (source) order; taken over, not copied.</param>
    /// <param name="diagnostics">The skipped lines.</param>
    public RegistryData(List<PortEntry> entries, ServicesDiagnostic[] diagnostics)
    {
        _entries = entries;
        Entries = new ReadOnlyCollection<PortEntry>(entries);
        Diagnostics = new ReadOnlyCollection<ServicesDiagnostic>(diagnostics);
        _byPort = PortIndex.Create(CollectionsMarshal.AsSpan(entries));
        _byName = NameIndex.Create(CollectionsMarshal.AsSpan(entries), ignoreCase: false);
    }

    /// <summary>Gets every entry in source order.</summary>
    public ReadOnlyCollection<PortEntry> Entries { get; }

    /// <summary>Gets the lines that were skipped, with the reason.</summary>
    public ReadOnlyCollection<ServicesDiagnostic> Diagnostics { get; }

    /// <summary>Returns, for a port, the first entry of each protocol, in source order.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The entries; empty for none.</returns>
    public ReadOnlySpan<PortEntry> ByPort(int port) => _byPort.Find(port);

    /// <summary>Returns, for a name or alias, the first entry of each protocol, in source order.</summary>
    /// <param name="name">The name, compared ordinally.</param>
    /// <returns>The entries; empty for none.</returns>
    public ReadOnlySpan<PortEntry> ByName(ReadOnlySpan<char> name) => _byName.Find(name);

    /// <summary>Returns the same as <see cref="ByName"/> with ASCII letters compared without case; the index is built on first use.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The entries; empty for none.</returns>
    public ReadOnlySpan<PortEntry> ByNameIgnoreCase(ReadOnlySpan<char> name)
    {
        NameIndex index = _byNameIgnoreCase ?? LazyInitializer.EnsureInitialized(ref _byNameIgnoreCase, () => NameIndex.Create(CollectionsMarshal.AsSpan(_entries), ignoreCase: true));
        return index.Find(name);
    }

    /// <summary>Returns the first entry of <paramref name="candidates"/> whose protocol matches.</summary>
    /// <param name="candidates">The first entry of each protocol, in source order.</param>
    /// <param name="protocol">The protocol, or <see langword="null"/> for any.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public static PortEntry? FirstWithProtocol(ReadOnlySpan<PortEntry> candidates, string? protocol)
    {
        if (candidates.IsEmpty)
        {
            return null;
        }

        if (protocol is null)
        {
            return candidates[0];
        }

        foreach (PortEntry entry in candidates)
        {
            if (string.Equals(entry.Protocol, protocol, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Returns the first of <paramref name="candidates"/> whose protocol matches, ASCII letters compared without case and every other character exactly.</summary>
    /// <param name="candidates">The first entry of each protocol, in source order.</param>
    /// <param name="protocol">The protocol, or <see langword="null"/> for any.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public static PortEntry? FirstWithProtocolIgnoreCase(ReadOnlySpan<PortEntry> candidates, string? protocol)
    {
        foreach (PortEntry entry in candidates)
        {
            if (protocol is null || AsciiIgnoreCaseComparer.EqualsIgnoreAsciiCase(entry.Protocol, protocol))
            {
                return entry;
            }
        }

        return null;
    }
}
