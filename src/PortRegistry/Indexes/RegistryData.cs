using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ports.Indexes;

/// <summary>
/// The immutable heart of a registry: the entries in source order and the indexes over them, built once from the final
/// entries by this one routine (the ignore-case index on first use). Several <see cref="PortRegistry"/> instances can
/// share one (the embedded data behind both <see cref="PortRegistry.Embedded"/> and a <see cref="PortRegistry.Default"/>
/// that fell back to it).
/// </summary>
/// <remarks>
/// When the sources end with the embedded data and its prebuilt index could be opened, the registry is layered: the
/// entries before it (the application's, the file's) are indexed here as ever, and the embedded data stays behind them
/// in its shared <see cref="EmbeddedIndex"/>, which makes entries only as lookups need them. A lookup asks this part
/// first, then the embedded index, which gives what indexing the concatenation would give: the first entry in source
/// order wins. Where both hold a key, the first entry of each protocol is this part's candidates then the embedded
/// candidates of the protocols not yet listed, merged on first request and kept.
/// </remarks>
internal sealed class RegistryData
{
    private readonly List<PortEntry> _entries;
    private readonly PortIndex _byPort;
    private readonly EmbeddedIndex? _lower;
    private readonly bool _hasOwnEntries;
    private readonly PortEntry[]?[] _mergedPorts = [];

    // Made at the first lookup by name: a program that only looks up ports, or labels connections (which looks up
    // ports), never pays for them (about 9 pages touched at first use for a distribution's file).
    private NameIndex? _byName;
    private PortEntry[]?[]? _mergedNames;
    private ReadOnlyCollection<PortEntry>? _all;
    private PortEntry[]? _allArray;
    private NameIndex? _byNameIgnoreCase;

    /// <summary>Builds the indexes over assembled entries.</summary>
    /// <param name="entries">The entries, in precedence (source) order; taken over, not copied.</param>
    /// <param name="diagnostics">The skipped lines.</param>
    public RegistryData(List<PortEntry> entries, ServicesDiagnostic[] diagnostics)
        : this(entries, diagnostics, lower: null)
    {
    }

    /// <summary>Builds the indexes over assembled entries, with the embedded data's index after them.</summary>
    /// <param name="entries">The entries before the embedded data, in precedence (source) order; taken over, not copied.</param>
    /// <param name="diagnostics">The skipped lines.</param>
    /// <param name="lower">The embedded data's prebuilt index, which comes after <paramref name="entries"/>; or <see langword="null"/>.</param>
    public RegistryData(List<PortEntry> entries, ServicesDiagnostic[] diagnostics, EmbeddedIndex? lower)
    {
        _entries = entries;
        _lower = lower;
        _hasOwnEntries = entries.Count > 0;
        Diagnostics = new ReadOnlyCollection<ServicesDiagnostic>(diagnostics);
        _byPort = PortIndex.Create(CollectionsMarshal.AsSpan(entries));
        if (lower is null)
        {
            _all = new ReadOnlyCollection<PortEntry>(entries);
        }
        else if (_hasOwnEntries)
        {
            _mergedPorts = new PortEntry[]?[_byPort.GroupCount];
        }
    }

    /// <summary>Gets the number of entries, without making the embedded data's.</summary>
    public int Count => _entries.Count + (_lower?.Count ?? 0);

    /// <summary>Gets every entry in source order; a layered registry makes the embedded data's entries on first use.</summary>
    public ReadOnlyCollection<PortEntry> Entries => _all ?? MakeAll().Collection;

    /// <summary>Gets the lines that were skipped, with the reason.</summary>
    public ReadOnlyCollection<ServicesDiagnostic> Diagnostics { get; }

    /// <summary>Returns, for a port, the first entry of each protocol, in source order.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The entries; empty for none.</returns>
    public ReadOnlySpan<PortEntry> ByPort(int port)
    {
        EmbeddedIndex? lower = _lower;
        if (lower is null)
        {
            return _byPort.Find(port);
        }

        int group = _hasOwnEntries ? _byPort.FindGroup(port) : -1;
        if (group < 0)
        {
            return lower.ByPort(port);
        }

        return Volatile.Read(ref _mergedPorts[group]) ?? PublishOnce.Publish(ref _mergedPorts[group], Merge(_byPort.Candidates(group), lower.ByPort(port)));
    }

    /// <summary>Returns, for a name or alias, the first entry of each protocol, in source order.</summary>
    /// <param name="name">The name, compared ordinally.</param>
    /// <returns>The entries; empty for none.</returns>
    public ReadOnlySpan<PortEntry> ByName(ReadOnlySpan<char> name)
    {
        EmbeddedIndex? lower = _lower;
        if (lower is null)
        {
            return Names.Find(name);
        }

        uint hash = NameIndex.HashOrdinal(name, NameIndex.EmbeddedSeed);
        if (_hasOwnEntries)
        {
            NameIndex names = Names;
            int key = names.FindKey(name, hash);
            if (key >= 0)
            {
                PortEntry[]?[] merged = _mergedNames ?? PublishOnce.Publish(ref _mergedNames, new PortEntry[]?[names.Count]);
                return Volatile.Read(ref merged[key]) ?? PublishOnce.Publish(ref merged[key], Merge(names.Candidates(key), lower.ByName(name, hash)));
            }
        }

        return lower.ByName(name, hash);
    }

