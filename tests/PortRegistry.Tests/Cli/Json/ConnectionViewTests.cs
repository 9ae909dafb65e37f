using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Ports.Cli.Connections;
using Ports.Cli.Json;
using Ports.Tests.Infrastructure;

namespace Ports.Tests.Cli.Json;

/// <summary><c>connections --json</c>'s objects: <c>pid</c> and <c>process</c> name the first owner, <c>processes</c> all of them.</summary>
public sealed class ConnectionViewTests
{
    [Fact]
    public void WriteTo_NoOwnerOneOwnerSharedSocket_Snapshot()
    {
        Snapshot.Verify(Encoding.UTF8.GetString(JsonOutput.Of(Views()).Span) + "\n");
    }

    [Fact]
    public void WriteTo_SharedSocket_PidAndProcessAreTheFirstOfProcesses()
    {
        using var json = JsonDocument.Parse(JsonOutput.Of(Views()));

        foreach (JsonElement socket in json.RootElement.EnumerateArray())
        {
            JsonElement[] processes = [.. socket.GetProperty("processes").EnumerateArray()];
            if (processes.Length == 0)
            {
                Assert.Equal(JsonValueKind.Null, socket.GetProperty("pid").ValueKind);
                Assert.Equal(JsonValueKind.Null, socket.GetProperty("process").ValueKind);
            }
            else
            {
                Assert.Equal(processes[0].GetProperty("pid").GetInt32(), socket.GetProperty("pid").GetInt32());
                Assert.Equal(processes[0].GetProperty("process").GetString(), socket.GetProperty("process").GetString());
            }
        }

        Assert.Equal([0, 1, 3], json.RootElement.EnumerateArray().Select(s => s.GetProperty("processes").GetArrayLength()).Order());
    }

    /// <summary>An nginx listener on port 80 shared by a master and two workers, an SSH listener of one process, and a connection in TIME_WAIT that no process holds.</summary>
    private static ConnectionView[] Views()
    {
        var registry = PortRegistry.Parse("ssh 22/tcp\nhttp 80/tcp\n");
        SocketInfo[] sockets =
        [
            new("tcp", new IPEndPoint(IPAddress.Any, 80), null, "LISTEN", 1),
            new("tcp", new IPEndPoint(IPAddress.Any, 22), null, "LISTEN", 2),
            new("tcp", new IPEndPoint(IPAddress.Parse("10.0.0.5"), 22), new IPEndPoint(IPAddress.Parse("10.0.0.9"), 50000), "TIME_WAIT", 3),
        ];
        return
        [
            .. LabeledSocket.LabelAll(registry, sockets, new EphemeralPortRange(32768, 60999))
                .Select(s => s.Socket.Inode switch
                {
                    1 => s with { Owners = [new SocketOwner(1234, "nginx"), new SocketOwner(1235, "nginx"), new SocketOwner(1236, "nginx")] },
                    2 => s with { Owners = [new SocketOwner(700, "sshd")] },
                    _ => s,
                })
                .Select(s => ConnectionView.Of(s, CultureInfo.GetCultureInfo("en"))),
        ];
    }
}
