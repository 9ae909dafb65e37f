using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ports.Cli.Json;
using Ports.Cli.Output;

namespace Ports.Cli.Connections;

/// <summary>
/// <c>portreg connections [--json]</c>: this machine's TCP connections and TCP/UDP listeners, each labeled (protocol,
/// local, remote, state, service, direction, class, TLS), as an aligned table or JSON.
/// </summary>
internal static class ConnectionsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="options">The global options.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions options, CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON for programs instead of a table." };
        var command = new Command("connections", "Label this machine's TCP connections and TCP/UDP listeners: service, direction, class, TLS.")
        {
            json,
        };
        command.SetAction(result =>
        {
            PortRegistry registry = options.OpenRegistry(result);
            List<LabeledSocket> sockets = LabeledSocket.LabelAll(registry, SocketTables.Read());
            if (result.GetValue(json))
            {
                CultureInfo culture = options.Culture(result);
                ConnectionView[] views = [.. sockets.Select(s => ConnectionView.Of(s.Socket, s.Label, culture))];
                console.Write(JsonSerializer.SerializeToUtf8Bytes(views, CliJsonContext.Output.ConnectionViewArray));
                console.Write("\n");
            }
            else
            {
                console.Write(FormatTable(sockets));
            }

            return 0;
        });
        return command;
    }

    /// <summary>Formats labeled sockets as the table the command prints.</summary>
    /// <param name="sockets">The sockets, in order.</param>
    /// <returns>The table.</returns>
    public static string FormatTable(IEnumerable<LabeledSocket> sockets)
    {
        var table = new TextTable("PROTO", "LOCAL", "REMOTE", "STATE", "SERVICE", "DIRECTION", "CLASS", "TLS");
        foreach ((SocketInfo socket, ConnectionLabel label) in sockets)
        {
            table.Add(
                socket.Protocol,
                EndPoint(label.LocalAddress, label.LocalPort),
                label.RemotePort is int remotePort ? EndPoint(label.RemoteAddress, remotePort) : "*",
                socket.State,
                label.ServiceName ?? "-",
                Words.Of(label.Direction),
                label.Class is PortClass portClass ? Words.Of(portClass) : "-",
                label.IsTls ? "yes" : "no");
        }

        return table.ToString();
    }

    private static string EndPoint(System.Net.IPAddress? address, int port)
    {
        var text = new StringBuilder(48);
        ConnectionLabel.AppendEndPoint(text, address, port);
        return text.ToString();
    }
}
