using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Ports.Cli.Json;
using Ports.Cli.Output;

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

    /// <summary>Creates the command.</summary>
    /// <param name="options">The global options.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions options, CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON for programs instead of a table." };
        var listening = new Option<bool>("--listening", "-l") { Description = "Only listeners: TCP sockets in LISTEN and unconnected UDP sockets." };
        var tcp = new Option<bool>("--tcp", "-t") { Description = "TCP sockets (with -u: both)." };
        var udp = new Option<bool>("--udp", "-u") { Description = "UDP sockets (with -t: both)." };
        var port = new Option<int?>("--port")
        {
            Description = "Only sockets with this port at either end.",
            HelpName = "N",
            CustomParser = ParsePort,
        };
        var service = new Option<string>("--service") { Description = "Only sockets labeled with this service (its name or an alias).", HelpName = "NAME" };
        var state = new Option<string>("--state")
        {
            Description = "Only sockets in this state: LISTEN, ESTABLISHED, TIME_WAIT, UNCONN ... (any case; time-wait as ss spells it).",
            HelpName = "STATE",
            CustomParser = ParseState,
        };
        var command = new Command(
            "connections",
            "Label this machine's TCP connections and TCP/UDP sockets: service, direction, class, TLS, the process that holds each, and a description.")
        {
            listening, tcp, udp, port, service, state, json,
        };
        command.SetAction(result =>
        {
            PortRegistry registry = options.OpenRegistry(result);
            CultureInfo culture = options.Culture(result);
            var filter = new ConnectionFilter(
                result.GetValue(listening), result.GetValue(tcp), result.GetValue(udp), result.GetValue(port), result.GetValue(service), result.GetValue(state));
            List<LabeledSocket> sockets = Collect(registry, SocketTables.NativeSource, filter);
            if (result.GetValue(json))
            {
                ConnectionView[] views = [.. sockets.Select(s => ConnectionView.Of(s, culture))];
                console.Write(JsonSerializer.SerializeToUtf8Bytes(views, CliJsonContext.Output.ConnectionViewArray));
                console.Write("\n");
            }
            else
            {
                console.Write(FormatTable(sockets, culture));
            }

            return 0;
        });
        return command;
    }

    /// <summary>Reads the machine's sockets, labels them, keeps those the filter lets through and finds their processes.</summary>
    /// <param name="registry">The registry to label with.</param>
    /// <param name="source">Where the sockets come from.</param>
    /// <param name="filter">Which sockets to keep.</param>
    /// <returns>The sockets, in the order the tool shows them.</returns>
    public static List<LabeledSocket> Collect(PortRegistry registry, SocketSource source, ConnectionFilter filter)
    {
        List<LabeledSocket> sockets = [.. LabeledSocket.LabelAll(registry, SocketTables.Read(source)).Where(filter.Matches)];
        if (source != SocketSource.ProcFs)
        {
            return sockets;
        }

        var inodes = new HashSet<long>(sockets.Select(s => s.Socket.Inode).Where(inode => inode != 0));
        Dictionary<long, SocketOwner> owners = SocketOwners.Find(ProcRoot, inodes);
        return [.. sockets.Select(s => owners.TryGetValue(s.Socket.Inode, out SocketOwner? owner) ? s with { Owner = owner } : s)];
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

    private static int? ParsePort(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value <= 65535)
        {
            return value;
        }

        result.AddError($"--port needs a port number from 0 to 65535, not '{TerminalText.Escape(text)}'.");
        return null;
    }

    private static string? ParseState(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (ConnectionFilter.ParseState(text) is { } state)
        {
            return state;
        }

        result.AddError($"--state needs one of {string.Join(", ", ConnectionFilter.States)}, not '{TerminalText.Escape(text)}'.");
        return null;
    }
}
