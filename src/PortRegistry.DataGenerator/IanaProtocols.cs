using System.Diagnostics.CodeAnalysis;

namespace Ports.DataGenerator;

/// <summary>The transport protocols whose records the generator keeps, in output order.</summary>
internal static class IanaProtocols
{
    /// <summary>Gets the kept protocols in the order entries of one port are written: tcp, udp, sctp, dccp.</summary>
    public static IReadOnlyList<string> All { get; } = ["tcp", "udp", "sctp", "dccp"];

    /// <summary>Recognises a kept protocol, ignoring surrounding whitespace and ASCII case.</summary>
    /// <param name="protocol">The protocol as the registry writes it, or <see langword="null"/>.</param>
    /// <param name="normalized">The protocol in lower case, such as <c>tcp</c>, when it is one of <see cref="All"/>.</param>
    /// <returns><see langword="true"/> when the protocol is one of <see cref="All"/>.</returns>
    public static bool TryNormalize(string? protocol, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (protocol is null)
        {
            return false;
        }

        ReadOnlySpan<char> trimmed = protocol.AsSpan().Trim();
        foreach (string known in All)
        {
            if (trimmed.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                normalized = known;
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the sort position of a kept protocol.</summary>
    /// <param name="protocol">One of <see cref="All"/>.</param>
    /// <returns>0 for tcp, 1 for udp, 2 for sctp, 3 for dccp.</returns>
    /// <exception cref="ArgumentException">The protocol is not one of <see cref="All"/>.</exception>
    public static int Order(string protocol)
    {
        for (int i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], protocol, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{protocol}' is not one of the kept protocols.", nameof(protocol));
    }
}
