using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
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

        Dictionary<long, ImmutableArray<SocketOwner>> owners = SocketOwners.Find(ProcRoot, inodes);
        for (int i = 0; i < sockets.Count; i++)
        {
            if (owners.TryGetValue(sockets[i].Socket.Inode, out ImmutableArray<SocketOwner> found))
            {
                sockets[i] = sockets[i] with { Owners = found };
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
                ProcessCell(socket.Owners),
                TerminalText.Escape(label.DescribeService(culture) ?? "-"));
        }

        return table.ToString();
    }

    /// <summary>
    /// Writes the processes that hold a socket as the PID/PROCESS column shows them: <c>PID/NAME</c> as <c>netstat -p</c>
    /// writes it, one entry per process name (in the order of their lowest ids, separated by <c>,</c>) with the lowest id
    /// of that name, and <c>+N</c> when N more processes of that name hold the socket too: <c>1234/nginx+3</c> for a
    /// server and its three workers, <c>1/systemd,812/cupsd</c> for a socket-activated service. The cell stays short
    /// and without spaces however many workers share the socket; <c>--json</c> lists every process.
    /// </summary>
    /// <param name="owners">The processes, lowest id first.</param>
    /// <returns>The cell, names escaped for the terminal; <c>-</c> when no process is known.</returns>
    public static string ProcessCell(ImmutableArray<SocketOwner> owners)
    {
        if (owners.IsEmpty)
        {
            return "-";
        }

        if (owners.Length == 1)
        {
            return Entry(owners[0]);
        }

        var cell = new StringBuilder();
        for (int i = 0; i < owners.Length; i++)
        {
            string name = owners[i].Process;
            if (NamedBefore(owners, i))
            {
                continue;
            }

            int more = 0;
            for (int j = i + 1; j < owners.Length; j++)
            {
                more += owners[j].Process == name ? 1 : 0;
            }

            if (cell.Length > 0)
            {
                cell.Append(',');
            }

            cell.Append(Entry(owners[i]));
            if (more > 0)
            {
                cell.Append(CultureInfo.InvariantCulture, $"+{more}");
            }
        }

        return cell.ToString();

        static string Entry(SocketOwner owner) => string.Create(CultureInfo.InvariantCulture, $"{owner.Pid}/{TerminalText.Escape(owner.Process)}");

        static bool NamedBefore(ImmutableArray<SocketOwner> owners, int index)
        {
            for (int i = 0; i < index; i++)
            {
                if (owners[i].Process == owners[index].Process)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Writes an end point as <c>address:port</c>, an IPv6 address in brackets.</summary>
    /// <param name="endPoint">The end point.</param>
    /// <returns>The text.</returns>
    public static string EndPoint(IPEndPoint endPoint)
        => endPoint.AddressFamily == AddressFamily.InterNetworkV6
            ? string.Create(CultureInfo.InvariantCulture, $"[{endPoint.Address}]:{endPoint.Port}")
            : string.Create(CultureInfo.InvariantCulture, $"{endPoint.Address}:{endPoint.Port}");
}
