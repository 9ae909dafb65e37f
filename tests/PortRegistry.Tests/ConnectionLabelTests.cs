using System.Net;
using Ports.Tests.Infrastructure;

namespace Ports.Tests;

/// <summary>Connection labels: the rules that find the service end, the label's properties and its text.</summary>
public sealed class ConnectionLabelTests
{
    private const string Services = """
        ftp             21/tcp
        fsp             21/udp          fspd
        ssh             22/tcp
        http            80/tcp          www
        https           443/tcp
        https           443/udp
        urd             465/tcp         submissions
        exec            512/tcp
        biff            512/udp         comsat
        login           513/tcp
        who             513/udp         whod
        shell           514/tcp         cmd syslog      # no passwords used
        syslog          514/udp
        bbs             7000/tcp
        afs3-fileserver 7000/udp
        postgresql      5432/tcp
        http-alt        8080/tcp
        x-linux-eph     40000/tcp
        x-dynamic       50000/tcp
        """;

    private static readonly PortRegistry s_registry = PortRegistry.Parse(Services);
    private static readonly EphemeralPortRange s_linux = new(32768, 60999);
    private static readonly EphemeralPortRange s_iana = EphemeralPortRange.Iana;

    [Fact]
    public void Label_ClientToHttps_IsOutboundTls()
    {
        ConnectionLabel label = s_registry.Label(End("10.0.0.5", 52344), End("93.184.216.34", 443), "tcp", s_linux);

        Assert.Equal(ConnectionDirection.Outbound, label.Direction);
        Assert.Equal("https", label.ServiceName);
        Assert.Equal(443, label.ServicePort);
        Assert.Equal(PortClass.WellKnown, label.Class);
        Assert.True(label.IsTls);
        Assert.False(label.IsListening);
        Assert.Equal("10.0.0.5:52344 -> 93.184.216.34:443 https (outbound, TLS)", label.ToString());
    }

    [Fact]
    public void Label_ClientConnectedToLocalSsh_IsInbound()
    {
        ConnectionLabel label = s_registry.Label(End("10.0.0.5", 22), End("203.0.113.9", 50123), "tcp", s_linux);

        Assert.Equal(ConnectionDirection.Inbound, label.Direction);
        Assert.Equal("ssh", label.RegistryEntry?.Name);
        Assert.Equal(22, label.ServicePort);
        Assert.False(label.IsTls);
        Assert.Equal("10.0.0.5:22 -> 203.0.113.9:50123 ssh (inbound)", label.ToString());
    }

    [Theory]
    [InlineData(52344, 443, ConnectionDirection.Outbound, "52344 -> 443 https (outbound, TLS)")]
    [InlineData(443, 52344, ConnectionDirection.Inbound, "443 -> 52344 https (inbound, TLS)")]
    [InlineData(41000, 5432, ConnectionDirection.Outbound, "41000 -> 5432 postgresql (outbound)")]
    [InlineData(5432, 41000, ConnectionDirection.Inbound, "5432 -> 41000 postgresql (inbound)")]
    public void Label_PortsOnly_ClientAndServerBothWays(int local, int remote, ConnectionDirection direction, string text)
    {
        ConnectionLabel label = s_registry.Label(local, remote, "tcp", s_linux);

        Assert.Equal(direction, label.Direction);
        Assert.Null(label.LocalAddress);
        Assert.Null(label.RemoteAddress);
        Assert.Equal(text, label.ToString());
    }

    [Fact]
    public void Label_NullRemote_IsListenerOnLocalPort()
    {
        ConnectionLabel label = s_registry.Label(End("0.0.0.0", 22), null, "tcp", s_linux);

        Assert.True(label.IsListening);
        Assert.Equal(ConnectionDirection.Inbound, label.Direction);
        Assert.Null(label.RemotePort);
        Assert.Null(label.RemoteAddress);
        Assert.Equal("ssh", label.ServiceName);
        Assert.Equal("0.0.0.0:22 ssh (listening)", label.ToString());
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("::ffff:0.0.0.0")]
    public void Label_UnspecifiedRemoteWithPortZero_IsListener(string remote)
    {
        ConnectionLabel label = s_registry.Label(End("::", 443), End(remote, 0), "tcp", s_linux);

        Assert.True(label.IsListening);
        Assert.Equal("[::]:443 https (listening, TLS)", label.ToString());
    }

