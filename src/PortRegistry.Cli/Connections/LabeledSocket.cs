using System.Collections.Immutable;
using System.Net;

namespace Ports.Cli.Connections;

/// <summary>A socket, its label and, where they are visible, the processes that hold it.</summary>
/// <param name="Socket">The socket.</param>
/// <param name="Label">What PortRegistry makes of it.</param>
internal sealed record LabeledSocket(SocketInfo Socket, ConnectionLabel Label)
{
    /// <summary>
    /// Gets the processes that hold the socket, lowest id first (several when a server forked after opening it), or none
    /// when they are not known (another user's processes, or a system that does not say).
    /// </summary>
    public ImmutableArray<SocketOwner> Owners { get; init; } = [];

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
        var tcpListeners = new ListeningEndPoints(Listeners(all, "tcp"));
        var udpListeners = new ListeningEndPoints(Listeners(all, "udp"));
        var labeled = new LabeledSocket[all.Count];
        int count = 0;
        foreach (SocketInfo s in all)
        {
            labeled[count++] = new LabeledSocket(s, registry.Label(s.Local, s.Remote, s.Protocol, s.Protocol == "udp" ? udpListeners : tcpListeners, ephemeralPorts));
        }

        // A stable sort: sockets that compare equal keep the order they were read in.
        int[] order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => Compare(labeled[x], labeled[y]) is var byKey and not 0 ? byKey : x.CompareTo(y));
        var sorted = new List<LabeledSocket>(count);
        foreach (int i in order)
        {
            sorted.Add(labeled[i]);
        }

        return sorted;
    }

    private static List<IPEndPoint> Listeners(IReadOnlyCollection<SocketInfo> sockets, string protocol)
    {
        var listeners = new List<IPEndPoint>();
        foreach (SocketInfo socket in sockets)
        {
            if (socket.Remote is null && socket.Protocol == protocol)
            {
                listeners.Add(socket.Local);
            }
        }

        return listeners;
    }

    // Listeners first, then connections; each by protocol, a listener by port; then by local end, then by remote end.
    private static int Compare(LabeledSocket x, LabeledSocket y)
    {
        SocketInfo a = x.Socket;
        SocketInfo b = y.Socket;
        int result = (x.Label.IsListening ? 0 : 1).CompareTo(y.Label.IsListening ? 0 : 1);
        result = result != 0 ? result : string.CompareOrdinal(a.Protocol, b.Protocol);
        result = result != 0 ? result : (x.Label.IsListening ? a.Local.Port : 0).CompareTo(y.Label.IsListening ? b.Local.Port : 0);
        result = result != 0 ? result : ((int)a.Local.AddressFamily).CompareTo((int)b.Local.AddressFamily);
        result = result != 0 ? result : a.Local.Address.GetAddressBytes().AsSpan().SequenceCompareTo(b.Local.Address.GetAddressBytes());
        result = result != 0 ? result : a.Local.Port.CompareTo(b.Local.Port);
        result = result != 0 ? result : (a.Remote?.Address.GetAddressBytes() ?? []).AsSpan().SequenceCompareTo(b.Remote?.Address.GetAddressBytes() ?? []);
        return result != 0 ? result : (a.Remote?.Port ?? 0).CompareTo(b.Remote?.Port ?? 0);
    }
}
