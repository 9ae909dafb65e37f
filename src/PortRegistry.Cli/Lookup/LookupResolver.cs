using Ports.Cli.Getent;

namespace Ports.Cli.Lookup;

/// <summary>
/// Finds the entries a <c>lookup</c> key names. Keys are read as <c>getent</c> reads them (<see cref="GetentKey"/>);
/// without a protocol, the first entry of each protocol is returned; a name that matches nothing exactly is tried
/// again ignoring the case of ASCII letters, since a person typing <c>HTTPS</c> means <c>https</c>.
/// </summary>
internal static class LookupResolver
{
    /// <summary>Returns the entries for a key.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="text">The key as typed: <c>443</c>, <c>443/tcp</c>, <c>https</c> or <c>https/tcp</c>.</param>
    /// <returns>The entries, in source order; empty when there are none.</returns>
    public static PortEntry[] Resolve(PortRegistry registry, string text)
    {
        GetentKey key = GetentKey.Parse(text);
        if (key.Name is null)
        {
            return key.Protocol is null
                ? registry.GetFirstPerProtocol(key.Port).ToArray()
                : registry.TryGetByPort(key.Port, key.Protocol, out PortEntry? entry) ? [entry] : [];
        }

        if (key.Protocol is not null)
        {
            return registry.TryGetByName(key.Name, key.Protocol, out PortEntry? exact) ? [exact]
                : registry.TryGetByNameIgnoreCase(key.Name, key.Protocol, out PortEntry? loose) ? [loose]
                : [];
        }

        PortEntry[] entries = registry.GetFirstPerProtocol(key.Name).ToArray();
        if (entries.Length > 0 || !registry.TryGetByNameIgnoreCase(key.Name, null, out PortEntry? match))
        {
            return entries;
        }

        // The entry matched some name of its own ignoring case: list every protocol under that exact name.
        return registry.GetFirstPerProtocol(MatchingName(match, key.Name) ?? match.Name).ToArray();
    }

    /// <summary>Returns the first of an entry's names (its name, then its aliases) that equals a name ignoring the case of ASCII letters.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="name">The name to match.</param>
    /// <returns>The entry's own spelling of the name, or <see langword="null"/> when none of its names matches.</returns>
    public static string? MatchingName(PortEntry entry, string name)
    {
        if (EqualsIgnoreAsciiCase(entry.Name, name))
        {
            return entry.Name;
        }

        foreach (string alias in entry.Aliases)
        {
            if (EqualsIgnoreAsciiCase(alias, name))
            {
                return alias;
            }
        }

        return null;
    }

    /// <summary>Compares two names as the registry's ignore-case lookup does: ASCII letters without case, every other character exactly.</summary>
    /// <param name="left">One name.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool EqualsIgnoreAsciiCase(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (int i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i] && !(char.IsAsciiLetter(left[i]) && (left[i] | 0x20) == (right[i] | 0x20)))
            {
                return false;
            }
        }

        return true;
    }
}
