using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ports;

/// <summary>
/// What a connection is, as a person would say it: which end is the service, which service (by the name people use, with
/// the registry's entry beside it), its port range, and whether it runs inside TLS. Immutable; made by the
/// <see cref="PortRegistry"/> <c>Label</c> methods.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> reads <c>10.0.0.5:52344 -> 93.184.216.34:443 https (outbound, TLS)</c>, or, where the catalogue
/// and the registry name the port differently, <c>10.0.0.5:52344 -> 10.0.0.9:9092 kafka (outbound, registry: XmlIpcRegSvc)</c>.
/// </remarks>
public sealed class ConnectionLabel
{
    internal ConnectionLabel(
        string protocol,
        IPAddress? localAddress,
        int localPort,
        IPAddress? remoteAddress,
        int? remotePort,
        ConnectionDirection direction,
        int? servicePort,
        PortEntry? registryEntry,
        CatalogService? catalogService,
        bool isTls)
    {
        Protocol = protocol;
        LocalAddress = localAddress;
        LocalPort = localPort;
        RemoteAddress = remoteAddress;
        RemotePort = remotePort;
        Direction = direction;
        ServicePort = servicePort;
        RegistryEntry = registryEntry;
        CatalogService = catalogService;
        IsTls = isTls;
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
    /// and when the direction is unknown the port both ends share if something is known of it, else <see langword="null"/>.
    /// </summary>
    public int? ServicePort { get; }

    /// <summary>
    /// Gets the registry's entry for the service end (<see cref="PortRegistry.TryGetByPort(int, string?, out PortEntry)"/> with <see cref="Protocol"/>):
    /// IANA's or the services file's name for the port; <see langword="null"/> when the registry has none.
    /// </summary>
    public PortEntry? RegistryEntry { get; }

    /// <summary>
    /// Gets the catalogue's service on the service end's port and protocol (<see cref="ServiceCatalog"/>), or
    /// <see langword="null"/> when the catalogue has none there.
    /// </summary>
    public CatalogService? CatalogService { get; }

    /// <summary>
    /// Gets the name to show for the service: the catalogue's (<c>kafka</c> on 9092/tcp, <c>submissions</c> on 465/tcp)
    /// when it has the port, else the registry entry's; <see langword="null"/> when neither knows the port.
    /// </summary>
    public string? ServiceName => CatalogService?.Name ?? RegistryEntry?.Name;

    /// <summary>
    /// Gets the registry entry's name when it differs from <see cref="ServiceName"/> (<c>XmlIpcRegSvc</c> beside
    /// <c>kafka</c>), so that both can be shown; otherwise <see langword="null"/>.
    /// </summary>
    public string? RegistryName => RegistryEntry is { } entry && CatalogService is { } service && !string.Equals(entry.Name, service.Name, StringComparison.Ordinal)
        ? entry.Name
        : null;

    /// <summary>Gets the range of the service's port, or <see langword="null"/> when <see cref="ServicePort"/> is.</summary>
    public PortClass? Class => ServicePort is int port ? PortRegistry.GetPortClass(port) : null;

    /// <summary>
    /// Gets a value indicating whether the service runs inside TLS: the catalogue's <see cref="CatalogService.IsTls"/>, or,
    /// for a port the catalogue does not have, whether <see cref="RegistryEntry"/> exists and the IANA registry's entry on
    /// that port is TLS by its name or description (<see cref="ServiceCatalog.IsTls"/>).
    /// </summary>
    public bool IsTls { get; }

    /// <summary>
    /// Describes the service for a person: the catalogue's summary (<see cref="CatalogService.GetSummary"/>) when it has the
    /// service, else the registry entry's own <see cref="PortEntry.Description"/> (IANA's English, or the services file's comment).
    /// </summary>
    /// <param name="culture">The language of the catalogue's summary; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text, or <see langword="null"/> when nothing describes the service.</returns>
    public string? DescribeService(CultureInfo? culture = null)
        => CatalogService is { } service ? service.GetSummary(culture) : RegistryEntry?.Description;

    /// <summary>Returns the label as a person reads it.</summary>
    /// <returns>
    /// <c>local -> remote service (direction[, TLS][, registry: name])</c>: for example
    /// <c>10.0.0.5:52344 -> 93.184.216.34:443 https (outbound, TLS)</c>, <c>[::]:22 ssh (listening)</c>,
    /// <c>10.0.0.5:52344 -> 10.0.0.9:9092 kafka (outbound, registry: XmlIpcRegSvc)</c>, <c>52344 -> 8125 unknown (outbound)</c>
    /// or <c>10.0.0.5:40000 -> 10.0.0.9:40001 unknown (direction unknown)</c>. IPv6 addresses are written in brackets.
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

        if (RegistryName is { } registryName)
        {
            text.Append(", registry: ").Append(registryName);
        }

        return text.Append(')').ToString();
    }
    /// <summary>Writes an end point as <c>address:port</c>, an IPv6 address in brackets, or the port alone when there is no address.</summary>
    /// <param name="text">Where the text goes.</param>
    /// <param name="address">The address, or <see langword="null"/>.</param>
    /// <param name="port">The port.</param>
    internal static void AppendEndPoint(StringBuilder text, IPAddress? address, int port)
    {
        if (address is not null)
        {
            bool v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
            text.Append(v6 ? "[" : string.Empty).Append(address.ToString()).Append(v6 ? "]:" : ":");
        }

        AppendPort(text, port);
    }

    /// <summary>
    /// Writes a port in decimal digits by hand: <c>int.ToString(CultureInfo.InvariantCulture)</c> would first initialize
    /// <see cref="CultureInfo"/>, which costs the first label of a process milliseconds and over a hundred page faults.
    /// </summary>
    private static void AppendPort(StringBuilder text, int port)
    {
        Span<char> digits = stackalloc char[10];
        int start = digits.Length;
        uint value = (uint)port;
        do
        {
            digits[--start] = (char)('0' + (value % 10));
            value /= 10;
        }
        while (value != 0);

        text.Append(digits[start..]);
    }
}
