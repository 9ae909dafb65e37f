using System.Net;
using System.Net.Sockets;
using Ports.Cli.Connections;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli.Connections;

/// <summary>Reading this machine's sockets: procfs on Linux, <c>IPGlobalProperties</c> elsewhere.</summary>
public sealed class SocketTablesTests
{
    [Fact]
    public void ReadProcNet_Folder_ReadsEveryTableAndSkipsMissingOnes()
    {
        if (!BitConverter.IsLittleEndian)
        {
            Assert.Skip("The sample lines are what a little-endian kernel writes.");
        }

        using var temp = new TempDirectory();
        const string Header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
        temp.WriteFile("tcp", Header + "   0: 0100007F:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1\n");
        temp.WriteFile("udp", Header + "   0: 0100007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 2 2\n");

        List<SocketInfo>? sockets = SocketTables.ReadProcNet(temp.Path);

        Assert.Equal(
            [
                new SocketInfo("tcp", new IPEndPoint(IPAddress.Loopback, 22), null, "LISTEN", 1),
                new SocketInfo("udp", new IPEndPoint(IPAddress.Loopback, 53), null, "UNCONN", 2),
            ],
            sockets);
    }

    [Fact]
    public void ReadProcNet_NoTables_ReturnsNull()
    {
        using var temp = new TempDirectory();

        Assert.Null(SocketTables.ReadProcNet(temp.Path));
    }

    [Fact]
    public void ReadProcNet_LiveSystem_FindsOurListener()
    {
        Platform.RequireLinux("procfs is Linux's.");

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var local = (IPEndPoint)listener.LocalEndpoint;

        List<SocketInfo> sockets = SocketTables.ReadProcNet("/proc/net") ?? [];

        SocketInfo ours = Assert.Single(sockets, s => s.Local.Equals(local) && s.Protocol == "tcp");
        Assert.Equal("LISTEN", ours.State);
        Assert.Null(ours.Remote);
        Assert.NotEqual(0, ours.Inode);
    }

    [Fact]
    public void ReadNetworkInformation_FindsOurTcpAndUdpListeners()
    {
        using var tcp = new TcpListener(IPAddress.Loopback, 0);
        tcp.Start();
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        List<SocketInfo> sockets = SocketTables.ReadNetworkInformation();

        Assert.Contains(new SocketInfo("tcp", (IPEndPoint)tcp.LocalEndpoint, null, "LISTEN"), sockets);
        Assert.Contains(new SocketInfo("udp", (IPEndPoint)udp.Client.LocalEndPoint!, null, "UNCONN"), sockets);
    }

    [Theory]
    [InlineData(System.Net.NetworkInformation.TcpState.Established, "ESTABLISHED")]
    [InlineData(System.Net.NetworkInformation.TcpState.TimeWait, "TIME_WAIT")]
    [InlineData(System.Net.NetworkInformation.TcpState.CloseWait, "CLOSE_WAIT")]
    [InlineData(System.Net.NetworkInformation.TcpState.SynReceived, "SYN_RECV")]
    [InlineData(System.Net.NetworkInformation.TcpState.Unknown, "UNKNOWN")]
    public void StateName_AsNetstatNamesIt(System.Net.NetworkInformation.TcpState state, string name)
        => Assert.Equal(name, SocketTables.StateName(state));
}
