using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Ports.Cli.Connections;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli.Connections;

/// <summary>
/// <c>portreg connections</c> run as a process while the test holds real sockets on loopback: a listener and a
/// connection to it, named by a services file of the test's own so the labels are known in advance.
/// </summary>
public sealed class ConnectionsCommandTests
{
    [Fact]
    public void Connections_Ipv4Listener_LabeledInbound()
    {
        using TcpListener listener = Listen(IPAddress.Loopback, out int port);
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-test {port}/tcp\n");

        PortregResult result = PortregTool.Run("--file", file, "connections");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("PROTO  LOCAL ", result.Text, StringComparison.Ordinal);
        Assert.Contains(["tcp", $"127.0.0.1:{port}", "*", "LISTEN", "portreg-test", "inbound", Class(port), "no"], Rows(result.Text));
    }

    [Fact]
    public void Connections_Ipv6Listener_LabeledInbound()
    {
        using TcpListener listener = ListenOnIPv6Loopback(out int port);
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-test6 {port}/tcp\n");

        PortregResult result = PortregTool.Run("connections", "--file", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(["tcp", $"[::1]:{port}", "*", "LISTEN", "portreg-test6", "inbound", Class(port), "no"], Rows(result.Text));
    }

    [Fact]
    public void Connections_ConnectionToOurListener_BothEndsLabeled()
    {
        using TcpListener listener = Listen(IPAddress.Loopback, out int port);
        using var client = new TcpClient(AddressFamily.InterNetwork);
        client.Connect(IPAddress.Loopback, port);
        using TcpClient server = listener.AcceptTcpClient();
        int clientPort = ((IPEndPoint)client.Client.LocalEndPoint!).Port;
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-test {port}/tcp\n");

        PortregResult result = PortregTool.Run("--file", file, "connections");

        List<string[]> rows = Rows(result.Text);
        Assert.Contains(["tcp", $"127.0.0.1:{port}", $"127.0.0.1:{clientPort}", "ESTABLISHED", "portreg-test", "inbound", Class(port), "no"], rows);
        Assert.Contains(["tcp", $"127.0.0.1:{clientPort}", $"127.0.0.1:{port}", "ESTABLISHED", "portreg-test", "outbound", Class(port), "no"], rows);
    }

    [Fact]
    public void Connections_Json_DescribesOurListener()
    {
        using TcpListener listener = Listen(IPAddress.Loopback, out int port);
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-test {port}/tcp # Our test listener\n");

        PortregResult result = PortregTool.Run("--file", file, "--lang", "ja", "connections", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        JsonElement ours = Assert.Single(
            json.RootElement.EnumerateArray(),
            e => e.GetProperty("localPort").GetInt32() == port && e.GetProperty("localAddress").GetString() == "127.0.0.1");
        Assert.Equal("tcp", ours.GetProperty("protocol").GetString());
        Assert.Equal(JsonValueKind.Null, ours.GetProperty("remoteAddress").ValueKind);
        Assert.Equal(JsonValueKind.Null, ours.GetProperty("remotePort").ValueKind);
        Assert.Equal("LISTEN", ours.GetProperty("state").GetString());
        Assert.True(ours.GetProperty("listening").GetBoolean());
        Assert.Equal("inbound", ours.GetProperty("direction").GetString());
        Assert.Equal("portreg-test", ours.GetProperty("service").GetString());
        Assert.Equal(port, ours.GetProperty("servicePort").GetInt32());
        Assert.Equal(Class(port), ours.GetProperty("class").GetString());
        Assert.False(ours.GetProperty("tls").GetBoolean());
        Assert.Equal("Our test listener", ours.GetProperty("description").GetString());
    }

    [Fact]
    public void Connections_UdpListener_Listed()
    {
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        int port = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-udp {port}/udp\nportreg-wrong {port}/tcp\n");

        PortregResult result = PortregTool.Run("--file", file, "connections");

        Assert.Contains(["udp", $"127.0.0.1:{port}", "*", "UNCONN", "portreg-udp", "inbound", Class(port), "no"], Rows(result.Text));
    }

    [Fact]
    public void FormatTable_LabeledSockets_AlignedRows()
    {
        var registry = PortRegistry.Parse("ssh 22/tcp\nhttps 443/tcp\ndomain 53/udp\n");
        SocketInfo[] sockets =
        [
            new("tcp", new IPEndPoint(IPAddress.Parse("10.0.0.5"), 52344), new IPEndPoint(IPAddress.Parse("93.184.216.34"), 443), "ESTABLISHED"),
            new("udp", new IPEndPoint(IPAddress.Parse("127.0.0.53"), 53), null, "UNCONN"),
            new("tcp", new IPEndPoint(IPAddress.IPv6Any, 22), null, "LISTEN"),
            new("tcp", new IPEndPoint(IPAddress.Parse("10.0.0.5"), 40000), new IPEndPoint(IPAddress.Parse("10.0.0.9"), 40001), "TIME_WAIT"),
        ];

        string table = ConnectionsCommand.FormatTable(LabeledSocket.LabelAll(registry, sockets, new EphemeralPortRange(32768, 60999)));

        Assert.Equal(
            """
            PROTO  LOCAL           REMOTE             STATE        SERVICE  DIRECTION  CLASS       TLS
            tcp    [::]:22         *                  LISTEN       ssh      inbound    well-known  no
            udp    127.0.0.53:53   *                  UNCONN       domain   inbound    well-known  no
            tcp    10.0.0.5:40000  10.0.0.9:40001     TIME_WAIT    -        unknown    -           no
            tcp    10.0.0.5:52344  93.184.216.34:443  ESTABLISHED  https    outbound   well-known  yes

            """.ReplaceLineEndings("\n"),
            table);
    }

    private static TcpListener Listen(IPAddress address, out int port)
    {
        var listener = new TcpListener(address, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        return listener;
    }

    private static TcpListener ListenOnIPv6Loopback(out int port)
    {
        if (!Socket.OSSupportsIPv6)
        {
            Assert.Skip("This machine has no IPv6.");
        }

        try
        {
            return Listen(IPAddress.IPv6Loopback, out port);
        }
        catch (SocketException ex)
        {
            Assert.Skip($"[::1] cannot be listened on here: {ex.Message}");
            throw;
        }
    }

    private static string Class(int port) => port <= 1023 ? "well-known" : port <= 49151 ? "registered" : "dynamic";

    private static List<string[]> Rows(string table)
        => [.. table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
}
