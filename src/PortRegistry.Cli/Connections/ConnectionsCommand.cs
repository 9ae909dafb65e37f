using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Ports.Cli.Json;
using Ports.Cli.Output;
using Ports.Cli.Parsing;

namespace Ports.Cli.Connections;

/// <summary>
/// <c>portreg connections [-l] [-t] [-u] [--port N] [--service NAME] [--state STATE] [--json]</c>: this machine's TCP
/// connections and TCP/UDP sockets, each labeled (protocol, local, remote, state, service, direction, class, TLS,
/// process, description), as an aligned table or JSON.
/// </summary>
internal static class ConnectionsCommand
{
    /// <summary>Where a procfs lives on a live Linux system.</summary>
    private const string ProcRoot = "/proc";

    /// <summary>Runs the command.</summary>
    /// <param name="arguments">The command line.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>0.</returns>
    public static int Run(ParsedArguments arguments, CliConsole console)
    {
        PortRegistry registry = GlobalOptions.OpenRegistry(arguments);
        CultureInfo culture = GlobalOptions.Culture(arguments);
        var filter = new ConnectionFilter(arguments.Listening, arguments.Tcp, arguments.Udp, arguments.Port, arguments.Service, arguments.State);
        List<LabeledSocket> sockets = Collect(registry, SocketTables.NativeSource, filter);
        if (arguments.Json)
        {
            var views = new ConnectionView[sockets.Count];
            for (int i = 0; i < views.Length; i++)
            {
                views[i] = ConnectionView.Of(sockets[i], culture);
            }

            console.Write(JsonOutput.Of(views).Span);
            console.Write("\n");
        }
        else
        {
            console.Write(FormatTable(sockets, culture));
        }

        return 0;
    }

    /// <summary>Reads the machine's sockets, labels them, keeps those the filter lets through and finds their processes.</summary>
    /// <param name="registry">The registry to label with.</param>
    /// <param name="source">Where the sockets come from.</param>
    /// <param name="filter">Which sockets to keep.</param>
    /// <returns>The sockets, in the order the tool shows them.</returns>
    public static List<LabeledSocket> Collect(PortRegistry registry, SocketSource source, ConnectionFilter filter)
    {
        List<LabeledSocket> sockets = LabeledSocket.LabelAll(registry, SocketTables.Read(source));
        sockets.RemoveAll(s => !filter.Matches(s));
        if (source != SocketSource.ProcFs)
        {
            return sockets;
        }

        var inodes = new HashSet<long>();
        foreach (LabeledSocket socket in sockets)
        {
            if (socket.Socket.Inode != 0)
            {
                inodes.Add(socket.Socket.Inode);
            }
        }

        Dictionary<long, SocketOwner> owners = SocketOwners.Find(ProcRoot, inodes);
        for (int i = 0; i < sockets.Count; i++)
        {
            if (owners.TryGetValue(sockets[i].Socket.Inode, out SocketOwner? owner))
            {
                sockets[i] = sockets[i] with { Owner = owner };
            }
        }

        return sockets;
    }

    /// <summary>Formats labeled sockets as the table the command prints, text from the data escaped for the terminal.</summary>
    /// <param name="sockets">The sockets, in order.</param>
    /// <param name="culture">The language of the descriptions.</param>
    /// <returns>The table.</returns>
    public static string FormatTable(IEnumerable<LabeledSocket> sockets, CultureInfo culture)
    {
        var table = new TextTable("PROTO", "LOCAL", "REMOTE", "STATE", "SERVICE", "DIRECTION", "CLASS", "TLS", "PID/PROCESS", "DESCRIPTION");
        foreach (LabeledSocket socket in sockets)
        {
            ConnectionLabel label = socket.Label;
            table.Add(
                socket.Socket.Protocol,
                EndPoint(socket.Socket.Local),
                socket.Socket.Remote is { } remote ? EndPoint(remote) : "*",
                socket.Socket.State,
                TerminalText.Escape(label.ServiceName ?? "-"),
                Words.Of(label.Direction),
                label.Class is PortClass portClass ? Words.Of(portClass) : "-",
                label.IsTls ? "yes" : "no",
                socket.Owner is { } owner ? string.Create(CultureInfo.InvariantCulture, $"{owner.Pid}/{TerminalText.Escape(owner.Process)}") : "-",
                TerminalText.Escape(label.DescribeService(culture) ?? "-"));
        }

        return table.ToString();
    }

    /// <summary>Writes an end point as <c>address:port</c>, an IPv6 address in brackets.</summary>
    /// <param name="endPoint">The end point.</param>
    /// <returns>The text.</returns>
    public static string EndPoint(IPEndPoint endPoint)
        => endPoint.AddressFamily == AddressFamily.InterNetworkV6
            ? string.Create(CultureInfo.InvariantCulture, $"[{endPoint.Address}]:{endPoint.Port}")
            : string.Create(CultureInfo.InvariantCulture, $"{endPoint.Address}:{endPoint.Port}");
}
