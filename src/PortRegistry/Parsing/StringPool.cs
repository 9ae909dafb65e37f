namespace Ports.Parsing;

/// <summary>
/// Hands out one string instance per distinct text during a build, so that a name that appears on its tcp and udp
/// lines, or the protocol <c>tcp</c> on ten thousand lines, is allocated once.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a pool that already holds the common protocol names.</summary>
    /// <param name="capacity">The expected number of distinct strings.</param>
    public StringPool(int capacity = 0)
    {
        _strings = new HashSet<string>(capacity, StringComparer.Ordinal) { string.Empty, "tcp", "udp", "sctp", "dccp", "ddp" };
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns the pooled string equal to <paramref name="text"/>, adding it when it is new.</summary>
    /// <param name="text">The characters.</param>
    /// <returns>A string equal to <paramref name="text"/>.</returns>
    public string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out string? existing))
        {
            return existing;
        }

        string created = text.ToString();
        _strings.Add(created);
        return created;
    }
}