    [Fact]
    public void Label_SpecifiedRemoteWithPortZero_IsAConnection()
    {
        ConnectionLabel label = s_registry.Label(End("10.0.0.5", 52344), End("10.0.0.9", 0), "tcp", s_linux);

        Assert.False(label.IsListening);
        Assert.Equal(ConnectionDirection.Outbound, label.Direction);
        Assert.Equal(0, label.ServicePort);
        Assert.Null(label.RegistryEntry);
        Assert.Equal("10.0.0.5:52344 -> 10.0.0.9:0 unknown (outbound)", label.ToString());
    }

    [Fact]
    public void Label_ListenerOnEphemeralPort_IsStillTheService()
    {
        ConnectionLabel label = s_registry.Label(40001, null, "tcp", s_linux);

        Assert.Equal(ConnectionDirection.Inbound, label.Direction);
        Assert.Equal(40001, label.ServicePort);
        Assert.Equal(PortClass.Registered, label.Class);
        Assert.Null(label.RegistryEntry);
        Assert.Equal("40001 unknown (listening)", label.ToString());
    }

    [Fact]
    public void Label_EphemeralEndAgainstUnknownPort_OtherEndIsServiceWithoutEntry()
    {
        ConnectionLabel label = s_registry.Label(52344, 9999, "tcp", s_linux);

        Assert.Equal(ConnectionDirection.Outbound, label.Direction);
        Assert.Equal(9999, label.ServicePort);
        Assert.Equal(PortClass.Registered, label.Class);
        Assert.Null(label.RegistryEntry);
        Assert.Null(label.ServiceName);
        Assert.False(label.IsTls);
        Assert.Equal("52344 -> 9999 unknown (outbound)", label.ToString());
    }

    [Fact]
    public void Label_EphemeralRuleComesBeforeEntries_RangeDecides()
    {
        // 40000 has an entry and lies in Linux's range, not in IANA's; 9999 has none.
        ConnectionLabel linux = s_registry.Label(40000, 9999, "tcp", s_linux);
        ConnectionLabel iana = s_registry.Label(40000, 9999, "tcp", s_iana);

        Assert.Equal((ConnectionDirection.Outbound, 9999, (string?)null), (linux.Direction, linux.ServicePort.GetValueOrDefault(), linux.ServiceName));
        Assert.Equal((ConnectionDirection.Inbound, 40000, "x-linux-eph"), (iana.Direction, iana.ServicePort.GetValueOrDefault(), iana.ServiceName));
    }

    [Fact]
    public void Label_BothEndsEphemeral_FallsBackToEntries()
    {
        ConnectionLabel label = s_registry.Label(55555, 40000, "tcp", s_linux);

        Assert.Equal(ConnectionDirection.Outbound, label.Direction);
        Assert.Equal("x-linux-eph", label.ServiceName);
    }

    [Theory]
    [InlineData(8080, 22, ConnectionDirection.Outbound, "ssh")]
    [InlineData(22, 8080, ConnectionDirection.Inbound, "ssh")]
    [InlineData(50000, 5432, ConnectionDirection.Outbound, "postgresql")]
    [InlineData(443, 80, ConnectionDirection.Outbound, "http")]
    [InlineData(80, 443, ConnectionDirection.Inbound, "http")]
    public void Label_BothEndsKnown_LowerClassThenLowerPortIsService(int local, int remote, ConnectionDirection direction, string service)
    {
        ConnectionLabel label = s_registry.Label(local, remote, "tcp", new EphemeralPortRange(60000, 60999));

        Assert.Equal(direction, label.Direction);
        Assert.Equal(service, label.ServiceName);
    }

    [Fact]
    public void Label_BothEndsOnSamePort_ServiceKnownDirectionUnknown()
    {
        ConnectionLabel label = s_registry.Label(End("10.0.0.5", 443), End("10.0.0.9", 443), "tcp", s_linux);

        Assert.Equal(ConnectionDirection.Unknown, label.Direction);
        Assert.Equal("https", label.ServiceName);
        Assert.Equal(443, label.ServicePort);
        Assert.Equal("10.0.0.5:443 -> 10.0.0.9:443 https (direction unknown, TLS)", label.ToString());
    }

    [Theory]
    [InlineData(9998, 9999)]
    [InlineData(50001, 50002)]
    [InlineData(33000, 33001)]
    public void Label_NeitherEndKnown_DirectionUnknown(int local, int remote)
    {
        ConnectionLabel label = s_registry.Label(local, remote, "tcp", s_linux);

        Assert.Equal(ConnectionDirection.Unknown, label.Direction);
        Assert.Null(label.RegistryEntry);
        Assert.Null(label.ServicePort);
        Assert.Null(label.Class);
        Assert.Equal($"{local} -> {remote} unknown (direction unknown)", label.ToString());
    }

