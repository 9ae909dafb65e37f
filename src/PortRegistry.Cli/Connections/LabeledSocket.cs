namespace Ports.Cli.Connections;

/// <summary>A socket, its label and, where it is visible, the process that holds it.</summary>
/// <param name="Socket">The socket.</param>
/// <param name="Label">What PortRegistry makes of it.</param>
internal sealed record LabeledSocket(SocketInfo Socket, ConnectionLabel Label)
{
    /// <summary>Gets the process that holds the socket, or <see langword="null"/> when it is not known (another user's process, or a system that does not say).</summary>
    public SocketOwner? Owner { get; init; }

    /// <summary>
    /// Labels sockets and puts them in the order the tool shows them: listeners first, then connections, each by
    /// protocol and local end. This is the one place where the tool labels sockets.
    /// </summary>
    /// <param name="registry">The registry to label with.</param>
    /// <param name="sockets">The sockets.</param>
    /// <param name="ephemeralPorts">The ephemeral port range; <see langword="null"/> for this machine's.</param>
    /// <returns>The labeled sockets, sorted.</returns>
    public static List<LabeledSocket> LabelAll(PortRegistry registry, IEnumerable<SocketInfo> sockets, EphemeralPortRange? ephemeralPorts = null)
    {
        // The machine's own listeners decide the direction first (a client of a dev server on port 45000 is outbound, the
        // server's end inbound), whatever the port numbers; each protocol has its own listeners.
        IReadOnlyCollection<SocketInfo> all = sockets as IReadOnlyCollection<SocketInfo> ?? [.. sockets];
        var tcpListeners = new ListeningEndPoints(all.Where(s => s.Remote is null && s.Protocol == "tcp").Select(s => s.Local));
        var udpListeners = new ListeningEndPoints(all.Where(s => s.Remote is null && s.Protocol == "udp").Select(s => s.Local));
        return [.. all
            .Select(s => new LabeledSocket(s, registry.Label(s.Local, s.Remote, s.Protocol, s.Protocol == "udp" ? udpListeners : tcpListeners, ephemeralPorts)))
            .OrderBy(s => s.Label.IsListening ? 0 : 1)
            .ThenBy(s => s.Socket.Protocol, StringComparer.Ordinal)
            .ThenBy(s => s.Label.IsListening ? s.Socket.Local.Port : 0)
            .ThenBy(s => s.Socket.Local.AddressFamily)
            .ThenBy(s => s.Socket.Local.Address.GetAddressBytes(), ByteOrder.Instance)
            .ThenBy(s => s.Socket.Local.Port)
            .ThenBy(s => s.Socket.Remote?.Address.GetAddressBytes() ?? [], ByteOrder.Instance)
            .ThenBy(s => s.Socket.Remote?.Port ?? 0)];
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
