using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Ports.Labels;

namespace Ports;

/// <summary>Connection labels: which end of a connection is the service, and what it is.</summary>
public sealed partial class PortRegistry
{
    /// <summary>
    /// Labels a connection or a listening socket: which end is the service, its name, entry, port range and whether it
    /// runs inside TLS. Allocates nothing but the label.
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
    /// port is known (the registry has an entry for <paramref name="protocol"/>, or <see cref="ServiceCatalog"/> a
    /// service), that end; when both are, the end whose port is of the lower <see cref="PortClass"/>, then the lower
    /// port; otherwise the direction is unknown. Callers that know more say so with the overloads taking a
    /// <see cref="ConnectionDirection"/> or <see cref="ListeningEndPoints"/>.
    /// </remarks>
    public ConnectionLabel Label(IPEndPoint local, IPEndPoint? remote, string protocol, EphemeralPortRange? ephemeralPorts)
        => LabelEndPoints(local, remote, protocol, ConnectionDirection.Unknown, null, ephemeralPorts);

    /// <summary>
    /// Labels a connection or a listening socket of this machine by the rules of
    /// <see cref="Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/> with <see cref="EphemeralPortRange.Current"/>.
    /// Allocates nothing but the label.
    /// </summary>
    /// <param name="local">The local end of the socket.</param>
    /// <param name="remote">The remote end, or <see langword="null"/> (or <c>0.0.0.0:0</c>, <c>[::]:0</c>) for a listening socket.</param>
    /// <param name="protocol">The protocol to look the ports up with, such as <c>tcp</c> or <c>udp</c>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="local"/> or <paramref name="protocol"/> is <see langword="null"/>.</exception>
    public ConnectionLabel Label(IPEndPoint local, IPEndPoint? remote, string protocol)
        => LabelEndPoints(local, remote, protocol, ConnectionDirection.Unknown, null, null);

