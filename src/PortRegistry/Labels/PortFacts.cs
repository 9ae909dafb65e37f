using System.Collections.Frozen;

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

    /// <summary>Builds the table: every port and protocol of the catalogue's services, and every key of <see cref="RegistryTls.Keys"/>.</summary>
    /// <param name="services">The catalogue's services.</param>
    /// <returns>The table.</returns>
    public static FrozenDictionary<int, PortFacts> Build(IEnumerable<CatalogService> services)
    {
        var facts = new Dictionary<int, PortFacts>();
        foreach (int key in RegistryTls.Keys)
        {
            facts[key] = new PortFacts(null, IsTls: true);
        }

        foreach (CatalogService service in services)
        {
            foreach (string protocol in service.Protocols)
            {
                // The catalogue decides where it has a service: ipp on 631/tcp is plain although IANA lists the alias ipps.
                int key = Key(service.Port, protocol);
                if (facts.TryGetValue(key, out PortFacts other) && other.Service is { } first)
                {
                    throw new InvalidOperationException($"The catalogue has both {first.Name} and {service.Name} on {service.Port}/{protocol}.");
                }

                facts[key] = new PortFacts(service, service.IsTls);
            }
        }

        return facts.ToFrozenDictionary();
    }
}
