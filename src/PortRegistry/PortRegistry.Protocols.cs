using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using Ports.Indexes;

namespace Ports;

/// <summary>
/// Protocols as .NET names them (<see cref="ProtocolType"/>) and protocols in any letter case: thin, allocation-free
/// wrappers over the lookups that take a protocol string.
/// </summary>
public sealed partial class PortRegistry
{
    /// <summary>SCTP's IP protocol number (RFC 4960), which <see cref="ProtocolType"/> has no name for.</summary>
    private const ProtocolType SctpProtocol = (ProtocolType)132;

    /// <summary>DCCP's IP protocol number (RFC 4340), which <see cref="ProtocolType"/> has no name for.</summary>
    private const ProtocolType DccpProtocol = (ProtocolType)33;

    /// <summary>Finds the service on a port, for a protocol given as .NET names it.</summary>
    /// <param name="port">The port number.</param>
    /// <param name="protocol">
    /// <see cref="ProtocolType.Tcp"/>, <see cref="ProtocolType.Udp"/>, SCTP (<c>(ProtocolType)132</c>) or DCCP
    /// (<c>(ProtocolType)33</c>), looked up as <c>tcp</c>, <c>udp</c>, <c>sctp</c> and <c>dccp</c>, the names services
    /// files use.
    /// </param>
    /// <param name="entry">The first entry in source order with that port and protocol.</param>
    /// <returns><see langword="true"/> when one was found; <see langword="false"/> also for a port outside 0 to 65535.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="protocol"/> is not one of the four protocols that have ports.</exception>
    public bool TryGetByPort(int port, ProtocolType protocol, [MaybeNullWhen(false)] out PortEntry entry)
        => TryGetByPort(port, GetProtocolName(protocol), out entry);

    /// <summary>Finds a service by its name or one of its aliases, for a protocol given as .NET names it.</summary>
    /// <param name="name">The name, compared exactly (case-sensitive, as glibc).</param>
    /// <param name="protocol">
    /// <see cref="ProtocolType.Tcp"/>, <see cref="ProtocolType.Udp"/>, SCTP (<c>(ProtocolType)132</c>) or DCCP
    /// (<c>(ProtocolType)33</c>), looked up as <c>tcp</c>, <c>udp</c>, <c>sctp</c> and <c>dccp</c>.
    /// </param>
    /// <param name="entry">The first entry in source order whose name or an alias matches, with that protocol.</param>
    /// <returns><see langword="true"/> when one was found.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="protocol"/> is not one of the four protocols that have ports.</exception>
    public bool TryGetByName(ReadOnlySpan<char> name, ProtocolType protocol, [MaybeNullWhen(false)] out PortEntry entry)
        => TryGetByName(name, GetProtocolName(protocol), out entry);

    /// <summary>
    /// Finds the service on a port, ignoring the case of ASCII letters in the protocol (<c>TCP</c> finds <c>tcp</c>).
    /// This is not what glibc does; use it for protocols typed by people or read from configuration.
    /// </summary>
    /// <param name="port">The port number.</param>
    /// <param name="protocol">The protocol; ASCII letters match either case, every other character exactly. <see langword="null"/> for any protocol.</param>
    /// <param name="entry">The first entry in source order with that port and protocol.</param>
    /// <returns><see langword="true"/> when one was found; <see langword="false"/> also for a port outside 0 to 65535.</returns>
    public bool TryGetByPortIgnoreCase(int port, string? protocol, [MaybeNullWhen(false)] out PortEntry entry)
    {
        entry = RegistryData.FirstWithProtocolIgnoreCase(_data.ByPort(port), protocol);
        return entry is not null;
    }

    /// <summary>
    /// Labels a connection or a listening socket whose protocol is given as .NET names it, by the same rules as
    /// <see cref="Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/>.
    /// </summary>
    /// <param name="local">The local end of the socket.</param>
    /// <param name="remote">The remote end, or <see langword="null"/> for a listening socket.</param>
    /// <param name="protocol">
    /// <see cref="ProtocolType.Tcp"/>, <see cref="ProtocolType.Udp"/>, SCTP (<c>(ProtocolType)132</c>) or DCCP
    /// (<c>(ProtocolType)33</c>), such as a <see cref="Socket"/>'s <see cref="Socket.ProtocolType"/>.
    /// </param>
    /// <returns>The label; its <see cref="ConnectionLabel.Protocol"/> is the protocol's name, such as <c>tcp</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="local"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="protocol"/> is not one of the four protocols that have ports.</exception>
    public ConnectionLabel Label(IPEndPoint local, IPEndPoint? remote, ProtocolType protocol)
        => Label(local, remote, GetProtocolName(protocol));

    /// <summary>
    /// Labels a connection or a listening socket from its port numbers alone, with its protocol given as .NET names it,
    /// by the same rules as <see cref="Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/>.
    /// </summary>
    /// <param name="localPort">The local port, 0 to 65535.</param>
    /// <param name="remotePort">The remote port, 0 to 65535, or <see langword="null"/> for a listening socket.</param>
    /// <param name="protocol">
    /// <see cref="ProtocolType.Tcp"/>, <see cref="ProtocolType.Udp"/>, SCTP (<c>(ProtocolType)132</c>) or DCCP
    /// (<c>(ProtocolType)33</c>).
    /// </param>
    /// <returns>The label; its <see cref="ConnectionLabel.Protocol"/> is the protocol's name, such as <c>tcp</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A port is outside 0 to 65535, or <paramref name="protocol"/> is not one of the four protocols that have ports.</exception>
    public ConnectionLabel Label(int localPort, int? remotePort, ProtocolType protocol)
        => Label(localPort, remotePort, GetProtocolName(protocol));

    /// <summary>Returns the name services files give a transport protocol: <c>tcp</c>, <c>udp</c>, <c>sctp</c> or <c>dccp</c>.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <returns>The name, a literal (nothing is allocated).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="protocol"/> is not one of the four protocols that have ports.</exception>
    internal static string GetProtocolName(ProtocolType protocol) => protocol switch
    {
        ProtocolType.Tcp => "tcp",
        ProtocolType.Udp => "udp",
        SctpProtocol => "sctp",
        DccpProtocol => "dccp",
        _ => throw new ArgumentOutOfRangeException(
            nameof(protocol),
            protocol,
            "Only TCP, UDP, SCTP ((ProtocolType)132) and DCCP ((ProtocolType)33) have ports; pass a protocol name string for anything else."),
    };
}
