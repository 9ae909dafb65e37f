using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ports;

/// <summary>
/// What a connection is, as a person would say it: which end is the service, which service, its port range, and whether
/// it runs inside TLS. Immutable; made by <see cref="PortRegistry.Label(IPEndPoint, IPEndPoint?, string, EphemeralPortRange?)"/>.
/// </summary>
/// <remarks><see cref="ToString"/> reads <c>10.0.0.5:52344 -> 93.184.216.34:443 https (outbound, TLS)</c>.</remarks>
public sealed class ConnectionLabel
{
    internal ConnectionLabel(
        string protocol,
        IPAddress? localAddress,
        int localPort,
        IPAddress? remoteAddress,
        int? remotePort,
        ConnectionDirection direction,
        PortEntry? service,
        KnownService? knownService,
        string? serviceName)
    {
        Protocol = protocol;
        LocalAddress = localAddress;
        LocalPort = localPort;
        RemoteAddress = remoteAddress;
        RemotePort = remotePort;
        Direction = direction;
        Service = service;
        KnownService = knownService;
        ServiceName = serviceName;
        ServicePort = direction switch
        {
            ConnectionDirection.Inbound => localPort,
            ConnectionDirection.Outbound => remotePort,
            _ => service?.Port,
        };
    }

    /// <summary>Gets the protocol the connection was labeled with, such as <c>tcp</c> or <c>udp</c>.</summary>
    public string Protocol { get; }

    /// <summary>Gets the local address, or <see langword="null"/> when the label was made from port numbers alone.</summary>
    public IPAddress? LocalAddress { get; }

    /// <summary>Gets the local port.</summary>
    public int LocalPort { get; }

    /// <summary>Gets the remote address, or <see langword="null"/> for a listening socket or a label made from port numbers alone.</summary>
    public IPAddress? RemoteAddress { get; }

    /// <summary>Gets the remote port, or <see langword="null"/> for a listening socket.</summary>
    public int? RemotePort { get; }

    /// <summary>Gets a value indicating whether the socket is listening (it has no remote end); its local end is then the service.</summary>
    public bool IsListening => RemotePort is null;

    /// <summary>Gets which end is the service: <see cref="ConnectionDirection.Inbound"/> (local), <see cref="ConnectionDirection.Outbound"/> (remote) or <see cref="ConnectionDirection.Unknown"/>.</summary>
    public ConnectionDirection Direction { get; }

    /// <summary>
    /// Gets the port of the service end: <see cref="LocalPort"/> when inbound, <see cref="RemotePort"/> when outbound,
    /// and when the direction is unknown the port of <see cref="Service"/> if there is one (both ends on the same port),
    /// else <see langword="null"/>.
    /// </summary>
    public int? ServicePort { get; }

    /// <summary>Gets the registry's entry for the service end, looked up with <see cref="Protocol"/>; <see langword="null"/> when it has none.</summary>
    public PortEntry? Service { get; }

    /// <summary>Gets the curated knowledge of the service (<see cref="ServiceKnowledge"/>), or <see langword="null"/> when it is not a known service.</summary>
    public KnownService? KnownService { get; }

    /// <summary>
    /// Gets the name to show for the service: the entry's name, or, when the entry is a known service listed first under
    /// another name, the name that made it known (IANA lists 465/tcp as <c>urd</c> with alias <c>submissions</c>, so
    /// <c>submissions</c>); <see langword="null"/> when there is no entry.
    /// </summary>
    public string? ServiceName { get; }

    /// <summary>Gets the range of the service's port, or <see langword="null"/> when <see cref="ServicePort"/> is.</summary>
    public PortClass? Class => ServicePort is int port ? PortRegistry.GetPortClass(port) : null;

    /// <summary>Gets a value indicating whether the service runs inside TLS (<see cref="KnownService.IsTls"/>).</summary>
    public bool IsTls => KnownService?.IsTls == true;

    /// <summary>Returns the label as a person reads it.</summary>
    /// <returns>
    /// <c>local -> remote service (direction[, TLS])</c>: for example <c>10.0.0.5:52344 -> 93.184.216.34:443 https (outbound, TLS)</c>,
    /// <c>[::]:22 ssh (listening)</c>, <c>52344 -> 8125 unknown (outbound)</c> or <c>10.0.0.5:40000 -> 10.0.0.9:40001 unknown (direction unknown)</c>.
    /// IPv6 addresses are written in brackets.
    /// </returns>
    public override string ToString()
    {
        var text = new StringBuilder(96);
        AppendEndPoint(text, LocalAddress, LocalPort);
        if (RemotePort is int remotePort)
        {
            text.Append(" -> ");
            AppendEndPoint(text, RemoteAddress, remotePort);
        }

        text.Append(' ').Append(ServiceName ?? "unknown").Append(" (").Append(
            IsListening ? "listening"
            : Direction switch
            {
                ConnectionDirection.Inbound => "inbound",
                ConnectionDirection.Outbound => "outbound",
                _ => "direction unknown",
            });
        if (IsTls)
        {
            text.Append(", TLS");
        }

        return text.Append(')').ToString();
    }

    /// <summary>Writes an end point as <c>address:port</c>, an IPv6 address in brackets, or the port alone when there is no address.</summary>
    /// <param name="text">Where the text goes.</param>
    /// <param name="address">The address, or <see langword="null"/>.</param>
    /// <param name="port">The port.</param>
    internal static void AppendEndPoint(StringBuilder text, IPAddress? address, int port)
    {
        if (address is null)
        {
            text.Append(port.ToString(CultureInfo.InvariantCulture));
            return;
        }

        bool v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
        text.Append(v6 ? "[" : string.Empty).Append(address.ToString()).Append(v6 ? "]:" : ":").Append(port.ToString(CultureInfo.InvariantCulture));
    }
}
