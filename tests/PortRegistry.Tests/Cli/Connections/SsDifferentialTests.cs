using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli.Connections;

/// <summary>
/// <c>portreg connections --json</c> against the tool people trust, <c>ss -tuanp</c> (iproute2): the test opens
/// sockets of its own (TCP and UDP; IPv4, IPv6 and dual-stack listeners with connections to them; a connected UDP
/// socket) and both tools must list exactly those sockets, with the same states and the same set of processes per
/// socket (all of them, as ss lists them, when a server forked after listening).
/// </summary>
public sealed partial class SsDifferentialTests
{
    [Fact]
    public void Connections_OurSockets_ExactlyWhatSsLists()
    {
        string ss = RequireSs();
        using var sockets = new OurSockets();

        string ssOutput = Run(ss, "-tuanpH");
        PortregResult portreg = PortregTool.Run("connections", "--json");

        Assert.True(portreg.ExitCode == 0, portreg.ToString());
        List<Row> expected = [.. ParseSs(ssOutput).Where(r => sockets.Ports.Contains(r.LocalPort))];
        List<Row> actual = [.. ParsePortreg(portreg.Output).Where(r => sockets.Ports.Contains(r.LocalPort))];
        Assert.Equal(sockets.Count, expected.Count);
        Assert.Equal(Sorted(expected), Sorted(actual));
        Assert.All(actual, row => Assert.Equal(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Pids));
    }

    [Fact]
    public void Connections_ListenerSharedWithForkedChild_SamePidsAsSs()
    {
        string ss = RequireSs();
        using var forked = new ForkedListener();

        string ssOutput = Run(ss, "-tuanpH");
        PortregResult portreg = PortregTool.Run("connections", "--json");

        Assert.True(portreg.ExitCode == 0, portreg.ToString());
        Row expected = Assert.Single(ParseSs(ssOutput), r => r.LocalPort == forked.Port);
        Row actual = Assert.Single(ParsePortreg(portreg.Output), r => r.LocalPort == forked.Port);
        Assert.Equal(expected, actual);
        Assert.Equal(string.Join(',', new[] { forked.ParentPid, forked.ChildPid }.Order()), actual.Pids);
    }

    private static List<string> Sorted(List<Row> rows) => [.. rows.Select(r => r.ToString()).Order(StringComparer.Ordinal)];

    /// <summary>Reads <c>ss -tuanpH</c>: <c>Netid State Recv-Q Send-Q Local:Port Peer:Port [users:(("name",pid=N,fd=M),...)]</c>.</summary>
    private static IEnumerable<Row> ParseSs(string output)
    {
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            (string localAddress, int localPort) = SsEndPoint(fields[4]);
            (string peerAddress, int peerPort) = SsEndPoint(fields[5]);
            bool listening = fields[1] is "LISTEN" || (fields[1] == "UNCONN" && peerPort == 0);
            // Every process that holds the socket: users:(("nginx",pid=1235,fd=6),("nginx",pid=1234,fd=6)), in ss's order.
            (int Pid, string Name)[] users = [.. SsUser().Matches(line).Select(m => (int.Parse(m.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["name"].Value))];
            yield return new Row(
                fields[0],
                SsState(fields[1]),
                localAddress,
                localPort,
                listening ? "*" : peerAddress,
                listening ? 0 : peerPort,
                Owners(users));
        }
    }

    private static IEnumerable<Row> ParsePortreg(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (JsonElement s in document.RootElement.EnumerateArray())
        {
            bool listening = s.GetProperty("listening").GetBoolean();
            yield return new Row(
                s.GetProperty("protocol").GetString()!,
                s.GetProperty("state").GetString()!,
                Normalize(s.GetProperty("localAddress").GetString()!),
                s.GetProperty("localPort").GetInt32(),
                listening ? "*" : Normalize(s.GetProperty("remoteAddress").GetString()!),
                listening ? 0 : s.GetProperty("remotePort").GetInt32(),
                Owners([.. s.GetProperty("processes").EnumerateArray().Select(p => (p.GetProperty("pid").GetInt32(), p.GetProperty("process").GetString()!))]));
        }
    }

