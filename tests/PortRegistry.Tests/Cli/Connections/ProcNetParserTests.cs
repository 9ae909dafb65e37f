using System.Net;
using Ports.Cli.Connections;

namespace Ports.Tests.Cli.Connections;

/// <summary>Lines of Linux's <c>/proc/net/{tcp,tcp6,udp,udp6}</c>, as a little-endian kernel writes them.</summary>
public sealed class ProcNetParserTests
{
    private const string Tcp = """
          sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
           0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1539 1 000000005c4576e4 100 0 0 10 0
           1: 0500000A:CC78 22D8B85D:01BB 01 00000000:00000000 02:000A7B2B 00000000  1000        0 233363 2 0000000095b80262 20 4 29 10 -1
           2: 0100007F:E624 0100007F:1538 06 00000000:00000000 03:00000FC2 00000000     0        0 0 3 0000000007a9948a
        """;

    private const string Tcp6 = """
          sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
           0: 00000000000000000000000000000000:01BB 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1 0000000000000000 100 0 0 10 0
           1: 0000000000000000FFFF00000100007F:CC38 0000000000000000FFFF00000100007F:A201 08 00000000:00000000 03:000011E8 00000000     0        0 0 3 00000000bacacdbd
           2: B80D0120000000000000000001000000:C350 B80D0120000000000000000005000000:0016 01 00000000:00000000 00:00000000 00000000     0        0 7 1 0000000000000000 20 4 30 10 -1
        """;

    private const string Udp = """
           sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
          1187: 3500007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000   101        0 17875 2 0000000000000000 0
          1204: 0500000A:A0F2 08080808:0035 01 00000000:00000000 00:00000000 00000000  1000        0 23456 2 0000000000000000 0
        """;

    [Fact]
    public void ParseTable_Tcp_ListenersAndConnections()
    {
        RequireLittleEndian();

        List<SocketInfo> sockets = ProcNetParser.ParseTable(Tcp, "tcp");

        Assert.Equal(
            [
                new SocketInfo("tcp", End("0.0.0.0", 22), null, "LISTEN", 1539),
                new SocketInfo("tcp", End("10.0.0.5", 52344), End("93.184.216.34", 443), "ESTABLISHED", 233363),
                new SocketInfo("tcp", End("127.0.0.1", 58916), End("127.0.0.1", 5432), "TIME_WAIT", 0),
            ],
            sockets);
    }

    [Fact]
    public void ParseTable_Tcp6_AddressesInFourWords()
    {
        RequireLittleEndian();

        List<SocketInfo> sockets = ProcNetParser.ParseTable(Tcp6, "tcp");

        Assert.Equal(
            [
                new SocketInfo("tcp", End("::", 443), null, "LISTEN", 4242),
                new SocketInfo("tcp", End("::ffff:127.0.0.1", 52280), End("::ffff:127.0.0.1", 41473), "CLOSE_WAIT", 0),
                new SocketInfo("tcp", End("2001:db8::1", 50000), End("2001:db8::5", 22), "ESTABLISHED", 7),
            ],
            sockets);
    }

    [Fact]
    public void ParseTable_Udp_UnconnectedIsAListener()
    {
        RequireLittleEndian();

        List<SocketInfo> sockets = ProcNetParser.ParseTable(Udp, "udp");

        Assert.Equal(
            [
                new SocketInfo("udp", End("127.0.0.53", 53), null, "UNCONN", 17875),
                new SocketInfo("udp", End("10.0.0.5", 41202), End("8.8.8.8", 53), "ESTABLISHED", 23456),
            ],
            sockets);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  sl  local_address rem_address   st tx_queue")]
    [InlineData("   0: 0100007F:0016 00000000:0000")]
    [InlineData("   0 0100007F:0016 00000000:0000 0A")]
    [InlineData("   0: 0100007F0016 00000000:0000 0A")]
    [InlineData("   0: 100007F:0016 00000000:0000 0A")]
    [InlineData("   0: 0100007G:0016 00000000:0000 0A")]
    [InlineData("   0: 0100007F:10016 00000000:0000 0A")]
    [InlineData("   0: 0100007F:0016 00000000:0000 XY")]
    public void TryParseLine_Malformed_Skipped(string line)
        => Assert.False(ProcNetParser.TryParseLine(line, "tcp", out _));

    [Fact]
    public void TryParseLine_UnknownTcpState_IsNamedUnknown()
    {
        Assert.True(ProcNetParser.TryParseLine("   0: 0100007F:0016 0100007F:D000 FF 0", "tcp", out SocketInfo? socket));
        Assert.Equal("UNKNOWN", socket.State);
    }

    [Fact]
    public void TryParseLine_NoInodeField_InodeZero()
    {
        Assert.True(ProcNetParser.TryParseLine("   0: 0100007F:0016 00000000:0000 0A", "tcp", out SocketInfo? socket));
        Assert.Equal(0, socket.Inode);
    }

    private static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            Assert.Skip("These lines are what a little-endian kernel writes.");
        }
    }

    private static IPEndPoint End(string address, int port) => new(IPAddress.Parse(address), port);
}
