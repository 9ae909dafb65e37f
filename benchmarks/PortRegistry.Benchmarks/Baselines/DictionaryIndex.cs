namespace Ports.Benchmarks.Baselines;

/// <summary>
/// The hand-made index a .NET developer builds over a registry's entries: <see cref="Dictionary{TKey, TValue}"/>s keyed
/// by <c>(port, protocol)</c> and <c>(name, protocol)</c>, first entry wins. The lookup benchmarks compare against it.
/// </summary>
internal static class DictionaryIndex
{
    /// <summary>Builds the port index.</summary>
    /// <param name="entries">The entries in source order.</param>
    /// <returns>The first entry per (port, protocol).</returns>
    public static Dictionary<(int Port, string Protocol), PortEntry> ByPort(IEnumerable<PortEntry> entries)
    {
        var index = new Dictionary<(int, string), PortEntry>();
        foreach (PortEntry entry in entries)
        {
            index.TryAdd((entry.Port, entry.Protocol), entry);
        }

        return index;
    }

    /// <summary>Builds the name index.</summary>
    /// <param name="entries">The entries in source order.</param>
    /// <param name="comparer">The key comparer, or <see langword="null"/> for exact matches.</param>
    /// <returns>The first entry per (name or alias, protocol).</returns>
    public static Dictionary<(string Name, string Protocol), PortEntry> ByName(IEnumerable<PortEntry> entries, IEqualityComparer<(string Name, string Protocol)>? comparer = null)
    {
        var index = new Dictionary<(string, string), PortEntry>(comparer);
        foreach (PortEntry entry in entries)
        {
            index.TryAdd((entry.Name, entry.Protocol), entry);
            foreach (string alias in entry.Aliases)
            {
                index.TryAdd((alias, entry.Protocol), entry);
            }
        }

        return index;
    }
}