    /// <summary>
    /// Labels a connection whose direction the caller knows: a server labeling a connection it accepted says
    /// <see cref="ConnectionDirection.Inbound"/>, a client labeling its own connection <see cref="ConnectionDirection.Outbound"/>.
    /// The service is then the end the caller named, whatever the port numbers.
    /// </summary>
    /// <param name="local">The local end of the socket.</param>
    /// <param name="remote">The remote end, or <see langword="null"/> for a listening socket (always inbound).</param>
    /// <param name="protocol">The protocol, such as <c>tcp</c> or <c>udp</c>.</param>
    /// <param name="direction">
    /// Which end is the service; <see cref="ConnectionDirection.Unknown"/> lets the rules of
    /// <see cref="Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/> decide, with <see cref="EphemeralPortRange.Current"/>.
    /// </param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="local"/> or <paramref name="protocol"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    public ConnectionLabel Label(IPEndPoint local, IPEndPoint? remote, string protocol, ConnectionDirection direction)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)direction, (uint)ConnectionDirection.Outbound, nameof(direction));
        return LabelEndPoints(local, remote, protocol, direction, null, null);
    }

    /// <summary>
    /// Labels a connection of this machine against the end points it listens on: a connection whose local end is a
    /// listener is inbound, one whose remote end is a local listener is outbound, whatever the port numbers (a development
    /// server on port 45000 and its client, Kubernetes node ports). Connections that match no listener fall back to the
    /// rules of <see cref="Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/>.
    /// </summary>
    /// <param name="local">The local end of the socket.</param>
    /// <param name="remote">The remote end, or <see langword="null"/> for a listening socket.</param>
    /// <param name="protocol">The protocol, such as <c>tcp</c>; <paramref name="listeners"/> should be of the same protocol.</param>
    /// <param name="listeners">The machine's listening end points.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="local"/>, <paramref name="protocol"/> or <paramref name="listeners"/> is <see langword="null"/>.</exception>
    /// <remarks>The connections are this machine's, so the fallback rules use this machine's <see cref="EphemeralPortRange.Current"/>.</remarks>
    public ConnectionLabel Label(IPEndPoint local, IPEndPoint? remote, string protocol, ListeningEndPoints listeners)
    {
        ArgumentNullException.ThrowIfNull(listeners);
        return LabelEndPoints(local, remote, protocol, ConnectionDirection.Unknown, listeners, null);
    }

    /// <summary>
    /// Labels a connection against the end points its machine listens on, as
    /// <see cref="Label(IPEndPoint, IPEndPoint?, string, ListeningEndPoints)"/> does, with the port rules of a given
    /// ephemeral range for connections that match no listener (a tool labelling another machine's sockets, or a test).
    /// </summary>
    /// <param name="local">The local end of the socket.</param>
    /// <param name="remote">The remote end, or <see langword="null"/> for a listening socket.</param>
    /// <param name="protocol">The protocol, such as <c>tcp</c>; <paramref name="listeners"/> should be of the same protocol.</param>
    /// <param name="listeners">The machine's listening end points.</param>
    /// <param name="ephemeralPorts">The range the machine takes client ports from; <see langword="null"/> for <see cref="EphemeralPortRange.Current"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="local"/>, <paramref name="protocol"/> or <paramref name="listeners"/> is <see langword="null"/>.</exception>
    public ConnectionLabel Label(IPEndPoint local, IPEndPoint? remote, string protocol, ListeningEndPoints listeners, EphemeralPortRange? ephemeralPorts)
    {
        ArgumentNullException.ThrowIfNull(listeners);
        return LabelEndPoints(local, remote, protocol, ConnectionDirection.Unknown, listeners, ephemeralPorts);
    }

    /// <summary>
    /// Labels a TCP connection as <see cref="IPGlobalProperties.GetActiveTcpConnections"/> reports it, optionally against
    /// the machine's listeners (<see cref="IPGlobalProperties.GetActiveTcpListeners"/>).
    /// </summary>
    /// <param name="connection">The connection.</param>
    /// <param name="listeners">The machine's TCP listeners, or <see langword="null"/> to decide by port numbers alone.</param>
    /// <returns>The label, with the protocol <c>tcp</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is <see langword="null"/>.</exception>
    /// <remarks>The connection is this machine's, so the port rules use this machine's <see cref="EphemeralPortRange.Current"/>.</remarks>
    public ConnectionLabel Label(TcpConnectionInformation connection, ListeningEndPoints? listeners)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return LabelEndPoints(connection.LocalEndPoint, connection.RemoteEndPoint, "tcp", ConnectionDirection.Unknown, listeners, null);
    }

    /// <summary>
    /// Labels a bound or connected <see cref="Socket"/>: its local and remote end points, and its protocol (TCP or UDP).
    /// A socket a server got from <c>Accept</c> is <see cref="ConnectionDirection.Inbound"/>, one a client connected
    /// <see cref="ConnectionDirection.Outbound"/>; a socket cannot tell which it is, so the caller says it.
    /// </summary>
    /// <param name="socket">The socket; a listening or unconnected one is labeled as listening.</param>
    /// <param name="direction">Which end is the service; <see cref="ConnectionDirection.Unknown"/> lets the port rules decide.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="socket"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The socket is neither TCP nor UDP, not an IP socket, or not bound.</exception>
    /// <exception cref="ObjectDisposedException">The socket is closed.</exception>
    public ConnectionLabel Label(Socket socket, ConnectionDirection direction)
    {
        ArgumentNullException.ThrowIfNull(socket);
        string protocol = socket.ProtocolType is ProtocolType.Tcp or ProtocolType.Udp
            ? GetProtocolName(socket.ProtocolType)
            : throw new ArgumentException($"Only TCP and UDP sockets can be labeled; this one is {socket.ProtocolType}.", nameof(socket));
        if (socket.LocalEndPoint is not IPEndPoint local)
        {
            throw new ArgumentException("The socket is not bound to an IP end point.", nameof(socket));
        }

        return Label(local, socket.RemoteEndPoint as IPEndPoint, protocol, direction);
    }

    /// <summary>Labels a connection or a listening socket of this machine from its port numbers alone, with <see cref="EphemeralPortRange.Current"/>.</summary>
    /// <param name="localPort">The local port, 0 to 65535.</param>
    /// <param name="remotePort">The remote port, 0 to 65535, or <see langword="null"/> for a listening socket.</param>
    /// <param name="protocol">The protocol to look the ports up with, such as <c>tcp</c> or <c>udp</c>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A port is outside 0 to 65535.</exception>
    public ConnectionLabel Label(int localPort, int? remotePort, string protocol) => Label(localPort, remotePort, protocol, null);

    /// <summary>Labels a connection or a listening socket from its port numbers alone, by the same rules as <see cref="Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/>.</summary>
    /// <param name="localPort">The local port, 0 to 65535.</param>
    /// <param name="remotePort">The remote port, 0 to 65535, or <see langword="null"/> for a listening socket.</param>
    /// <param name="protocol">The protocol to look the ports up with, such as <c>tcp</c> or <c>udp</c>.</param>
    /// <param name="ephemeralPorts">The range the client's system takes client ports from; <see langword="null"/> for <see cref="EphemeralPortRange.Current"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A port is outside 0 to 65535.</exception>
    public ConnectionLabel Label(int localPort, int? remotePort, string protocol, EphemeralPortRange? ephemeralPorts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(localPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localPort, IPEndPoint.MaxPort);
        if (remotePort is int port)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(port, nameof(remotePort));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort, nameof(remotePort));
        }

        ArgumentNullException.ThrowIfNull(protocol);
        ConnectionDirection direction = remotePort is int remote
            ? DirectionByPorts(localPort, remote, protocol, ephemeralPorts ?? EphemeralPortRange.Current)
            : ConnectionDirection.Inbound;
        return Build(protocol, null, localPort, null, remotePort, direction);
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

    /// <summary>Orders two ports by their class (well-known first), then by number.</summary>
    private static int ComparePorts(int a, int b)
    {
        int byClass = ((int)GetPortClass(a)).CompareTo((int)GetPortClass(b)); // Enum.CompareTo would box
        return byClass != 0 ? byClass : a.CompareTo(b);
    }

    private ConnectionLabel LabelEndPoints(IPEndPoint local, IPEndPoint? remote, string protocol, ConnectionDirection known, ListeningEndPoints? listeners, EphemeralPortRange? ephemeralPorts)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(protocol);
        if (remote is null || (remote.Port == 0 && IsUnspecified(remote.Address)))
        {
            return Build(protocol, local.Address, local.Port, null, null, ConnectionDirection.Inbound);
        }

        ConnectionDirection direction = known;
        if (direction == ConnectionDirection.Unknown && listeners is not null)
        {
            if (listeners.Accepts(local.Address, local.Port, out _))
            {
                direction = ConnectionDirection.Inbound;
            }
            else if (listeners.IsLocalListener(remote.Address, remote.Port, local.Address))
            {
                direction = ConnectionDirection.Outbound;
            }
        }

        if (direction == ConnectionDirection.Unknown)
        {
            direction = DirectionByPorts(local.Port, remote.Port, protocol, ephemeralPorts ?? EphemeralPortRange.Current);
        }

        return Build(protocol, local.Address, local.Port, remote.Address, remote.Port, direction);
    }

    /// <summary>The port rules: ephemeral ranges, then which ports are known, then port classes.</summary>
    private ConnectionDirection DirectionByPorts(int localPort, int remotePort, string protocol, EphemeralPortRange ephemeral)
    {
        bool localEphemeral = ephemeral.Contains(localPort);
        if (localEphemeral != ephemeral.Contains(remotePort))
        {
            return localEphemeral ? ConnectionDirection.Outbound : ConnectionDirection.Inbound;
        }

        return (IsKnownPort(localPort, protocol), IsKnownPort(remotePort, protocol)) switch
        {
            (true, false) => ConnectionDirection.Inbound,
            (false, true) => ConnectionDirection.Outbound,
            (true, true) => ComparePorts(localPort, remotePort) switch
            {
                < 0 => ConnectionDirection.Inbound,
                > 0 => ConnectionDirection.Outbound,
                _ => ConnectionDirection.Unknown,
            },
            _ => ConnectionDirection.Unknown,
        };
    }

    /// <summary>Tells whether the registry has an entry, or the catalogue a service, on a port and protocol.</summary>
    private bool IsKnownPort(int port, string protocol)
        => TryGetByPort(port, protocol, out _) || ServiceCatalog.HasService(port, protocol);

    /// <summary>Resolves the service end's entry and catalogue facts once, and makes the label.</summary>
    private ConnectionLabel Build(string protocol, IPAddress? localAddress, int localPort, IPAddress? remoteAddress, int? remotePort, ConnectionDirection direction)
    {
        int? servicePort = direction switch
        {
            ConnectionDirection.Inbound => localPort,
            ConnectionDirection.Outbound => remotePort,
            _ => remotePort == localPort && IsKnownPort(localPort, protocol) ? localPort : null,
        };

        PortEntry? entry = null;
        PortFacts facts = default;
        if (servicePort is int port)
        {
            TryGetByPort(port, protocol, out entry);
            ServiceCatalog.TryGetFacts(port, protocol, out facts);
        }

        // The TLS the IANA data's names and descriptions tell of holds only where this registry has an entry too.
        bool isTls = facts.Service is { } service ? service.IsTls : entry is not null && facts.IsTls;
        return new ConnectionLabel(protocol, localAddress, localPort, remoteAddress, remotePort, direction, servicePort, entry, facts.Service, isTls);
    }
}