    /// <summary>Returns the first entry in source order with a port and protocol, asking the embedded data only when the entries before it have none.</summary>
    /// <param name="port">The port.</param>
    /// <param name="protocol">The protocol, or <see langword="null"/> for any.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public PortEntry? FindByPort(int port, string? protocol)
    {
        // The entries in front first, then the embedded data only for what they lack; the embedded data alone goes
        // straight to its index.
        EmbeddedIndex? lower = _lower;
        if (lower is null || _hasOwnEntries)
        {
            PortEntry? found = FirstWithProtocol(_byPort.Find(port), protocol);
            if (found is not null || lower is null)
            {
                return found;
            }
        }

        return FirstWithProtocol(lower.ByPort(port), protocol);
    }

    /// <summary>Returns the first entry in source order with a name or alias and protocol, asking the embedded data only when the entries before it have none.</summary>
    /// <param name="name">The name, compared ordinally.</param>
    /// <param name="protocol">The protocol, or <see langword="null"/> for any.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public PortEntry? FindByName(ReadOnlySpan<char> name, string? protocol)
    {
        EmbeddedIndex? lower = _lower;
        if (lower is null)
        {
            return FirstWithProtocol(Names.Find(name), protocol);
        }

        // Both layers hash with the embedded index's seed, so the name is hashed once.
        uint hash = NameIndex.HashOrdinal(name, NameIndex.EmbeddedSeed);
        if (_hasOwnEntries)
        {
            NameIndex names = Names;
            int key = names.FindKey(name, hash);
            if (key >= 0 && FirstWithProtocol(names.Candidates(key), protocol) is { } found)
            {
                return found;
            }
        }

        return FirstWithProtocol(lower.ByName(name, hash), protocol);
    }

    /// <summary>Returns the same as <see cref="ByName"/> with ASCII letters compared without case; the index is built on first use.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The entries; empty for none.</returns>
    public ReadOnlySpan<PortEntry> ByNameIgnoreCase(ReadOnlySpan<char> name)
    {
        NameIndex index = _byNameIgnoreCase ?? LazyInitializer.EnsureInitialized(ref _byNameIgnoreCase, () => NameIndex.Create(AllEntries(), ignoreCase: true));
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

    /// <summary>Returns the first entry of each protocol of the entries before the embedded data, then of the embedded data's for protocols not yet listed.</summary>
    private static PortEntry[] Merge(ReadOnlySpan<PortEntry> first, ReadOnlySpan<PortEntry> then)
    {
        var merged = new PortEntry[first.Length + then.Length];
        first.CopyTo(merged);
        int count = first.Length;
        foreach (PortEntry entry in then)
        {
            if (FirstWithProtocol(first, entry.Protocol) is null)
            {
                merged[count++] = entry;
            }
        }

        return count == merged.Length ? merged : merged[..count];
    }

    /// <summary>Gets a value indicating whether the index of the entries' names is made yet (for tests).</summary>
    internal bool HasNameIndex => Volatile.Read(ref _byName) is not null;

    /// <summary>Gets the index of the entries' names, made on first use.</summary>
    private NameIndex Names => _byName ?? CreateNames();

    [MethodImpl(MethodImplOptions.NoInlining)] // once per registry: kept out of the lookups' code
    private NameIndex CreateNames()
    {
        // In front of the embedded data, the entries' names are hashed with the embedded index's fixed seed, so that a
        // lookup hashes a name once for both. The fixed seed gives an attacker nothing to aim at here either: the file
        // and the application's entries are written by whoever runs the program, not by whoever sends it a name.
        ulong seed = _lower is null ? NameIndex.RandomSeed : NameIndex.EmbeddedSeed;
        return PublishOnce.Publish(ref _byName, NameIndex.Create(CollectionsMarshal.AsSpan(_entries), ignoreCase: false, seed));
    }

    private ReadOnlySpan<PortEntry> AllEntries() => _lower is null ? CollectionsMarshal.AsSpan(_entries) : MakeAll().Array;

    private (ReadOnlyCollection<PortEntry> Collection, PortEntry[] Array) MakeAll()
    {
        PortEntry[]? array = Volatile.Read(ref _allArray);
        if (array is null)
        {
            PortEntry[] lower = _lower!.All();
            array = _hasOwnEntries ? [.. _entries, .. lower] : lower;
            array = PublishOnce.Publish(ref _allArray, array);
        }

        ReadOnlyCollection<PortEntry> collection = Volatile.Read(ref _all) ?? PublishOnce.Publish(ref _all, new ReadOnlyCollection<PortEntry>(array));
        return (collection, array);
    }
}
