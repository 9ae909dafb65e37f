using System.Net;
using Ports.Cli.Connections;

namespace Ports.Tests.Cli.Connections;

/// <summary>Which sockets <c>connections</c> keeps for <c>-l</c>, <c>-t</c>, <c>-u</c>, <c>--port</c>, <c>--service</c> and <c>--state</c>.</summary>
public sealed class ConnectionFilterTests
{
    private static readonly List<LabeledSocket> s_sockets = LabeledSocket.LabelAll(
        PortRegistry.Parse("ssh 22/tcp\nhttps 443/tcp www-tls\ndomain 53/udp\n"),
        [
            new("tcp", End("0.0.0.0", 22), null, "LISTEN"),
            new("tcp", End("10.0.0.5", 52344), End("93.184.216.34", 443), "ESTABLISHED"),
            new("tcp", End("10.0.0.5", 52345), End("93.184.216.34", 443), "TIME_WAIT"),
            new("udp", End("127.0.0.53", 53), null, "UNCONN"),
            new("udp", End("10.0.0.5", 41000), End("8.8.8.8", 53), "ESTABLISHED"),
        ],
        new EphemeralPortRange(32768, 60999));

    [Fact]
    public void Matches_All_KeepsEverything()
        => Assert.Equal(5, Keep(ConnectionFilter.All).Count);

    [Fact]
    public void Matches_Listening_OnlyListeners()
        => Assert.Equal(["0.0.0.0:22", "127.0.0.53:53"], Keep(ConnectionFilter.All with { ListeningOnly = true }));

    [Fact]
    public void Matches_TcpAndUdpTogether_Both()
    {
        Assert.Equal(3, Keep(ConnectionFilter.All with { Tcp = true }).Count);
        Assert.Equal(2, Keep(ConnectionFilter.All with { Udp = true }).Count);
        Assert.Equal(5, Keep(ConnectionFilter.All with { Tcp = true, Udp = true }).Count);
    }

    [Fact]
    public void Matches_Port_EitherEnd()
    {
        Assert.Equal(["10.0.0.5:52344", "10.0.0.5:52345"], Keep(ConnectionFilter.All with { Port = 443 }));
        Assert.Equal(["10.0.0.5:52344"], Keep(ConnectionFilter.All with { Port = 52344 }));
    }

    [Fact]
    public void Matches_ServiceByNameOrAliasAnyCase()
    {
        Assert.Equal(2, Keep(ConnectionFilter.All with { Service = "HTTPS" }).Count);
        Assert.Equal(2, Keep(ConnectionFilter.All with { Service = "www-tls" }).Count);
        Assert.Empty(Keep(ConnectionFilter.All with { Service = "http" }));
    }

    [Fact]
    public void Matches_Combined_AllMustHold()
        => Assert.Equal(["10.0.0.5:41000"], Keep(ConnectionFilter.All with { Udp = true, State = "ESTABLISHED", Service = "domain" }));

    [Theory]
    [InlineData("listen", "LISTEN")]
    [InlineData("time-wait", "TIME_WAIT")]
    [InlineData("Established", "ESTABLISHED")]
    [InlineData("unconn", "UNCONN")]
    [InlineData("syn-received", "SYN_RECV")]
    [InlineData("closed", "CLOSE")]
    [InlineData("bogus", null)]
    [InlineData("", null)]
    public void ParseState_AsTyped_StateName(string text, string? expected)
        => Assert.Equal(expected, ConnectionFilter.ParseState(text));

    private static List<string> Keep(ConnectionFilter filter)
        => [.. s_sockets.Where(filter.Matches).Select(s => ConnectionsCommand.EndPoint(s.Socket.Local))];

    private static IPEndPoint End(string address, int port) => new(IPAddress.Parse(address), port);
}
