using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace Ports.Parsing;

/// <summary>
/// The immutable heart of a registry: the entries in source order and the frozen indexes over them. Several
/// <see cref="PortRegistry"/> instances can share one (the embedded data behind both <see cref="PortRegistry.Embedded"/>
/// and a <see cref="PortRegistry.Default"/> that fell back to it).
/// </summary>
internal sealed class RegistryData
{
    private readonly FrozenDictionary<string, PortEntry[]> _byName;
    private FrozenDictionary<string, PortEntry[]>? _byNameIgnoreCase;

    /// <summary>Builds the indexes over <paramref name="entries"/>.</summary>
    /// <param name="entries">The entries, in precedence (source) order; taken over, not copied.</param>
    /// <param name="diagnostics">The skipped lines.</param>
    public RegistryData(PortEntry[] entries, ServicesDiagnostic[] diagnostics)
    {
        Entries = new ReadOnlyCollection<PortEntry>(entries);
        Diagnostics = new ReadOnlyCollection<ServicesDiagnostic>(diagnostics);

        var byPort = new Dictionary<int, PortEntry[]>(entries.Length);
        var byName = new Dictionary<string, PortEntry[]>(entries.Length, StringComparer.Ordinal);
        foreach (PortEntry entry in entries)
        {
            AddFirstPerProtocol(byPort, entry.Port, entry);
            AddFirstPerProtocol(byName, entry.Name, entry);
            foreach (string alias in entry.Aliases)
            {
                AddFirstPerProtocol(byName, alias, entry);
            }
        }

        ByPort = byPort.ToFrozenDictionary();
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        ByName = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets every entry in source order.</summary>
    public ReadOnlyCollection<PortEntry> Entries { get; }

    /// <summary>Gets the lines that were skipped, with the reason.</summary>
    public ReadOnlyCollection<ServicesDiagnostic> Diagnostics { get; }

    /// <summary>Gets, per port, the first entry of each protocol, in source order.</summary>
    public FrozenDictionary<int, PortEntry[]> ByPort { get; }

    /// <summary>Gets, per name or alias, the first entry of each protocol, in source order; keyed by spans.</summary>
    public FrozenDictionary<string, PortEntry[]>.AlternateLookup<ReadOnlySpan<char>> ByName { get; }

    /// <summary>Gets the same as <see cref="ByName"/> with ASCII letters compared without case; built on first use.</summary>
    public FrozenDictionary<string, PortEntry[]>.AlternateLookup<ReadOnlySpan<char>> ByNameIgnoreCase
    {
        get
        {
            FrozenDictionary<string, PortEntry[]> index = _byNameIgnoreCase ?? LazyInitializer.EnsureInitialized(ref _byNameIgnoreCase, BuildIgnoreCase);
            return index.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    /// <summary>Returns the first entry of <paramref name="candidates"/> whose protocol matches.</summary>
    /// <param name="candidates">The first entry of each protocol, in source order.</param>
    /// <param name="protocol">The protocol, or <see langword="null"/> for any.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public static PortEntry? FirstWithProtocol(PortEntry[] candidates, string? protocol)
    {
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

    private FrozenDictionary<string, PortEntry[]> BuildIgnoreCase()
    {
        var byName = new Dictionary<string, PortEntry[]>(_byName.Count, AsciiIgnoreCaseComparer.Instance);
        foreach (PortEntry entry in Entries)
        {
            AddFirstPerProtocol(byName, entry.Name, entry);
            foreach (string alias in entry.Aliases)
            {
                AddFirstPerProtocol(byName, alias, entry);
            }
        }

        return byName.ToFrozenDictionary(AsciiIgnoreCaseComparer.Instance);
    }

    private static void AddFirstPerProtocol<TKey>(Dictionary<TKey, PortEntry[]> index, TKey key, PortEntry entry)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out PortEntry[]? existing))
        {
            index.Add(key, [entry]);
            return;
        }

        foreach (PortEntry known in existing)
        {
            if (string.Equals(known.Protocol, entry.Protocol, StringComparison.Ordinal))
            {
                return;
            }
        }

        index[key] = [.. existing, entry];
    }
}