    [Theory]
    [InlineData(21, "ftp", "fsp")]
    [InlineData(512, "exec", "biff")]
    [InlineData(513, "login", "who")]
    [InlineData(514, "shell", "syslog")]
    [InlineData(7000, "bbs", "afs3-fileserver")]
    public void Label_TcpAndUdp_LookUpWithTheConnectionsProtocol(int port, string tcp, string udp)
    {
        Assert.Equal(tcp, s_registry.Label(52344, port, "tcp", s_linux).RegistryEntry?.Name);
        Assert.Equal(udp, s_registry.Label(52344, port, "udp", s_linux).RegistryEntry?.Name);
    }

    [Theory]
    [InlineData(512, "exec", "comsat")]
    [InlineData(513, "login", "who")]
    [InlineData(514, "shell", "syslog")]
    [InlineData(750, "rfile", "loadav")]
    public void Label_EmbeddedData_TcpAndUdpNamesDiffer(int port, string tcp, string udp)
    {
        Assert.Equal(tcp, PortRegistry.Embedded.Label(52344, port, "tcp", s_linux).ServiceName);
        Assert.Equal(udp, PortRegistry.Embedded.Label(52344, port, "udp", s_linux).ServiceName);
    }

    [Fact]
    public void Label_ProtocolWithoutEntries_FindsNoService()
    {
        ConnectionLabel label = s_registry.Label(52344, 22, "sctp", s_linux);

        Assert.Equal(ConnectionDirection.Outbound, label.Direction);
        Assert.Null(label.RegistryEntry);
        Assert.Equal("sctp", label.Protocol);
    }

    [Fact]
    public void Label_IPv6_WritesBrackets()
    {
        ConnectionLabel label = s_registry.Label(End("2001:db8::5", 52344), End("2001:db8::1", 443), "tcp", s_linux);

        Assert.Equal(IPAddress.Parse("2001:db8::5"), label.LocalAddress);
        Assert.Equal("[2001:db8::5]:52344 -> [2001:db8::1]:443 https (outbound, TLS)", label.ToString());
    }

    [Fact]
    public void Label_IPv4MappedIPv6_KeepsTheAddressAsGiven()
    {
        ConnectionLabel label = s_registry.Label(End("::ffff:127.0.0.1", 5432), End("::ffff:127.0.0.1", 41000), "tcp", s_linux);

        Assert.Equal("[::ffff:127.0.0.1]:5432 -> [::ffff:127.0.0.1]:41000 postgresql (inbound)", label.ToString());
    }

    [Fact]
    public void Label_PortZero_IsAnOrdinaryPort()
    {
        var withZero = PortRegistry.Parse("zero 0/tcp\nhttps 443/tcp\n");

        Assert.Equal(ConnectionDirection.Outbound, s_registry.Label(0, 443, "tcp", s_linux).Direction);
        Assert.Equal("0 unknown (listening)", s_registry.Label(0, null, "tcp", s_linux).ToString());
        Assert.Equal("0 zero (listening)", withZero.Label(0, null, "tcp", s_linux).ToString());
        Assert.Equal("zero", withZero.Label(0, 443, "tcp", s_linux).ServiceName); // both known and well-known: the lower port
        Assert.Equal(ConnectionDirection.Outbound, withZero.Label(52344, 0, "tcp", s_linux).Direction);
    }

    [Fact]
    public void Label_KnownServiceListedUnderAnotherName_ShowsTheKnownName()
    {
        ConnectionLabel label = s_registry.Label(52344, 465, "tcp", s_linux);

        Assert.Equal("urd", label.RegistryEntry?.Name);
        Assert.Equal("submissions", label.ServiceName);
        Assert.Equal("submissions", label.CatalogService?.Name);
        Assert.Equal("urd", label.RegistryName);
        Assert.True(label.IsTls);
        Assert.Equal("52344 -> 465 submissions (outbound, TLS, registry: urd)", label.ToString());
    }

    [Fact]
    public void Label_AliasOfAServiceOnAnotherProtocol_IsNotThatService()
    {
        // Debian: "shell 514/tcp cmd syslog"; syslog runs on 514/udp.
        ConnectionLabel label = s_registry.Label(52344, 514, "tcp", s_linux);

        Assert.Equal("shell", label.ServiceName);
        Assert.Null(label.CatalogService);
    }

