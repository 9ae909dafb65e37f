namespace Ports.DataGenerator;

/// <summary>
/// The short, reviewed list of ports on which the registry's first name is not the name the world uses, as Wireshark's
/// generator (<c>tools/make-services.py</c>) keeps one. Add an entry only with a reason a reviewer can check.
/// </summary>
internal static class CuratedNames
{
    /// <summary>Gets the curated names.</summary>
    public static IReadOnlyList<CuratedName> All { get; } =
    [
        new(2049, ["tcp", "udp"], "nfs",
            "NFS (RFC 7530, RFC 5665) has run on 2049 since the 1980s; IANA lists a later 'shilp' record first, which no "
            + "system calls it. Wireshark's generator drops 'shilp' for the same reason; here it stays as an alias."),
    ];

    /// <summary>Finds the curated name for a port and protocol.</summary>
    /// <param name="port">The port.</param>
    /// <param name="protocol">The protocol.</param>
    /// <returns>The curated name, or <see langword="null"/> when the registry's order stands.</returns>
    public static CuratedName? Find(int port, string protocol)
        => All.FirstOrDefault(c => c.Port == port && c.Protocols.Contains(protocol, StringComparer.Ordinal));
}
