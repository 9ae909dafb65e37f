using System.Collections.Immutable;
using System.Globalization;
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
        Assert.Equal(["PROTO", "LOCAL", "REMOTE", "STATE", "SERVICE", "DIRECTION", "CLASS", "TLS", "PID/PROCESS", "DESCRIPTION"], Rows(result.Text)[0]);
        Assert.Contains(["tcp", $"127.0.0.1:{port}", "*", "LISTEN", "portreg-test", "inbound", Class(port), "no", Us, "-"], Rows(result.Text));
    }

    [Fact]
    public void Connections_Ipv6Listener_LabeledInbound()
    {
        using TcpListener listener = ListenOnIPv6Loopback(out int port);
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-test6 {port}/tcp\n");

        PortregResult result = PortregTool.Run("connections", "--file", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(["tcp", $"[::1]:{port}", "*", "LISTEN", "portreg-test6", "inbound", Class(port), "no", Us, "-"], Rows(result.Text));
    }

    [Fact]
    public void Connections_ConnectionToOurListener_BothEndsLabeled()
    {
        using var connection = new LoopbackConnection();
        (int port, int clientPort) = (connection.Port, connection.ClientPort);
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-test {port}/tcp\n");

        PortregResult result = PortregTool.Run("--file", file, "connections");

        List<string[]> rows = Rows(result.Text);
        Assert.Contains(["tcp", $"127.0.0.1:{port}", $"127.0.0.1:{clientPort}", "ESTABLISHED", "portreg-test", "inbound", Class(port), "no", Us, "-"], rows);
        Assert.Contains(["tcp", $"127.0.0.1:{clientPort}", $"127.0.0.1:{port}", "ESTABLISHED", "portreg-test", "outbound", Class(port), "no", Us, "-"], rows);
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
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(Environment.ProcessId, ours.GetProperty("pid").GetInt32());
            Assert.Equal(OurProcessName, ours.GetProperty("process").GetString());
            JsonElement process = Assert.Single(ours.GetProperty("processes").EnumerateArray());
            Assert.Equal(Environment.ProcessId, process.GetProperty("pid").GetInt32());
            Assert.Equal(OurProcessName, process.GetProperty("process").GetString());
        }
    }

    [Fact]
    public void Connections_ListenerSharedWithForkedChild_JsonListsBothProcesses()
    {
        using var forked = new ForkedListener();

        PortregResult result = PortregTool.Run("connections", "--json", "--port", forked.Port.ToString(CultureInfo.InvariantCulture));

        JsonElement listener = Assert.Single(Json(result));
        Assert.Equal("LISTEN", listener.GetProperty("state").GetString());
        Assert.Equal(forked.ParentPid, listener.GetProperty("pid").GetInt32());
        Assert.Equal(forked.ProcessName, listener.GetProperty("process").GetString());
        Assert.Equal(
            [$"{forked.ParentPid}/{forked.ProcessName}", $"{forked.ChildPid}/{forked.ProcessName}"],
            listener.GetProperty("processes").EnumerateArray().Select(p => $"{p.GetProperty("pid").GetInt32()}/{p.GetProperty("process").GetString()}"));
    }

    [Fact]
    public void Connections_ListenerSharedWithForkedChild_TextShowsFirstPidAndHowManyMore()
    {
        using var forked = new ForkedListener();

        PortregResult result = PortregTool.Run("connections", "-l", "--port", forked.Port.ToString(CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] row = Assert.Single(Rows(result.Text).Skip(1));
        Assert.Equal($"{forked.ParentPid}/{forked.ProcessName}+1", row[8]);
    }

    [Theory]
    [InlineData("", "-")]
    [InlineData("4242/curl", "4242/curl")]
    [InlineData("1234/nginx 1235/nginx", "1234/nginx+1")]
    [InlineData("1234/nginx 1235/nginx 1236/nginx 1237/nginx", "1234/nginx+3")]
    [InlineData("1/systemd 812/cupsd", "1/systemd,812/cupsd")]
    [InlineData("1/systemd 812/cupsd 813/cupsd 814/cupsd", "1/systemd,812/cupsd+2")]
    [InlineData("10/a 11/b 12/a 13/c 14/b", "10/a+1,11/b+1,13/c")]
    public void ProcessCell_Owners_OneEntryPerNameWithHowManyMore(string owners, string expected)
    {
        ImmutableArray<SocketOwner> list =
        [
            .. owners.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(o => new SocketOwner(int.Parse(o.Split('/')[0], CultureInfo.InvariantCulture), o.Split('/')[1])),
        ];

        Assert.Equal(expected, ConnectionsCommand.ProcessCell(list));
    }

    [Fact]
    public void Connections_UdpListener_Listed()
    {
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        int port = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-udp {port}/udp\nportreg-wrong {port}/tcp\n");

        PortregResult result = PortregTool.Run("--file", file, "connections");

        Assert.Contains(["udp", $"127.0.0.1:{port}", "*", "UNCONN", "portreg-udp", "inbound", Class(port), "no", Us, "-"], Rows(result.Text));
    }

    [Fact]
    public void FormatTable_LabeledSockets_AlignedRowsSnapshot()
    {
        var registry = PortRegistry.Parse("ssh 22/tcp\nhttp 80/tcp\nhttps 443/tcp\ndomain 53/udp\nipp 631/tcp\n");
        SocketInfo[] sockets =
        [
            new("tcp", new IPEndPoint(IPAddress.Parse("10.0.0.5"), 52344), new IPEndPoint(IPAddress.Parse("93.184.216.34"), 443), "ESTABLISHED", 7),
            new("udp", new IPEndPoint(IPAddress.Parse("127.0.0.53"), 53), null, "UNCONN"),
            new("tcp", new IPEndPoint(IPAddress.IPv6Any, 22), null, "LISTEN"),
            new("tcp", new IPEndPoint(IPAddress.Parse("10.0.0.5"), 40000), new IPEndPoint(IPAddress.Parse("10.0.0.9"), 40001), "TIME_WAIT"),
            new("tcp", new IPEndPoint(IPAddress.Loopback, 631), null, "LISTEN", 8),
            new("tcp", new IPEndPoint(IPAddress.Any, 80), null, "LISTEN", 9),
        ];
        List<LabeledSocket> labeled = [.. LabeledSocket.LabelAll(registry, sockets, new EphemeralPortRange(32768, 60999))
            .Select(s => s.Socket.Inode switch
            {
                7 => s with { Owners = [new SocketOwner(4242, "curl")] },
                8 => s with { Owners = [new SocketOwner(1, "systemd"), new SocketOwner(812, "cupsd"), new SocketOwner(813, "cupsd")] },
                9 => s with { Owners = [new SocketOwner(1234, "nginx"), new SocketOwner(1235, "nginx"), new SocketOwner(1236, "nginx"), new SocketOwner(1237, "nginx")] },
                _ => s,
            })];

        string table = ConnectionsCommand.FormatTable(labeled, CultureInfo.GetCultureInfo("en"));

        Snapshot.Verify(table);
    }

    [Fact]
    public void LabelAll_ClientOfListenerOnEphemeralPort_InboundOnListenerOutboundOnClient()
    {
        // A development server on 45000 and its client on 50000: both ports are in the ephemeral range and neither has
        // an entry, so only the machine's own listeners can tell which end is the service.
        var registry = PortRegistry.Parse("ssh 22/tcp\n");
        var server = new IPEndPoint(IPAddress.Loopback, 45000);
        var client = new IPEndPoint(IPAddress.Loopback, 50000);
        SocketInfo[] sockets =
        [
            new("tcp", new IPEndPoint(IPAddress.Any, 45000), null, "LISTEN"),
            new("tcp", server, client, "ESTABLISHED"),
            new("tcp", client, server, "ESTABLISHED"),
            new("tcp", new IPEndPoint(IPAddress.Loopback, 46000), new IPEndPoint(IPAddress.Loopback, 47000), "ESTABLISHED"),
        ];

        List<LabeledSocket> labeled = LabeledSocket.LabelAll(registry, sockets, new EphemeralPortRange(32768, 60999));

        ConnectionDirection DirectionOf(IPEndPoint local, IPEndPoint remote)
            => labeled.Single(s => local.Equals(s.Socket.Local) && remote.Equals(s.Socket.Remote)).Label.Direction;
        Assert.Equal(ConnectionDirection.Inbound, DirectionOf(server, client));
        Assert.Equal(ConnectionDirection.Outbound, DirectionOf(client, server));
        Assert.Equal(45000, labeled.Single(s => client.Equals(s.Socket.Local)).Label.ServicePort);
        Assert.Equal(ConnectionDirection.Unknown, DirectionOf(new IPEndPoint(IPAddress.Loopback, 46000), new IPEndPoint(IPAddress.Loopback, 47000)));
    }

    [Fact]
    public void FormatTable_Japanese_DescriptionsInJapanese()
    {
        var registry = PortRegistry.Parse("https 443/tcp\n");
        SocketInfo[] sockets = [new("tcp", new IPEndPoint(IPAddress.Loopback, 443), null, "LISTEN")];
        List<LabeledSocket> labeled = LabeledSocket.LabelAll(registry, sockets);

        string english = ConnectionsCommand.FormatTable(labeled, CultureInfo.GetCultureInfo("en"));
        string japanese = ConnectionsCommand.FormatTable(labeled, CultureInfo.GetCultureInfo("ja"));

        Assert.EndsWith("  HTTP over SSL/TLS (HTTPS)\n", english, StringComparison.Ordinal);
        Assert.EndsWith("  SSL/TLSによるHTTP接続\n", japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatTable_ControlCharactersInNames_Escaped()
    {
        var registry = PortRegistry.Parse("evil\u001b[31m 4000/tcp # bell\u0007\n");
        SocketInfo[] sockets = [new("tcp", new IPEndPoint(IPAddress.Loopback, 4000), null, "LISTEN")];
        List<LabeledSocket> labeled = [.. LabeledSocket.LabelAll(registry, sockets).Select(s => s with { Owners = [new SocketOwner(1, "x\u001b]0;t\u0007"), new SocketOwner(2, "y\u0007")] })];

        string table = ConnectionsCommand.FormatTable(labeled, CultureInfo.GetCultureInfo("en"));

        Assert.DoesNotContain('\u001b', table);
        Assert.DoesNotContain('\u0007', table);
        Assert.Contains(@"evil\x1b[31m", table, StringComparison.Ordinal);
        Assert.Contains(@"1/x\x1b]0;t\x07,2/y\x07", table, StringComparison.Ordinal);
        Assert.Contains(@"bell\x07", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Connections_TcpAndPort_ListenerAndBothEndsWithOurProcess()
    {
        using var connection = new LoopbackConnection();
        (int port, int clientPort) = (connection.Port, connection.ClientPort);
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-test {port}/tcp\n");

        PortregResult result = PortregTool.Run("--file", file, "connections", "-t", "--port", port.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                ["PROTO", "LOCAL", "REMOTE", "STATE", "SERVICE", "DIRECTION", "CLASS", "TLS", "PID/PROCESS", "DESCRIPTION"],
                ["tcp", $"127.0.0.1:{port}", "*", "LISTEN", "portreg-test", "inbound", Class(port), "no", Us, "-"],
                .. new[]
                {
                    new[] { "tcp", $"127.0.0.1:{port}", $"127.0.0.1:{clientPort}", "ESTABLISHED", "portreg-test", "inbound", Class(port), "no", Us, "-" },
                    ["tcp", $"127.0.0.1:{clientPort}", $"127.0.0.1:{port}", "ESTABLISHED", "portreg-test", "outbound", Class(port), "no", Us, "-"],
                }.OrderBy(row => int.Parse(row[1].Split(':')[1], CultureInfo.InvariantCulture)),
            ],
            Rows(result.Text));
    }

    [Fact]
    public void Connections_Listening_OnlyListeners()
    {
        using var connection = new LoopbackConnection();
        int port = connection.Port;

        PortregResult result = PortregTool.Run("connections", "-l", "--json");

        JsonElement[] sockets = Json(result);
        Assert.All(sockets, s => Assert.True(s.GetProperty("listening").GetBoolean()));
        Assert.All(sockets, s => Assert.Contains(s.GetProperty("state").GetString(), (string[])["LISTEN", "UNCONN"]));
        Assert.Contains(sockets, s => s.GetProperty("localPort").GetInt32() == port);
        Assert.DoesNotContain(sockets, s => s.GetProperty("remotePort").ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public void Connections_Udp_OnlyUdp()
    {
        using TcpListener listener = Listen(IPAddress.Loopback, out int port);
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));

        PortregResult result = PortregTool.Run("connections", "--udp", "--json", "--port", port.ToString(CultureInfo.InvariantCulture));

        JsonElement ours = Assert.Single(Json(result));
        Assert.Equal("udp", ours.GetProperty("protocol").GetString());
        Assert.Equal("UNCONN", ours.GetProperty("state").GetString());
    }

    [Fact]
    public void Connections_ServiceAndState_Combine()
    {
        using var connection = new LoopbackConnection();
        int port = connection.Port;
        using var temp = new TempDirectory();
        string file = temp.WriteFile("test.services", $"portreg-svc {port}/tcp svc-alias\n");

        PortregResult byAlias = PortregTool.Run("--file", file, "connections", "--service", "SVC-ALIAS", "--json");
        PortregResult established = PortregTool.Run("--file", file, "connections", "--service", "portreg-svc", "--state", "established", "--json");

        Assert.Equal(3, Json(byAlias).Length);
        JsonElement[] connected = Json(established);
        Assert.Equal(2, connected.Length);
        Assert.All(connected, s => Assert.Equal("ESTABLISHED", s.GetProperty("state").GetString()));
        Assert.All(connected, s => Assert.Equal("portreg-svc", s.GetProperty("service").GetString()));
    }

    [Theory]
    [InlineData("--port", "http", "--port needs a port number")]
    [InlineData("--port", "65536", "--port needs a port number")]
    [InlineData("--port", "-1", "--port")]
    [InlineData("--state", "bogus", "--state needs one of")]
    [InlineData("--service", "", "")]
    public void Connections_BadFilterValue_UsageErrorExit1(string option, string value, string message)
    {
        if (option == "--service")
        {
            // An empty service name is a name that nothing has: no error, no rows.
            PortregResult empty = PortregTool.Run("connections", option, value, "--json");
            Assert.Equal(0, empty.ExitCode);
            Assert.Empty(Json(empty));
            return;
        }

        PortregResult result = PortregTool.Run("connections", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith("portreg: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("portreg connections [options]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_NetworkInformationOnLinux_FindsOurSocketsWithoutProcesses()
    {
        using TcpListener listener = Listen(IPAddress.Loopback, out int port);
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        int udpPort = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
        var registry = PortRegistry.Parse($"portreg-tcp {port}/tcp\nportreg-udp {udpPort}/udp\n");

        List<LabeledSocket> sockets = ConnectionsCommand.Collect(registry, SocketSource.NetworkInformation, ConnectionFilter.All);

        LabeledSocket tcp = Assert.Single(sockets, s => s.Socket.Protocol == "tcp" && s.Socket.Local.Port == port);
        Assert.Equal("LISTEN", tcp.Socket.State);
        Assert.Equal("portreg-tcp", tcp.Label.ServiceName);
        Assert.Empty(tcp.Owners);
        LabeledSocket udpSocket = Assert.Single(sockets, s => s.Socket.Protocol == "udp" && s.Socket.Local.Port == udpPort);
        Assert.Equal("portreg-udp", udpSocket.Label.ServiceName);
        Assert.All(sockets, s => Assert.Empty(s.Owners));
    }

    [Fact]
    public void Collect_ProcFs_FindsOurProcess()
    {
        Platform.RequireLinux("procfs is Linux's.");

        using TcpListener listener = Listen(IPAddress.Loopback, out int port);
        var filter = ConnectionFilter.All with { Port = port };

        List<LabeledSocket> sockets = ConnectionsCommand.Collect(PortRegistry.Parse(string.Empty), SocketSource.ProcFs, filter);

        LabeledSocket ours = Assert.Single(sockets);
        Assert.Equal(new SocketOwner(Environment.ProcessId, OurProcessName), Assert.Single(ours.Owners));
    }

    /// <summary>A listener on 127.0.0.1 and a client connected to it, accepted: three sockets of this process.</summary>
    private sealed class LoopbackConnection : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly TcpClient _client = new(AddressFamily.InterNetwork);
        private readonly TcpClient _server;

        public LoopbackConnection()
        {
            _listener = Listen(IPAddress.Loopback, out int port);
            Port = port;
            _client.Connect(IPAddress.Loopback, port);
            _server = _listener.AcceptTcpClient();
            ClientPort = ((IPEndPoint)_client.Client.LocalEndPoint!).Port;
        }

        /// <summary>Gets the listener's port.</summary>
        public int Port { get; }

        /// <summary>Gets the client's (ephemeral) port.</summary>
        public int ClientPort { get; }

        public void Dispose()
        {
            _server.Dispose();
            _client.Dispose();
            _listener.Dispose();
        }
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

    /// <summary>Gets this test process's PID/PROCESS cell: the test host holds the sockets the tests open.</summary>
    private static string Us => OperatingSystem.IsLinux() ? $"{Environment.ProcessId}/{OurProcessName}" : "-";

    private static string OurProcessName => File.ReadAllText("/proc/self/comm").TrimEnd('\n');

    private static JsonElement[] Json(PortregResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static string Class(int port) => port <= 1023 ? "well-known" : port <= 49151 ? "registered" : "dynamic";

    private static List<string[]> Rows(string table)
        => [.. table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
}