    [Fact]
    public void Label_WithoutRange_UsesThisMachinesRange()
    {
        EphemeralPortRange current = EphemeralPortRange.Current;
        int inside = current.First;
        int outside = current.First > 1024 ? 1023 : current.Last + 1;

        Assert.Equal(ConnectionDirection.Outbound, s_registry.Label(inside, outside, "tcp").Direction);
        Assert.Equal(ConnectionDirection.Inbound, s_registry.Label(outside, inside, "tcp").Direction);
        Assert.Equal(ConnectionDirection.Outbound, s_registry.Label(End("10.0.0.5", inside), End("10.0.0.9", outside), "tcp").Direction);
    }

    [Fact]
    public void Label_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("local", () => s_registry.Label(null!, End("10.0.0.1", 80), "tcp"));
        Assert.Throws<ArgumentNullException>("protocol", () => s_registry.Label(End("10.0.0.1", 80), null, null!));
        Assert.Throws<ArgumentNullException>("protocol", () => s_registry.Label(80, 52344, null!));
        Assert.Throws<ArgumentOutOfRangeException>("localPort", () => s_registry.Label(-1, 80, "tcp"));
        Assert.Throws<ArgumentOutOfRangeException>("localPort", () => s_registry.Label(65536, 80, "tcp"));
        Assert.Throws<ArgumentOutOfRangeException>("remotePort", () => s_registry.Label(80, -1, "tcp"));
        Assert.Throws<ArgumentOutOfRangeException>("remotePort", () => s_registry.Label(80, 65536, "tcp"));
    }

    [Fact]
    public void Label_AllocatesOnlyTheLabel()
    {
        IPEndPoint local = End("10.0.0.5", 52344);
        IPEndPoint remote = End("::ffff:0.0.0.0", 0);
        IPEndPoint server = End("2001:db8::1", 465);
        long labelSize = Measure(() => new ConnectionLabel("tcp", null, 1, null, 2, ConnectionDirection.Unknown, null, null, null, false));

        // Listener (unspecified IPv4-mapped remote), outbound with knowledge, both ends known, neither known.
        Assert.Equal(
            [labelSize, labelSize, labelSize, labelSize],
            [
                Measure(() => s_registry.Label(local, remote, "tcp", s_linux)),
                Measure(() => s_registry.Label(local, server, "tcp", s_linux)),
                Measure(() => s_registry.Label(8080, 22, "tcp", s_iana)),
                Measure(() => s_registry.Label(9998, 9999, "udp", s_iana)),
            ]);
    }

    [Fact]
    public void Label_NewOverloads_AllocateOnlyTheLabel()
    {
        long labelSize = Measure(() => new ConnectionLabel("tcp", null, 1, null, 2, ConnectionDirection.Unknown, null, null, null, false));
        var listeners = new ListeningEndPoints([End("0.0.0.0", 45000), End("::", 8443), End("10.0.0.5", 9092)]);
        IPEndPoint server = End("::ffff:10.0.0.5", 45000);
        IPEndPoint client = End("10.0.0.9", 45001);
        IPEndPoint kafka = End("10.0.0.5", 9092);

        Assert.Equal(
            [labelSize, labelSize, labelSize],
            [
                Measure(() => s_registry.Label(server, client, "tcp", listeners)),
                Measure(() => s_registry.Label(client, kafka, "tcp", listeners)),
                Measure(() => s_registry.Label(server, client, "tcp", ConnectionDirection.Inbound)),
            ]);
    }

    [Theory]
    [InlineData(ConnectionDirection.Inbound, 45000, "10.0.0.5:45000 -> 10.0.0.9:45001 unknown (inbound)")]
    [InlineData(ConnectionDirection.Outbound, 45001, "10.0.0.5:45000 -> 10.0.0.9:45001 unknown (outbound)")]
    [InlineData(ConnectionDirection.Unknown, null, "10.0.0.5:45000 -> 10.0.0.9:45001 unknown (direction unknown)")]
    public void Label_DirectionGiven_TheCallersWordWinsOverThePorts(ConnectionDirection direction, int? servicePort, string text)
    {
        ConnectionLabel label = s_registry.Label(End("10.0.0.5", 45000), End("10.0.0.9", 45001), "tcp", direction);

        Assert.Equal((direction, servicePort, text), (label.Direction, label.ServicePort, label.ToString()));
    }

    [Fact]
    public void Label_DirectionGivenAgainstThePorts_NamesTheServiceAtTheEndGiven()
    {
        // An accepted connection on 52344 from a peer whose port is 443: the caller knows better than rule 2.
        ConnectionLabel label = s_registry.Label(End("10.0.0.5", 52344), End("10.0.0.9", 443), "tcp", ConnectionDirection.Inbound);

        Assert.Equal((52344, null, false), (label.ServicePort, label.ServiceName, label.IsTls));
    }

    [Fact]
    public void Label_UndefinedDirection_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>("direction", () => s_registry.Label(End("10.0.0.5", 1), End("10.0.0.9", 2), "tcp", (ConnectionDirection)3));

    [Theory]
    [InlineData("0.0.0.0", "10.0.0.5")]
    [InlineData("0.0.0.0", "::ffff:10.0.0.5")]
    [InlineData("::", "10.0.0.5")]
    [InlineData("::", "2001:db8::5")]
    [InlineData("10.0.0.5", "::ffff:10.0.0.5")]
    [InlineData("::ffff:10.0.0.5", "10.0.0.5")]
    public void Label_LocalEndIsAListener_InboundWhateverThePorts(string listener, string local)
    {
        var listeners = new ListeningEndPoints([End(listener, 45000)]);

        ConnectionLabel label = s_registry.Label(End(local, 45000), End("203.0.113.9", 45001), "tcp", listeners);

        Assert.Equal((ConnectionDirection.Inbound, 45000), (label.Direction, label.ServicePort));
    }

    [Theory]
    [InlineData("0.0.0.0", "127.0.0.1", "127.0.0.1")]
    [InlineData("::", "::1", "::1")]
    [InlineData("0.0.0.0", "10.0.0.5", "10.0.0.5")]
    [InlineData("127.0.0.1", "127.0.0.1", "127.0.0.1")]
    [InlineData("10.0.0.5", "10.0.0.7", "10.0.0.5")]
    public void Label_RemoteEndIsALocalListener_OutboundWhateverThePorts(string listener, string local, string remote)
    {
        var listeners = new ListeningEndPoints([End(listener, 45000)]);

        ConnectionLabel label = s_registry.Label(End(local, 45001), End(remote, 45000), "tcp", listeners);

        Assert.Equal((ConnectionDirection.Outbound, 45000), (label.Direction, label.ServicePort));
    }

    [Fact]
    public void Label_WildcardListenerAndRemoteElsewhere_FallsBackToThePortRules()
    {
        // 0.0.0.0:45000 listens here; 10.0.0.9:45000 is another machine, so only the port rules can speak.
        var listeners = new ListeningEndPoints([End("0.0.0.0", 45000)]);

        ConnectionLabel label = s_registry.Label(End("10.0.0.5", 45001), End("10.0.0.9", 45000), "tcp", listeners);

        Assert.Equal(ConnectionDirection.Unknown, label.Direction);
    }

    [Fact]
    public void Label_ListenerOnIPv4Only_DoesNotAcceptIPv6()
    {
        var listeners = new ListeningEndPoints([End("0.0.0.0", 45000)]);

        Assert.False(listeners.Contains(End("2001:db8::5", 45000)));
        Assert.True(listeners.Contains(End("::ffff:192.0.2.1", 45000)));
        Assert.False(listeners.Contains(End("192.0.2.1", 45001)));
    }

    [Fact]
    public void ListeningEndPoints_RepeatedEndPoints_CountedOnce()
    {
        var listeners = new ListeningEndPoints([End("0.0.0.0", 22), End("0.0.0.0", 22), End("::", 22), End("127.0.0.1", 631)]);

        Assert.Equal(3, listeners.Count);
        Assert.Throws<ArgumentNullException>("endPoints", () => new ListeningEndPoints(null!));
        Assert.Throws<ArgumentNullException>("endPoints", () => new ListeningEndPoints([null!]));
    }

    [Fact]
    public void Label_TcpConnectionInformation_UsesItsEndPointsAndListeners()
    {
        var connection = new FakeTcpConnection(End("10.0.0.5", 45000), End("10.0.0.9", 45001));

        ConnectionLabel withListeners = s_registry.Label(connection, new ListeningEndPoints([End("0.0.0.0", 45000)]));
        ConnectionLabel without = s_registry.Label(connection, null);

        Assert.Equal(("tcp", ConnectionDirection.Inbound), (withListeners.Protocol, withListeners.Direction));
        Assert.Equal(ConnectionDirection.Unknown, without.Direction);
        Assert.Throws<ArgumentNullException>("connection", () => s_registry.Label((System.Net.NetworkInformation.TcpConnectionInformation)null!, null));
    }

    [Fact]
    public void Label_ConnectedSockets_EachSideByTheDirectionItKnows()
    {
        using var listener = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        using var client = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint!);
        using System.Net.Sockets.Socket accepted = listener.Accept();
        int port = ((IPEndPoint)listener.LocalEndPoint!).Port;

        ConnectionLabel server = s_registry.Label(accepted, ConnectionDirection.Inbound);
        ConnectionLabel clientSide = s_registry.Label(client, ConnectionDirection.Outbound);
        ConnectionLabel listening = s_registry.Label(listener, ConnectionDirection.Unknown);

        Assert.Equal((ConnectionDirection.Inbound, port, "tcp"), (server.Direction, server.ServicePort, server.Protocol));
        Assert.Equal((ConnectionDirection.Outbound, port), (clientSide.Direction, clientSide.ServicePort));
        Assert.True(listening.IsListening);
    }

    [Fact]
    public void Label_UnboundOrRawSocket_Throws()
    {
        using var unbound = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Dgram, System.Net.Sockets.ProtocolType.Udp);

        Assert.Throws<ArgumentException>("socket", () => s_registry.Label(unbound, ConnectionDirection.Unknown));
        Assert.Throws<ArgumentNullException>("socket", () => s_registry.Label((System.Net.Sockets.Socket)null!, ConnectionDirection.Unknown));
    }

    [Theory]
    [InlineData(9092, "kafka", "XmlIpcRegSvc", false)]
    [InlineData(6443, "kubernetes-api", "sun-sr-https", true)]
    [InlineData(2181, "zookeeper", "eforward", false)]
    [InlineData(443, "https", null, true)]
    public void Label_CatalogueService_NamedWithTheRegistryEntryBeside(int port, string name, string? registryName, bool tls)
    {
        ConnectionLabel label = PortRegistry.Embedded.Label(End("10.0.0.5", 52344), End("10.0.0.9", port), "tcp", s_linux);

        string suffix = (tls ? ", TLS" : string.Empty) + (registryName is null ? string.Empty : $", registry: {registryName}");
        Assert.Equal((name, registryName, tls), (label.ServiceName, label.RegistryName, label.IsTls));
        Assert.Equal($"10.0.0.5:52344 -> 10.0.0.9:{port} {name} (outbound{suffix})", label.ToString());
        Assert.True(PortRegistry.Embedded.TryGetByPort(port, "tcp", out PortEntry? entry));
        Assert.Same(entry, label.RegistryEntry);
    }

    [Fact]
    public void Label_CataloguePortWithoutRegistryEntry_IsKnownForTheRules()
    {
        // 26257 (CockroachDB) has no entry in this registry; the catalogue alone makes it the service end.
        ConnectionLabel label = s_registry.Label(33000, 26257, "tcp", s_iana);

        Assert.Equal((ConnectionDirection.Outbound, "cockroachdb", null), (label.Direction, label.ServiceName, label.RegistryEntry));
    }

    [Fact]
    public void DescribeService_CatalogueThenRegistry()
    {
        Assert.Equal("Apache Kafkaブローカー", PortRegistry.Embedded.Label(52344, 9092, "tcp", s_linux).DescribeService(System.Globalization.CultureInfo.GetCultureInfo("ja-JP")));
        Assert.Equal("X Window System", PortRegistry.Parse("x11 6000/tcp # X Window System").Label(52344, 6000, "tcp", s_linux).DescribeService());
        Assert.Null(s_registry.Label(9998, 9999, "tcp", s_linux).DescribeService());
    }

    private sealed class FakeTcpConnection(IPEndPoint local, IPEndPoint remote) : System.Net.NetworkInformation.TcpConnectionInformation
    {
        public override IPEndPoint LocalEndPoint => local;

        public override IPEndPoint RemoteEndPoint => remote;

        public override System.Net.NetworkInformation.TcpState State => System.Net.NetworkInformation.TcpState.Established;
    }

    private static long Measure(Func<ConnectionLabel> action) => Allocations.Of(action, out _);

    private static IPEndPoint End(string address, int port) => new(IPAddress.Parse(address), port);
}
