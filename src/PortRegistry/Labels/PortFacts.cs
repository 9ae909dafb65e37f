namespace Ports.Labels;

/// <summary>What labels need to know of one port and protocol, resolved once: the catalogue's service, and TLS.</summary>
/// <param name="Service">The catalogue's service on the port and protocol, or <see langword="null"/>.</param>
/// <param name="IsTls">Whether what runs there runs inside TLS.</param>
internal readonly record struct PortFacts(CatalogService? Service, bool IsTls)
{
    /// <summary>Returns the key of a port and protocol: the port times four plus the protocol's index (tcp, udp, sctp, dccp).</summary>
    /// <param name="port">The port.</param>
    /// <param name="protocol">The protocol.</param>
    /// <returns>The key, or -1 for another protocol or a port outside 0-65535.</returns>
    public static int Key(int port, string protocol)
    {
        if ((uint)port > 65535)
        {
            return -1;
        }

        int index = protocol switch
        {
            "tcp" => 0,
            "udp" => 1,
            "sctp" => 2,
            "dccp" => 3,
            _ => -1,
        };
        return index < 0 ? -1 : (port << 2) | index;
    }
}
