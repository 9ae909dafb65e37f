using System.Collections.Frozen;
using System.Net;
using System.Net.Sockets;

namespace Ports;

/// <summary>
/// The end points on which this machine listens, for labeling its connections by what it knows rather than by port
/// numbers: a connection whose local end is a listener is inbound, one whose remote end is a local listener is
/// outbound, whatever the ports. Immutable; build it once per snapshot of the machine's sockets and use it for every
/// connection of that snapshot.
/// </summary>
/// <remarks>
/// <para>
/// Feed it the listening end points of one protocol, such as
/// <c>IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners()</c> for TCP connections, or the
/// <c>LISTEN</c> rows of <c>/proc/net/tcp</c> and <c>/proc/net/tcp6</c>.
/// </para>
/// <para>
/// Addresses are compared the way the operating system delivers connections: an IPv4-mapped IPv6 address
/// (<c>::ffff:10.0.0.5</c>) is the IPv4 address; a listener on <c>0.0.0.0</c> accepts every IPv4 address, one on
/// <c>::</c> every address (a dual-stack socket, the default on Linux and Windows). Whether a remote end is this
/// machine is only certain for a listener on a specific address; for a wildcard listener the remote end counts as
/// local when it is a loopback address or the connection's own local address.
/// </para>
/// </remarks>
public sealed class ListeningEndPoints
{
    private static readonly UInt128 s_anyV4 = (UInt128)0xFFFF << 32;
    private readonly FrozenDictionary<int, UInt128[]> _byPort;

    /// <summary>Creates the set.</summary>
    /// <param name="endPoints">The listening end points; repeated ones are kept once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="endPoints"/> or one of its items is <see langword="null"/>.</exception>
    public ListeningEndPoints(IEnumerable<IPEndPoint> endPoints)
    {
        ArgumentNullException.ThrowIfNull(endPoints);
        var byPort = new Dictionary<int, HashSet<UInt128>>();
        foreach (IPEndPoint endPoint in endPoints)
        {
            ArgumentNullException.ThrowIfNull(endPoint, nameof(endPoints));
            if (!byPort.TryGetValue(endPoint.Port, out HashSet<UInt128>? addresses))
            {
                byPort.Add(endPoint.Port, addresses = []);
            }

            addresses.Add(ToKey(endPoint.Address));
        }

        Count = byPort.Sum(pair => pair.Value.Count);
        _byPort = byPort.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Order().ToArray());
    }

    /// <summary>Gets the number of distinct listening end points.</summary>
    public int Count { get; }

    /// <summary>Tells whether a local end point is one of the listeners: same port, and the same address or a wildcard listener that accepts it.</summary>
    /// <param name="endPoint">The local end point of a socket.</param>
    /// <returns><see langword="true"/> when a listener accepts connections on <paramref name="endPoint"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endPoint"/> is <see langword="null"/>.</exception>
    public bool Contains(IPEndPoint endPoint)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        return Accepts(endPoint.Address, endPoint.Port, out _);
    }

    /// <summary>Tells whether a connection's remote end is one of this machine's listeners.</summary>
    internal bool IsLocalListener(IPAddress remote, int remotePort, IPAddress local)
    {
        if (!Accepts(remote, remotePort, out bool byWildcard))
        {
            return false;
        }

        return !byWildcard || IPAddress.IsLoopback(remote) || ToKey(remote) == ToKey(local);
    }

    /// <summary>Tells whether a listener on <paramref name="port"/> accepts connections to <paramref name="address"/>, without allocating.</summary>
    internal bool Accepts(IPAddress address, int port, out bool byWildcard)
    {
        byWildcard = false;
        if (!_byPort.TryGetValue(port, out UInt128[]? listeners))
        {
            return false;
        }

        UInt128 key = ToKey(address);
        if (Array.IndexOf(listeners, key) >= 0)
        {
            return true;
        }

        bool isV4 = (key >> 32) == 0xFFFF;
        byWildcard = Array.IndexOf(listeners, UInt128.Zero) >= 0 || (isV4 && Array.IndexOf(listeners, s_anyV4) >= 0);
        return byWildcard;
    }

    /// <summary>Returns an address as 128 bits, an IPv4 address in its IPv4-mapped IPv6 form, without allocating.</summary>
    private static UInt128 ToKey(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            bytes[..10].Clear();
            bytes[10] = 0xFF;
            bytes[11] = 0xFF;
            address.TryWriteBytes(bytes[12..], out _);
        }
        else
        {
            address.TryWriteBytes(bytes, out _);
        }

        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }
}
