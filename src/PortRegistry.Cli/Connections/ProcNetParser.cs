using System.Buffers.Binary;
using System.Globalization;
using System.Net;

namespace Ports.Cli.Connections;

/// <summary>
/// Reads the socket tables of Linux's procfs, <c>/proc/net/{tcp,tcp6,udp,udp6}</c>, over spans. Each line after the
/// header is (<c>net/ipv4/tcp_ipv4.c</c>, <c>get_tcp4_sock</c>; <c>udp.c</c>, <c>udp4_format_sock</c>):
/// <code>
///   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
///    0: 0100007F:0CEA 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 ...
/// </code>
/// An address is the kernel's 32-bit words (one for IPv4, four for IPv6) printed with <c>%08X</c> in the machine's
/// byte order, so 127.0.0.1 reads <c>0100007F</c> on little-endian machines; the port is big-endian hex; <c>st</c>
/// is the kernel's TCP state number (UDP uses 07 for unconnected and 01 for connected sockets).
/// </summary>
internal static class ProcNetParser
{
    /// <summary>The kernel's TCP state names, indexed by state number (<c>include/net/tcp_states.h</c>).</summary>
    private static readonly string[] s_tcpStates =
    [
        "UNKNOWN", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT",
        "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING", "NEW_SYN_RECV",
    ];

    /// <summary>Parses a whole table.</summary>
    /// <param name="text">The content of one of the files.</param>
    /// <param name="protocol"><c>tcp</c> or <c>udp</c>.</param>
    /// <returns>The sockets, in the file's order; lines that are not socket lines (the header) are skipped.</returns>
    public static List<SocketInfo> ParseTable(ReadOnlySpan<char> text, string protocol)
    {
        var sockets = new List<SocketInfo>();
        foreach (ReadOnlySpan<char> line in text.EnumerateLines())
        {
            if (TryParseLine(line, protocol, out SocketInfo? socket))
            {
                sockets.Add(socket);
            }
        }

        return sockets;
    }

    /// <summary>Parses one line of a table.</summary>
    /// <param name="line">The line.</param>
    /// <param name="protocol"><c>tcp</c> or <c>udp</c>.</param>
    /// <param name="socket">The socket.</param>
    /// <returns><see langword="false"/> for the header and for lines that are not well formed.</returns>
    public static bool TryParseLine(ReadOnlySpan<char> line, string protocol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SocketInfo? socket)
    {
        socket = null;
        Span<Range> fields = stackalloc Range[11];
        line = line.Trim();
        int count = line.SplitAny(fields, " \t", StringSplitOptions.RemoveEmptyEntries);
        if (count < 4 || !line[fields[0]].EndsWith(':')
            || !TryParseEndPoint(line[fields[1]], out IPEndPoint? local)
            || !TryParseEndPoint(line[fields[2]], out IPEndPoint? remote)
            || !byte.TryParse(line[fields[3]], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out byte state))
        {
            return false;
        }

        bool tcp = protocol == "tcp";
        bool listening = tcp ? state == 0x0A : remote.Port == 0 && IsZero(remote.Address);
        string stateName = tcp
            ? state < s_tcpStates.Length ? s_tcpStates[state] : "UNKNOWN"
            : listening ? "UNCONN" : "ESTABLISHED";
        // The tenth field is the socket's inode (0 for a socket in TIME_WAIT, which no process holds any more).
        long inode = count >= 10 && long.TryParse(line[fields[9]], NumberStyles.None, CultureInfo.InvariantCulture, out long number) ? number : 0;
        socket = new SocketInfo(protocol, local, listening ? null : remote, stateName, inode);
        return true;
    }

    /// <summary>Parses <c>ADDRESS:PORT</c>, the address 8 or 32 hex digits in 32-bit words of machine byte order.</summary>
    /// <param name="text">The field.</param>
    /// <param name="endPoint">The end point.</param>
    /// <returns><see langword="true"/> when the field is well formed.</returns>
    public static bool TryParseEndPoint(ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPEndPoint? endPoint)
    {
        endPoint = null;
        int colon = text.IndexOf(':');
        if (colon is not (8 or 32)
            || !ushort.TryParse(text[(colon + 1)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort port))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        int length = colon / 2;
        for (int word = 0; word < length / 4; word++)
        {
            if (!uint.TryParse(text.Slice(word * 8, 8), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint value))
            {
                return false;
            }

            // The kernel printed the word as the machine reads it; write it back the same way to recover the bytes.
            if (BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes[(word * 4)..], value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32BigEndian(bytes[(word * 4)..], value);
            }
        }

        endPoint = new IPEndPoint(new IPAddress(bytes[..length]), port);
        return true;
    }

    private static bool IsZero(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        return address.TryWriteBytes(bytes, out int written) && !bytes[..written].ContainsAnyExcept((byte)0);
    }
}
