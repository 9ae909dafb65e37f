using System.Net;

namespace Ports;

/// <summary>Connection labels: which end of a connection is the service, and what it is.</summary>
public sealed partial class PortRegistry
{
    /// <summary>
    /// Labels a connection or a listening socket: which end is the service, its entry, port range and whether it runs
    /// inside TLS. Allocates nothing but the label.
    /// </summary>
    /// <param name="local">The local end of the socket.</param>
    /// <param name="remote">
    /// The remote end, or <see langword="null"/> for a listening socket. The unspecified address with port 0
    /// (<c>0.0.0.0:0</c>, <c>[::]:0</c>), which is how operating systems show the remote end of a listener, also means listening.
    /// </param>
    /// <param name="protocol">The protocol to look the ports up with, as the registry spells it: <c>tcp</c> or <c>udp</c> (21, 512-514, 750 and 7000 have other names on udp than on tcp).</param>
    /// <param name="ephemeralPorts">The range the client's system takes client ports from; <see langword="null"/> for <see cref="EphemeralPortRange.Current"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="local"/> or <paramref name="protocol"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The service end is decided by these rules, in order: a listening socket's service is its local end; when one end's
    /// port is in <paramref name="ephemeralPorts"/> and the other's is not, the other is the service; when only one end's
    /// port has an entry for <paramref name="protocol"/>, that end; when both have, the end whose port is of the lower
    /// <see cref="PortClass"/>, then the lower port; otherwise the direction is unknown.
    /// </remarks>
    public ConnectionLabel Label(IPEndPoint local, IPEndPoint? remote, string protocol, EphemeralPortRange? ephemeralPorts = null)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(protocol);
        bool listening = remote is null || (remote.Port == 0 && IsUnspecified(remote.Address));
        return LabelCore(
            protocol,
            local.Address,
            local.Port,
            listening ? null : remote!.Address,
            listening ? null : remote!.Port,
            ephemeralPorts ?? EphemeralPortRange.Current);
    }

    /// <summary>Labels a connection or a listening socket from its port numbers alone, by the same rules as <see cref="Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/>.</summary>
    /// <param name="localPort">The local port, 0 to 65535.</param>
    /// <param name="remotePort">The remote port, 0 to 65535, or <see langword="null"/> for a listening socket.</param>
    /// <param name="protocol">The protocol to look the ports up with, such as <c>tcp</c> or <c>udp</c>.</param>
    /// <param name="ephemeralPorts">The range the client's system takes client ports from; <see langword="null"/> for <see cref="EphemeralPortRange.Current"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A port is outside 0 to 65535.</exception>
    public ConnectionLabel Label(int localPort, int? remotePort, string protocol, EphemeralPortRange? ephemeralPorts = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(localPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localPort, IPEndPoint.MaxPort);
        if (remotePort is int port)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(port, nameof(remotePort));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort, nameof(remotePort));
        }

        ArgumentNullException.ThrowIfNull(protocol);
        return LabelCore(protocol, null, localPort, null, remotePort, ephemeralPorts ?? EphemeralPortRange.Current);
    }

    /// <summary>Tells whether an address is 0.0.0.0, :: or ::ffff:0.0.0.0, without allocating.</summary>
    private static bool IsUnspecified(IPAddress address)
    {
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        Span<byte> bytes = stackalloc byte[16];
        return address.IsIPv4MappedToIPv6 && address.TryWriteBytes(bytes, out _) && !bytes[12..].ContainsAnyExcept((byte)0);
    }

    private ConnectionLabel LabelCore(string protocol, IPAddress? localAddress, int localPort, IPAddress? remoteAddress, int? remotePort, EphemeralPortRange ephemeral)
    {
        ConnectionDirection direction;
        PortEntry? service;
        if (remotePort is not int remote)
        {
            direction = ConnectionDirection.Inbound;
            TryGetByPort(localPort, protocol, out service);
        }
        else if (ephemeral.Contains(localPort) != ephemeral.Contains(remote))
        {
            direction = ephemeral.Contains(localPort) ? ConnectionDirection.Outbound : ConnectionDirection.Inbound;
            TryGetByPort(direction == ConnectionDirection.Inbound ? localPort : remote, protocol, out service);
        }
        else
        {
            bool localKnown = TryGetByPort(localPort, protocol, out PortEntry? localEntry);
            bool remoteKnown = TryGetByPort(remote, protocol, out PortEntry? remoteEntry);
            direction = (localKnown, remoteKnown) switch
            {
                (true, false) => ConnectionDirection.Inbound,
                (false, true) => ConnectionDirection.Outbound,
                (true, true) => ComparePorts(localPort, remote) switch
                {
                    < 0 => ConnectionDirection.Inbound,
                    > 0 => ConnectionDirection.Outbound,
                    _ => ConnectionDirection.Unknown,
                },
                _ => ConnectionDirection.Unknown,
            };
            service = direction == ConnectionDirection.Outbound ? remoteEntry : localEntry;
        }

        KnownService? known = null;
        string? name = null;
        if (service is not null && !ServiceKnowledge.TryFind(service, out known, out name))
        {
            name = service.Name;
        }

        return new ConnectionLabel(protocol, localAddress, localPort, remoteAddress, remotePort, direction, service, known, name);
    }

    /// <summary>Orders two ports by their class (well-known first), then by number.</summary>
    private static int ComparePorts(int a, int b)
    {
        int byClass = ((int)GetPortClass(a)).CompareTo((int)GetPortClass(b)); // Enum.CompareTo would box
        return byClass != 0 ? byClass : a.CompareTo(b);
    }
}