    /// <summary>ss writes <c>127.0.0.1:80</c>, <c>[::1]:80</c>, <c>*:80</c> (any address) and <c>127.0.0.1%lo:80</c> (bound to a device).</summary>
    private static (string Address, int Port) SsEndPoint(string field)
    {
        int colon = field.LastIndexOf(':');
        string address = field[..colon].Trim('[', ']');
        int percent = address.IndexOf('%', StringComparison.Ordinal);
        address = percent >= 0 ? address[..percent] : address;
        int port = field[(colon + 1)..] == "*" ? 0 : int.Parse(field[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return (address == "*" ? "any" : Normalize(address), port);
    }

    /// <summary>Writes an address as IPAddress does, with both "any" addresses as <c>any</c> (ss writes both as <c>*</c>).</summary>
    private static string Normalize(string address)
    {
        IPAddress parsed = IPAddress.Parse(address);
        return parsed.Equals(IPAddress.Any) || parsed.Equals(IPAddress.IPv6Any) ? "any" : parsed.ToString();
    }

    /// <summary>ss's state names (<c>ESTAB</c>, <c>TIME-WAIT</c>, <c>FIN-WAIT-1</c>) as netstat's, which portreg uses.</summary>
    private static string SsState(string state) => state switch
    {
        "ESTAB" => "ESTABLISHED",
        "FIN-WAIT-1" => "FIN_WAIT1",
        "FIN-WAIT-2" => "FIN_WAIT2",
        "CLOSED" => "CLOSE",
        _ => state.Replace('-', '_'),
    };

    private static string RequireSs()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/net"))
        {
            Assert.Skip("ss and procfs are Linux's.");
        }

        string? ss = ((string[])["/usr/bin/ss", "/bin/ss", "/usr/sbin/ss", "/sbin/ss"]).FirstOrDefault(File.Exists);
        if (ss is null)
        {
            Assert.Skip("ss (iproute2) is not installed; CI installs it.");
        }

        return ss;
    }

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {error.GetAwaiter().GetResult()}");
        return output;
    }

    /// <summary>The set of processes as a row holds them: the pids in order, comma-separated, and the names in the same order; <c>-</c> for none.</summary>
    private static (string Pids, string Names) Owners((int Pid, string Name)[] owners)
    {
        (int Pid, string Name)[] sorted = [.. owners.Distinct().OrderBy(o => o.Pid)];
        return sorted.Length == 0 ? ("-", "-") : (string.Join(',', sorted.Select(o => o.Pid)), string.Join(',', sorted.Select(o => o.Name)));
    }

    /// <summary>One process in ss's users:(...) list: <c>("name",pid=N,fd=M)</c>, the name with <c>"</c> and <c>\</c> escaped.</summary>
    [GeneratedRegex("""\("(?<name>(?:[^"\\]|\\.)*)",pid=(?<pid>\d+),fd=\d+\)""")]
    private static partial Regex SsUser();

    /// <summary>One socket as both tools can say it, with the set of processes that hold it.</summary>
    private sealed record Row(string Protocol, string State, string LocalAddress, int LocalPort, string PeerAddress, int PeerPort, (string Pids, string Names) Owners)
    {
        /// <summary>Gets the ids of the processes, lowest first, comma-separated.</summary>
        public string Pids => Owners.Pids;
    }

    /// <summary>
    /// The sockets the test holds: TCP listeners on 127.0.0.1, [::1] and dual-stack [::] with a client connected to
    /// each; UDP on 127.0.0.1 and [::1]; and a UDP socket connected to the first of those.
    /// </summary>
    private sealed class OurSockets : IDisposable
    {
        private readonly List<IDisposable> _owned = [];

        public OurSockets()
        {
            if (!Socket.OSSupportsIPv6)
            {
                Assert.Skip("This machine has no IPv6.");
            }

            Connect(Listen(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp), IPAddress.Loopback), IPAddress.Loopback);
            Connect(Listen(new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp), IPAddress.IPv6Loopback), IPAddress.IPv6Loopback);
            Connect(Listen(new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp) { DualMode = true }, IPAddress.IPv6Any), IPAddress.Loopback);
            Socket udp4 = Bind(new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp), IPAddress.Loopback);
            Bind(new Socket(AddressFamily.InterNetworkV6, SocketType.Dgram, ProtocolType.Udp), IPAddress.IPv6Loopback);
            Socket connectedUdp = Bind(new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp), IPAddress.Loopback);
            connectedUdp.Connect(udp4.LocalEndPoint!);
        }

        /// <summary>Gets the local ports of every socket (listeners, both ends of connections).</summary>
        public HashSet<int> Ports { get; } = [];

        /// <summary>Gets how many sockets there are.</summary>
        public int Count { get; private set; }

        public void Dispose()
        {
            foreach (IDisposable owned in _owned)
            {
                owned.Dispose();
            }
        }

        private Socket Bind(Socket socket, IPAddress address)
        {
            _owned.Add(socket);
            socket.Bind(new IPEndPoint(address, 0));
            Ports.Add(((IPEndPoint)socket.LocalEndPoint!).Port);
            Count++;
            return socket;
        }

        private Socket Listen(Socket socket, IPAddress address)
        {
            Bind(socket, address);
            socket.Listen();
            return socket;
        }

        private void Connect(Socket listener, IPAddress to)
        {
            var client = new Socket(to.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            _owned.Add(client);
            client.Connect(new IPEndPoint(to, ((IPEndPoint)listener.LocalEndPoint!).Port));
            Ports.Add(((IPEndPoint)client.LocalEndPoint!).Port);
            _owned.Add(listener.Accept());
            Count += 2;
        }
    }
}
