
namespace Ports.Assembling;

/// <summary>
/// Gives each distinct name (and protocol) read from a source one string, so that a name on the tcp and udp lines of a
/// service, or an alias repeated across the file, is stored once. Looks up spans without allocating.
/// </summary>
internal sealed class NamePool
{
    private readonly Dictionary<string, string> _strings;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <summary>Creates an empty pool.</summary>
    /// <param name="capacity">The expected number of distinct strings.</param>
    public NamePool(int capacity)
    {
        _strings = new Dictionary<string, string>(capacity, StringComparer.Ordinal);
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns the pool's string for <paramref name="text"/>, creating it the first time.</summary>
    /// <param name="text">The characters.</param>
    /// <returns>The one string with these characters.</returns>
    public string Get(ReadOnlySpan<char> text)
    {
        if (!_bySpan.TryGetValue(text, out string? pooled))
        {
            pooled = text.ToString();
            _strings.Add(pooled, pooled);
        }

        return pooled;
    }

    /// <summary>Makes room for <paramref name="more"/> further strings, so that a large source does not rehash as it grows.</summary>
    /// <param name="more">The number of strings expected.</param>
    public void EnsureCapacity(int more) => _strings.EnsureCapacity(_strings.Count + more);
}
