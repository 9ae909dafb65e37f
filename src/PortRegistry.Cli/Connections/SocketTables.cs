using System.Net;
using System.Net.NetworkInformation;

namespace Ports.Cli.Connections;

/// <summary>
/// This machine's TCP connections and TCP/UDP listeners: from procfs on Linux (which also shows connected UDP
/// sockets), elsewhere from <see cref="IPGlobalProperties"/>.
/// </summary>
internal static class SocketTables
{
    /// <summary>Gets the source this system offers: procfs on Linux, <see cref="IPGlobalProperties"/> elsewhere.</summary>
    public static SocketSource NativeSource => OperatingSystem.IsLinux() ? SocketSource.ProcFs : SocketSource.NetworkInformation;

    /// <summary>Reads the machine's sockets.</summary>
    /// <param name="source">Where from; procfs falls back to <see cref="IPGlobalProperties"/> when none of its tables can be read.</param>
    /// <returns>The sockets.</returns>
    /// <exception cref="CliException">The system gives no way to list them.</exception>
    public static List<SocketInfo> Read(SocketSource source)
        => source == SocketSource.ProcFs && ReadProcNet("/proc/net") is { } sockets ? sockets : ReadNetworkInformation();

    /// <summary>Reads <c>tcp</c>, <c>tcp6</c>, <c>udp</c> and <c>udp6</c> under a procfs <c>net</c> folder.</summary>
    /// <param name="directory">The folder, <c>/proc/net</c> on a live system.</param>
    /// <returns>The sockets, or <see langword="null"/> when no table could be read (a table missing because IPv6 is off is fine).</returns>
    public static List<SocketInfo>? ReadProcNet(string directory)
    {
        List<SocketInfo>? sockets = null;
        foreach ((string file, string protocol) in (ReadOnlySpan<(string, string)>)[("tcp", "tcp"), ("tcp6", "tcp"), ("udp", "udp"), ("udp6", "udp")])
        {
            string text;
            try
            {
                text = File.ReadAllText(Path.Combine(directory, file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            (sockets ??= []).AddRange(ProcNetParser.ParseTable(text, protocol));
        }

        return sockets;
    }

    /// <summary>Reads the sockets through <see cref="IPGlobalProperties"/>: TCP connections, TCP listeners and UDP listeners.</summary>
    /// <returns>The sockets.</returns>
    /// <exception cref="CliException">The platform does not support it.</exception>
    public static List<SocketInfo> ReadNetworkInformation()
    {
        try
        {
            IPGlobalProperties properties = IPGlobalProperties.GetIPGlobalProperties();
            var sockets = new List<SocketInfo>();
            foreach (IPEndPoint listener in properties.GetActiveTcpListeners())
            {
                sockets.Add(new SocketInfo("tcp", listener, null, "LISTEN"));
            }

            foreach (TcpConnectionInformation connection in properties.GetActiveTcpConnections())
            {
                if (connection.State != TcpState.Listen)
                {
                    sockets.Add(new SocketInfo("tcp", connection.LocalEndPoint, connection.RemoteEndPoint, StateName(connection.State)));
                }
            }

            foreach (IPEndPoint listener in properties.GetActiveUdpListeners())
            {
                sockets.Add(new SocketInfo("udp", listener, null, "UNCONN"));
            }

            return sockets;
        }
        catch (Exception ex) when (ex is PlatformNotSupportedException or NetworkInformationException)
        {
            throw new CliException($"cannot list this machine's sockets: {ex.Message}", ex);
        }
    }

    /// <summary>Names a TCP state as <c>netstat</c> does.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name, such as <c>TIME_WAIT</c>.</returns>
    public static string StateName(TcpState state) => state switch
    {
        TcpState.Closed => "CLOSE",
        TcpState.Listen => "LISTEN",
        TcpState.SynSent => "SYN_SENT",
        TcpState.SynReceived => "SYN_RECV",
        TcpState.Established => "ESTABLISHED",
        TcpState.FinWait1 => "FIN_WAIT1",
        TcpState.FinWait2 => "FIN_WAIT2",
        TcpState.CloseWait => "CLOSE_WAIT",
        TcpState.Closing => "CLOSING",
        TcpState.LastAck => "LAST_ACK",
        TcpState.TimeWait => "TIME_WAIT",
        TcpState.DeleteTcb => "DELETE_TCB",
        _ => "UNKNOWN",
    };
}
