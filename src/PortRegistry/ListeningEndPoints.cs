using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using Ports.Indexes;

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
    /// <summary>The low 64 bits of <c>::ffff:0.0.0.0</c>, the IPv4 wildcard in its IPv4-mapped form; its high 64 bits are 0.</summary>
    private const ulong AnyV4Low = 0xFFFFUL << 32;

    // Arrays of numbers rather than a dictionary of UInt128: code over UInt128, and generic collections of it, is compiled
    // at run time even in a precompiled library. An open-addressing hash table of ports leads to a chain of the end
    // points on each port, each address in two 64-bit halves.
    private readonly int[] _slotPorts; // the port of each slot of the hash table
    private readonly int[] _slotHeads; // the first end point on that port plus one; 0 marks an empty slot
    private readonly int[] _next; // the next end point on the same port plus one; 0 ends the chain
    private readonly ulong[] _highs;
    private readonly ulong[] _lows;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>Creates the set.</summary>
    /// <param name="endPoints">The listening end points; repeated ones are kept once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="endPoints"/> or one of its items is <see langword="null"/>.</exception>
    public ListeningEndPoints(IEnumerable<IPEndPoint> endPoints)
    {
        ArgumentNullException.ThrowIfNull(endPoints);
        var all = new List<IPEndPoint>();
        foreach (IPEndPoint endPoint in endPoints)
        {
            ArgumentNullException.ThrowIfNull(endPoint, nameof(endPoints));
            all.Add(endPoint);
        }

        int size = 8;
        while (size < all.Count * 2)
        {
            size <<= 1;
        }

        _slotPorts = new int[size];
        _slotHeads = new int[size];
        _mask = size - 1;
        _shift = 32 - BitOperations.Log2((uint)size);
        _next = new int[all.Count];
        _highs = new ulong[all.Count];
        _lows = new ulong[all.Count];
        foreach (IPEndPoint endPoint in all)
        {
            ToKey(endPoint.Address, out ulong high, out ulong low);
            int slot = Slot(endPoint.Port);
            if (!Contains(_slotHeads[slot], high, low))
            {
                _slotPorts[slot] = endPoint.Port;
                _highs[Count] = high;
                _lows[Count] = low;
                _next[Count] = _slotHeads[slot];
                _slotHeads[slot] = ++Count;
            }
        }
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

        if (!byWildcard || IPAddress.IsLoopback(remote))
        {
            return true;
        }

        ToKey(remote, out ulong remoteHigh, out ulong remoteLow);
        ToKey(local, out ulong localHigh, out ulong localLow);
        return remoteHigh == localHigh && remoteLow == localLow;
    }

    /// <summary>Tells whether a listener on <paramref name="port"/> accepts connections to <paramref name="address"/>, without allocating.</summary>
    internal bool Accepts(IPAddress address, int port, out bool byWildcard)
    {
        byWildcard = false;
        int head = _slotHeads[Slot(port)];
        if (head == 0)
        {
            return false;
        }

        ToKey(address, out ulong high, out ulong low);
        bool isV4 = high == 0 && (low >> 32) == 0xFFFF;
        for (int i = head - 1; i >= 0; i = _next[i] - 1)
        {
            ulong listenerHigh = _highs[i];
            ulong listenerLow = _lows[i];
            if (listenerHigh == high && listenerLow == low)
            {
                byWildcard = false;
                return true;
            }

            byWildcard |= listenerHigh == 0 && (listenerLow == 0 || (isV4 && listenerLow == AnyV4Low));
        }

        return byWildcard;
    }

    /// <summary>Returns an address as two 64-bit halves, an IPv4 address in its IPv4-mapped IPv6 form, without allocating.</summary>
    private static void ToKey(IPAddress address, out ulong high, out ulong low)
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

        high = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        low = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
    }

    /// <summary>Returns the slot of a port in the hash table: the port's own, or the empty one where it would go.</summary>
    private int Slot(int port)
    {
        int slot = PortIndex.Slot(port, _shift);
        while (_slotHeads[slot] != 0 && _slotPorts[slot] != port)
        {
            slot = (slot + 1) & _mask;
        }

        return slot;
    }

    /// <summary>Tells whether the chain starting at <paramref name="head"/> holds an address.</summary>
    private bool Contains(int head, ulong high, ulong low)
    {
        for (int i = head - 1; i >= 0; i = _next[i] - 1)
        {
            if (_highs[i] == high && _lows[i] == low)
            {
                return true;
            }
        }

        return false;
    }
}
